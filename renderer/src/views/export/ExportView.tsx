import { Alert, ToggleGroup } from '@digdir/designsystemet-react';
import { nb } from '../../i18n/nb';
import { LoadError, Loading, PageHeader } from '../../ui/common';
import { useQuery } from '../../ui/data';
import type { ViewProps } from '../types';
import { ListCard } from './ListCard';
import { SheetImport } from './SheetImport';
import './export.css';

const t = nb.exports;

/** #/eksport: the five lists; #/eksport/innlesing: reading spreadsheets in. */
export function ExportView({ path }: ViewProps) {
  const tab = path[0] === 'innlesing' ? 'innlesing' : 'lister';
  return (
    <>
      <PageHeader title={t.title} lead={t.lead} />
      <ToggleGroup
        data-size="sm"
        value={tab}
        onChange={(v) => {
          window.location.hash = v === 'innlesing' ? '#/eksport/innlesing' : '#/eksport';
        }}
      >
        <ToggleGroup.Item value="lister">{t.tabLists}</ToggleGroup.Item>
        <ToggleGroup.Item value="innlesing">{t.tabImport}</ToggleGroup.Item>
      </ToggleGroup>
      {tab === 'lister' ? <Lists /> : <SheetImport />}
    </>
  );
}

function Lists() {
  const q = useQuery('export:previewAll', {});
  if (q.status === 'error' && !q.value) return <LoadError error={q.error} onRetry={q.reload} />;
  if (!q.value) return <Loading />;
  return (
    <div className="export-lists">
      {q.status === 'error' && <Alert data-color="warning">{q.error.message}</Alert>}
      {q.value.map((p) => (
        <ListCard key={p.list} preview={p} />
      ))}
    </div>
  );
}
