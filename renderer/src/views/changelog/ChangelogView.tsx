import { Button, Table, Tag } from '@digdir/designsystemet-react';
import { ArrowRedoIcon, ArrowUndoIcon, ChevronDownIcon, ChevronRightIcon } from '@navikt/aksel-icons';
import { Fragment, useState } from 'react';
import type { Change } from '../../../../main/api/types';
import { formatInstant, formatNumber } from '../../format';
import { nb } from '../../i18n/nb';
import { Empty, LoadError, Loading, PageHeader } from '../../ui/common';
import { mutate, useQuery } from '../../ui/data';
import { useNotify } from '../../ui/notify';
import type { ViewProps } from '../types';
import { ChangeDetails } from './ChangeDetails';
import '../../ui/day.css';

function ChangeStatus({ c }: { c: Change }) {
  const t = nb.changelog;
  if (c.operation === 'changelog:undo') return <Tag data-size="sm" data-color="info">{t.isUndo}</Tag>;
  if (c.operation === 'changelog:redo') return <Tag data-size="sm" data-color="info">{t.isRedo}</Tag>;
  if (c.undoneBy !== null) return <Tag data-size="sm" data-color="neutral">{t.undone}</Tag>;
  return null;
}

export function ChangelogView(_props: ViewProps) {
  const list = useQuery('changelog:list', { limit: 500 });
  const { notify } = useNotify();
  const t = nb.changelog;
  const [open, setOpen] = useState<Set<number>>(new Set());
  const toggle = (id: number) =>
    setOpen((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });

  const undo = async () => {
    const res = await mutate('changelog:undo');
    if (res.ok) notify('info', nb.undo.undone(res.value.subject));
    else notify('warning', res.error.message);
  };
  const redo = async () => {
    const res = await mutate('changelog:redo');
    if (res.ok) notify('info', nb.undo.redone(res.value.subject));
    else notify('warning', res.error.message);
  };

  let body;
  if (list.status === 'error' && !list.value) body = <LoadError error={list.error} onRetry={list.reload} />;
  else if (!list.value) body = <Loading />;
  else if (list.value.length === 0) body = <Empty>{t.empty}</Empty>;
  else
    body = (
      <Table className="data-table" aria-label={t.tableLabel} zebra>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t.at}</Table.HeaderCell>
            <Table.HeaderCell>{t.what}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t.rows}</Table.HeaderCell>
            <Table.HeaderCell>{t.status}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {list.value.map((c) => (
            <Fragment key={c.id}>
              <Table.Row style={c.undoneBy !== null ? { color: 'var(--ds-color-neutral-text-subtle)' } : undefined}>
                <Table.Cell className="tnum" style={{ whiteSpace: 'nowrap' }}>
                  {formatInstant(c.at)}
                </Table.Cell>
                <Table.Cell>
                  <button
                    type="button"
                    className="link-button"
                    aria-expanded={open.has(c.id)}
                    aria-controls={open.has(c.id) ? `change-${c.id}` : undefined}
                    onClick={() => toggle(c.id)}
                    title={open.has(c.id) ? nb.history.hideDetails : nb.history.details}
                    style={c.undoneBy !== null ? { textDecoration: 'line-through' } : undefined}
                  >
                    {open.has(c.id) ? <ChevronDownIcon aria-hidden /> : <ChevronRightIcon aria-hidden />}
                    {c.summary}
                  </button>
                </Table.Cell>
                <Table.Cell className="num tnum">{formatNumber(c.rowCount)}</Table.Cell>
                <Table.Cell>
                  <ChangeStatus c={c} />
                </Table.Cell>
              </Table.Row>
              {open.has(c.id) && (
                <Table.Row id={`change-${c.id}`}>
                  <Table.Cell colSpan={4}>
                    <ChangeDetails id={c.id} />
                  </Table.Cell>
                </Table.Row>
              )}
            </Fragment>
          ))}
        </Table.Body>
      </Table>
    );

  return (
    <div className="page">
      <PageHeader
        title={t.title}
        lead={t.intro}
        actions={
          <>
            <Button variant="secondary" onClick={() => void undo()}>
              <ArrowUndoIcon aria-hidden />
              {t.undo}
            </Button>
            <Button variant="secondary" onClick={() => void redo()}>
              <ArrowRedoIcon aria-hidden />
              {t.redo}
            </Button>
          </>
        }
      />
      <div className="panel panel--flush">{body}</div>
    </div>
  );
}
