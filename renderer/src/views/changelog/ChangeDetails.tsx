import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { RowDiff } from '../../../../main/api/ops/registry';
import { nb } from '../../i18n/nb';
import { LoadError, Loading } from '../../ui/common';
import { useQuery } from '../../ui/data';

// What one change did, row by row and field by field, in Norwegian (changelog:get): the core
// names every table and column and writes every value as the organiser would. No raw JSON.

const ACTION_COLOR: Record<RowDiff['action'], 'success' | 'info' | 'danger'> = { created: 'success', changed: 'info', deleted: 'danger' };

function Value({ v }: { v: string | null }) {
  return v === null ? <span className="muted">{nb.history.empty}</span> : <>{v}</>;
}

function RowTable({ row }: { row: RowDiff }) {
  const t = nb.history;
  const title = `${row.tableLabel}${row.title ? `: ${row.title}` : ''}`;
  return (
    <div>
      <Heading level={3} data-size="2xs" className="row">
        <Tag data-size="sm" data-color={ACTION_COLOR[row.action]}>
          {t[row.action]}
        </Tag>
        <span>{title}</span>
      </Heading>
      {row.fields.length === 0 ? (
        <Paragraph data-size="sm" className="muted">
          {t.noFields}
        </Paragraph>
      ) : (
        <table>
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t.field}</th>
              {row.action !== 'created' && <th scope="col">{t.before}</th>}
              {row.action !== 'deleted' && <th scope="col">{t.after}</th>}
            </tr>
          </thead>
          <tbody>
            {row.fields.map((f) => (
              <tr key={f.column}>
                <th scope="row">{f.label}</th>
                {row.action !== 'created' && (
                  <td className={row.action === 'changed' ? 'before' : undefined}>
                    <Value v={f.before} />
                  </td>
                )}
                {row.action !== 'deleted' && (
                  <td className={row.action === 'changed' ? 'after' : undefined}>
                    <Value v={f.after} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

export function ChangeDetails({ id }: { id: number }) {
  const q = useQuery('changelog:get', { id });
  if (q.status === 'error' && !q.value) return <LoadError error={q.error} onRetry={q.reload} />;
  if (!q.value) return <Loading label={nb.history.loading} />;
  return (
    <div className="change-fields">
      {q.value.rows.map((r) => (
        <RowTable key={`${r.table}-${r.rowId}-${r.action}`} row={r} />
      ))}
    </div>
  );
}
