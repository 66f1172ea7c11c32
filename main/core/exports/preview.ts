import type { ExportPreview } from '../../api/ops/exports';
import type { CoreContext } from '../context';
import { planList } from './lists';
export type { ExportPreview };
import { EXPORT_LISTS, cellText, exportFileName, type ExportList } from './plan';

// What the Eksport page shows before anything is saved: the list's key numbers and first rows,
// read from the same plan the file writers use, so the preview and the file cannot disagree.


const FIRST_ROWS = 8;

export function previewList(ctx: CoreContext, list: ExportList, eventId?: number): ExportPreview {
  const plan = planList(ctx, list, eventId);
  const rows: string[][] = [];
  for (const r of plan.csv.rows()) {
    rows.push(r.map(cellText));
    if (rows.length >= FIRST_ROWS) break;
  }
  return {
    list,
    title: plan.title,
    fileName: exportFileName(plan, 'xlsx'),
    csvFileName: exportFileName(plan, 'csv'),
    counts: plan.counts,
    sheets: plan.sheets.map((s) => ({ name: s.name, rows: s.count })),
    columns: plan.csv.columns.map((c) => c.header),
    rows,
    totalRows: plan.csv.count,
  };
}

export function previewAll(ctx: CoreContext, eventId?: number): ExportPreview[] {
  return EXPORT_LISTS.map((l) => previewList(ctx, l, eventId));
}
