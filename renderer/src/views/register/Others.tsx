import { Button, Table } from '@digdir/designsystemet-react';
import { PencilIcon, TrashIcon } from '@navikt/aksel-icons';
import { useState } from 'react';
import type { Organisation } from '../../../../main/api/types';
import { collator } from '../../format';
import { nb } from '../../i18n/nb';
import { Empty, LoadError, Loading } from '../../ui/common';
import { useQuery } from '../../ui/data';
import { ConfirmDeleteOrg, OrgDialog } from './OrgDialog';

/** Organisations that are neither county, region nor municipality (ministries, firms …). */
export function OthersTab() {
  const list = useQuery('orgs:list', { kind: 'other' });
  const [editing, setEditing] = useState<Organisation | null>(null);
  const [deleting, setDeleting] = useState<Organisation | null>(null);
  const t = nb.register.others;
  const f = nb.register.counties;
  if (list.status === 'error' && !list.value) return <LoadError error={list.error} onRetry={list.reload} />;
  if (!list.value) return <Loading />;
  const rows = [...list.value].sort((a, b) => collator.compare(a.name, b.name));
  return (
    <div className="panel panel--flush">
      {rows.length === 0 ? (
        <Empty>{t.empty}</Empty>
      ) : (
        <Table className="data-table" aria-label={t.tableLabel} hover>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{f.name}</Table.HeaderCell>
              <Table.HeaderCell>{f.domains}</Table.HeaderCell>
              <Table.HeaderCell>{nb.register.orgForm.county}</Table.HeaderCell>
              <Table.HeaderCell>
                <span className="ds-sr-only">{nb.app.edit}</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((o) => (
              <Table.Row key={o.id}>
                <Table.Cell>{o.name}</Table.Cell>
                <Table.Cell>{o.emailDomains.join(', ')}</Table.Cell>
                <Table.Cell>{o.countyName ?? nb.app.none}</Table.Cell>
                <Table.Cell>
                  <span className="row" style={{ flexWrap: 'nowrap', gap: 'var(--ds-size-1)' }}>
                    <Button variant="tertiary" icon data-size="sm" aria-label={f.edit(o.name)} onClick={() => setEditing(o)}>
                      <PencilIcon aria-hidden />
                    </Button>
                    <Button variant="tertiary" icon data-size="sm" data-color="danger" aria-label={`${nb.app.delete}: ${o.name}`} onClick={() => setDeleting(o)}>
                      <TrashIcon aria-hidden />
                    </Button>
                  </span>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <OrgDialog open={editing !== null} org={editing} onClose={() => setEditing(null)} />
      <ConfirmDeleteOrg org={deleting} onClose={() => setDeleting(null)} />
    </div>
  );
}
