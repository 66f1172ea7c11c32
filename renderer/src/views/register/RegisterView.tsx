import { Button, Tag } from '@digdir/designsystemet-react';
import { PlusIcon } from '@navikt/aksel-icons';
import { useState } from 'react';
import { nb } from '../../i18n/nb';
import { href } from '../../router';
import { PageHeader } from '../../ui/common';
import { useQuery } from '../../ui/data';
import type { ViewProps } from '../types';
import { CountiesTab, CountyDetail } from './Counties';
import { MunicipalitiesTab } from './Municipalities';
import { OrgDialog } from './OrgDialog';
import { OthersTab } from './Others';
import { RegionDetail, RegionsTab } from './Regions';
import { ThemesTab } from './Themes';

const TABS = ['fylker', 'byregioner', 'kommuner', 'temaer', 'andre'] as const;
type Tab = (typeof TABS)[number];

function isTab(s: string | undefined): s is Tab {
  return (TABS as readonly string[]).includes(s ?? '');
}

function Section({ tab, id }: { tab: Tab; id: number | null }) {
  switch (tab) {
    case 'fylker':
      return id === null ? <CountiesTab /> : <CountyDetail id={id} />;
    case 'byregioner':
      return id === null ? <RegionsTab /> : <RegionDetail id={id} />;
    case 'kommuner':
      return <MunicipalitiesTab />;
    case 'temaer':
      return <ThemesTab />;
    case 'andre':
      return <OthersTab />;
  }
}

/** The registry: `#/register/<fane>[/<id>]`. */
export function RegisterView({ path }: ViewProps) {
  const tab: Tab = isTab(path[0]) ? path[0] : 'fylker';
  const rawId = Number(path[1]);
  const id = Number.isInteger(rawId) && rawId > 0 ? rawId : null;
  const info = useQuery('app:info', {});
  const [adding, setAdding] = useState(false);
  const source = info.value?.registry.source ?? '';

  return (
    <div className="page">
      <PageHeader
        title={nb.register.title}
        lead={
          <>
            {source && (
              <Tag data-color="accent" data-size="sm" style={{ marginRight: 'var(--ds-size-2)' }}>
                {nb.overview.registryBadge(source)}
              </Tag>
            )}
            {source && nb.register.intro(source)}
          </>
        }
        actions={
          <Button variant="secondary" onClick={() => setAdding(true)}>
            <PlusIcon aria-hidden />
            {nb.register.newOrg}
          </Button>
        }
      />
      <nav className="link-tabs" aria-label={nb.register.title}>
        {TABS.map((t) => (
          <a key={t} href={href('register', t)} aria-current={t === tab ? 'page' : undefined}>
            {nb.register.tabs[t]}
          </a>
        ))}
      </nav>
      <Section tab={tab} id={id} />
      <OrgDialog open={adding} org={null} kinds={tab === 'andre' ? ['other', 'region'] : ['region', 'other']} onClose={() => setAdding(false)} />
    </div>
  );
}
