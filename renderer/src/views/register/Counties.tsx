import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { ArrowLeftIcon, PencilIcon } from '@navikt/aksel-icons';
import { useState } from 'react';
import type { Organisation } from '../../../../main/api/types';
import { collator, formatNumber } from '../../format';
import { nb } from '../../i18n/nb';
import { href } from '../../router';
import { LoadError, Loading } from '../../ui/common';
import { useQuery } from '../../ui/data';
import { OrgDialog } from './OrgDialog';

export function CountiesTab() {
  const list = useQuery('orgs:list', { kind: 'county' });
  const [editing, setEditing] = useState<Organisation | null>(null);
  const t = nb.register.counties;
  if (list.status === 'error' && !list.value) return <LoadError error={list.error} onRetry={list.reload} />;
  if (!list.value) return <Loading />;
  const rows = [...list.value].sort((a, b) => (a.number ?? '').localeCompare(b.number ?? ''));
  return (
    <div className="panel panel--flush">
      <Table className="data-table" aria-label={t.tableLabel} hover>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell className="num">{t.number}</Table.HeaderCell>
            <Table.HeaderCell>{t.name}</Table.HeaderCell>
            <Table.HeaderCell>{t.administration}</Table.HeaderCell>
            <Table.HeaderCell>{t.domains}</Table.HeaderCell>
            <Table.HeaderCell>{t.postmottak}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t.municipalities}</Table.HeaderCell>
            <Table.HeaderCell>
              <span className="ds-sr-only">{nb.app.edit}</span>
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((c) => (
            <Table.Row key={c.id}>
              <Table.Cell className="num tnum">{c.number}</Table.Cell>
              <Table.Cell>
                <a href={href('register', 'fylker', c.id)}>{c.name}</a>
              </Table.Cell>
              <Table.Cell>{c.administration}</Table.Cell>
              <Table.Cell>
                <span className="tags">
                  {c.emailDomains.map((d) => (
                    <Tag key={d} data-size="sm" data-color="neutral">
                      {d}
                    </Tag>
                  ))}
                </span>
              </Table.Cell>
              <Table.Cell>{c.postmottak ?? <span className="muted">{nb.app.none}</span>}</Table.Cell>
              <Table.Cell className="num tnum">{formatNumber(c.memberCount)}</Table.Cell>
              <Table.Cell>
                <Button variant="tertiary" icon data-size="sm" aria-label={t.edit(c.name)} title={t.edit(c.name)} onClick={() => setEditing(c)}>
                  <PencilIcon aria-hidden />
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <OrgDialog open={editing !== null} org={editing} onClose={() => setEditing(null)} />
    </div>
  );
}

export function CountyDetail({ id }: { id: number }) {
  const org = useQuery('orgs:get', { id });
  const regions = useQuery('orgs:list', { kind: 'region' });
  const [editing, setEditing] = useState(false);
  const t = nb.register.county;
  if (org.status === 'error' && !org.value) return <LoadError error={org.error} onRetry={org.reload} />;
  if (!org.value) return <Loading />;
  const c = org.value;
  // A region belongs to this county when any of its municipalities does (its `counties`), but
  // the list only carries the main county; that is the one shown here.
  const inCounty = (regions.value ?? []).filter((r) => r.countyId === c.id).sort((a, b) => collator.compare(a.name, b.name));
  return (
    <div className="page" style={{ padding: 0 }}>
      <div className="page-header">
        <div>
          <a className="breadcrumb" href={href('register', 'fylker')}>
            <ArrowLeftIcon aria-hidden />
            {t.back}
          </a>
          <Heading level={2} data-size="md" style={{ marginTop: 'var(--ds-size-2)' }}>
            <span className="tnum muted">{c.number}</span> {c.name}
          </Heading>
          <Paragraph data-size="sm" className="muted">
            {[c.administration, c.emailDomains.join(', '), c.postmottak, t.signups(c.signupCount)].filter(Boolean).join(' · ')}
          </Paragraph>
        </div>
        <Button variant="secondary" data-size="sm" onClick={() => setEditing(true)}>
          <PencilIcon aria-hidden />
          {nb.app.edit}
        </Button>
      </div>
      <div className="grid-2">
        <section className="panel">
          <Heading level={3} data-size="xs">
            {t.municipalities} ({formatNumber(c.members.length)})
          </Heading>
          <ul className="member-list" style={{ marginTop: 'var(--ds-size-4)' }}>
            {c.members.map((m) => (
              <li key={m.id}>
                <span>{m.name}</span>
                <span className="tnum muted">{m.number}</span>
              </li>
            ))}
          </ul>
        </section>
        <section className="panel">
          <Heading level={3} data-size="xs">
            {t.regions}
          </Heading>
          {inCounty.length === 0 ? (
            <Paragraph className="muted">{t.noRegions}</Paragraph>
          ) : (
            <ul className="member-list" style={{ marginTop: 'var(--ds-size-4)' }}>
              {inCounty.map((r) => (
                <li key={r.id}>
                  <a href={href('register', 'byregioner', r.id)}>{r.name}</a>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <OrgDialog open={editing} org={c} onClose={() => setEditing(false)} />
    </div>
  );
}
