import { Button } from '@digdir/designsystemet-react';
import { ArrowsCirclepathIcon, TrashIcon } from '@navikt/aksel-icons';
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import type { Signup } from '../../../../main/api/types';
import { formatDateTime } from '../../format';
import { nb } from '../../i18n/nb';
import { StateTag } from '../../ui/common';

export type SortKey = 'name' | 'organisation' | 'receivedAt' | 'state' | 'county';

export interface SignupTableProps {
  rows: Signup[];
  sort: { key: SortKey; dir: 'asc' | 'desc' };
  onSort: (key: SortKey) => void;
  onOpen: (s: Signup) => void;
  onChangeState: (s: Signup) => void;
  onDelete: (s: Signup) => void;
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
export function SignupTable({ rows, sort, onSort, onOpen, onChangeState, onDelete }: SignupTableProps) {
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
    [c, onOpen, onChangeState, onDelete],
  );

  const sorting: SortingState = [{ id: sort.key, desc: sort.dir === 'desc' }];
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    manualSorting: true,
    enableSortingRemoval: false,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (s) => String(s.id),
  });

  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const colCount = columns.length;

  return (
    <div ref={scrollRef} className="table-scroll">
      <table className="ds-table data-table" data-border="true" aria-label={nb.signups.tableLabel} aria-rowcount={rows.length + 1}>
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
            const row = tableRows[vi.index];
            if (!row) return null;
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
