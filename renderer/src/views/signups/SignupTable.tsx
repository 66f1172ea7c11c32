import { Button } from '@digdir/designsystemet-react';
import { ArrowsCirclepathIcon, EnvelopeClosedIcon, TrashIcon } from '@navikt/aksel-icons';
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import type { Signup } from '../../../../main/api/types';
import { formatDateTime } from '../../format';
import { nb } from '../../i18n/nb';
import { StateTag } from '../../ui/common';
import type { SortKey } from './list';

export interface SignupTableProps {
  /** How many rows the list has: the scroll height and aria-rowcount are the whole list's. */
  count: number;
  /** The sign-up at a row, or undefined while its page is on the way (drawn as a blank row). */
  rowAt: (index: number) => Signup | undefined;
  /** Changes when rows arrive (list.ts). */
  revision: number;
  /** Called with the first and last row index in view, so their pages are read. */
  onShowRows: (first: number, last: number) => void;
  /** A new value (another filter or order) scrolls back to the top. */
  resetKey?: string;
  sort: { key: SortKey; dir: 'asc' | 'desc' };
  onSort: (key: SortKey) => void;
  onOpen: (s: Signup) => void;
  onChangeState: (s: Signup) => void;
  onDelete: (s: Signup) => void;
  /** Opens the Outlook draft for this person (confirmation, waiting list, reminder…). */
  onDraft: (s: Signup) => void;
}

const col = createColumnHelper<Signup>();
const ROW_HEIGHT = 52;

function dietText(s: Signup): string {
  const parts = s.diets.map((d) => nb.diets[d]);
  if (s.dietNote) parts.push(s.dietNote);
  return parts.join(', ');
}

/**
 * The sign-up list: TanStack Table for columns and header sorting (done by the core, so the
 * order follows Norwegian collation), with only the visible rows in the DOM.
 */
export function SignupTable({ count, rowAt, revision, onShowRows, resetKey, sort, onSort, onOpen, onChangeState, onDelete, onDraft }: SignupTableProps) {
  const c = nb.signups.col;
  const columns = useMemo(
    () => [
      col.accessor('name', {
        id: 'name',
        header: c.name,
        cell: (i) => (
          <button
            type="button"
            className="link-button"
            onClick={(e) => {
              e.stopPropagation();
              onOpen(i.row.original);
            }}
          >
            {i.getValue()}
          </button>
        ),
      }),
      col.accessor((s) => s.organisationName ?? '', { id: 'organisation', header: c.organisation }),
      col.accessor((s) => s.countyName ?? '', { id: 'county', header: c.county }),
      col.accessor('state', { id: 'state', header: c.state, cell: (i) => <StateTag state={i.getValue()} late={i.row.original.late} /> }),
      col.accessor('receivedAt', { id: 'receivedAt', header: c.receivedAt, cell: (i) => <span className="tnum">{formatDateTime(i.getValue())}</span> }),
      col.accessor(dietText, { id: 'diets', header: c.diets, enableSorting: false }),
      col.accessor('lunch', { id: 'lunch', header: c.lunch, enableSorting: false, cell: (i) => (i.getValue() ? nb.signups.lunchYes : nb.signups.lunchNo) }),
      col.display({
        id: 'actions',
        header: () => <span className="ds-sr-only">{c.actions}</span>,
        cell: (i) => (
          <span className="row" style={{ flexWrap: 'nowrap', gap: 'var(--ds-size-1)' }} onClick={(e) => e.stopPropagation()}>
            <Button variant="tertiary" icon data-size="sm" aria-label={`${nb.drafts.make}: ${i.row.original.name}`} title={nb.drafts.make} onClick={() => onDraft(i.row.original)}>
              <EnvelopeClosedIcon aria-hidden />
            </Button>
            <Button variant="tertiary" icon data-size="sm" aria-label={`${nb.signups.changeState}: ${i.row.original.name}`} title={nb.signups.changeState} onClick={() => onChangeState(i.row.original)}>
              <ArrowsCirclepathIcon aria-hidden />
            </Button>
            <Button variant="tertiary" icon data-size="sm" data-color="danger" aria-label={`${nb.app.delete}: ${i.row.original.name}`} title={nb.app.delete} onClick={() => onDelete(i.row.original)}>
              <TrashIcon aria-hidden />
            </Button>
          </span>
        ),
      }),
    ],
    [c, onOpen, onChangeState, onDelete, onDraft],
  );

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // Rows in the very first render (before the box is measured): no extra render before they show.
    initialRect: { width: 0, height: window.innerHeight },
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => onShowRows(first, last), [first, last, onShowRows]);
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [resetKey]);

  // TanStack Table gets only the rows in view (the list is read a page at a time, list.ts).
  const data = useMemo(() => {
    const out: Signup[] = [];
    for (let i = first; i <= last && i < count; i++) {
      const s = rowAt(i);
      if (s) out.push(s);
    }
    return out;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- rowAt changes with revision
  }, [first, last, count, rowAt, revision]);

  const sorting: SortingState = [{ id: sort.key, desc: sort.dir === 'desc' }];
  const table = useReactTable({
    data,
    columns,
    state: { sorting },
    manualSorting: true,
    enableSortingRemoval: false,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (s) => String(s.id),
  });
  const byId = table.getRowModel().rowsById;

  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const colCount = columns.length;

  return (
    <div ref={scrollRef} className="table-scroll">
      <table className="ds-table data-table" data-border="true" aria-label={nb.signups.tableLabel} aria-rowcount={count + 1}>
        <thead>
          {table.getHeaderGroups().map((hg) => (
            <tr key={hg.id}>
              {hg.headers.map((h) => {
                const sortable = h.column.getCanSort();
                const active = sort.key === h.column.id;
                const ariaSort = active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : sortable ? 'none' : undefined;
                return (
                  <th key={h.id} aria-sort={ariaSort} scope="col">
                    {sortable ? (
                      // Designsystemet draws the arrows for a button inside th[aria-sort].
                      <button type="button" onClick={() => onSort(h.column.id as SortKey)}>
                        {flexRender(h.column.columnDef.header, h.getContext())}
                      </button>
                    ) : (
                      flexRender(h.column.columnDef.header, h.getContext())
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden>
              <td colSpan={colCount} style={{ height: padTop, padding: 0, border: 0 }} />
            </tr>
          )}
          {items.map((vi) => {
            const s = rowAt(vi.index);
            const row = s && byId[String(s.id)];
            if (!row)
              return (
                <tr key={`pending-${vi.index}`} aria-hidden style={{ height: ROW_HEIGHT }}>
                  <td colSpan={colCount} />
                </tr>
              );
            return (
              <tr key={row.id} className="clickable" aria-rowindex={vi.index + 2} style={{ height: ROW_HEIGHT }} onClick={() => onOpen(row.original)}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                ))}
              </tr>
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden>
              <td colSpan={colCount} style={{ height: padBottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
