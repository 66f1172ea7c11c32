import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { formatDateNb } from '../time';
import { cellText, isDateCell, safeSheetName, wallToExcelDate, type Cell, type Column, type ListPlan, type SheetPlan } from './plan';

// Writes a list plan as .xlsx with exceljs' streaming writer: each row is committed as soon as it
// is written, so a 100,000-row list never sits in memory. Strings are always written as string
// cells (exceljs only makes a formula from a {formula} object), so a name like "=SUM(1)" stays
// text; real dates go in as Excel serials with Norwegian number formats.

export type Progress = (done: number, total: number) => void;

const NUM_FMT = { date: 'dd.mm.yyyy', datetime: 'dd.mm.yyyy hh:mm', time: 'hh:mm' } as const;
/** Rows read before the columns are sized: widths must be known before the first row is written. */
const SAMPLE_ROWS = 500;
/** Rows between pauses that let the zip stream drain to disk (bounded memory). */
const YIELD_EVERY = 250;

const thin = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BOLD: Partial<ExcelJS.Font> = { name: 'Calibri', size: 11, bold: true };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8ECF2' } };

/** Header and footer codes treat '&' as a command: a literal one is written twice. */
function hf(s: string): string {
  return s.replace(/&/g, '&&');
}

function excelValue(c: Cell): ExcelJS.CellValue {
  if (c === null || c === '') return null;
  // A date-only cell is midnight: the time of day would show up in filters and sums.
  if (isDateCell(c)) return wallToExcelDate(c.fmt === 'date' ? c.wall.slice(0, 10) : c.wall);
  return c;
}

function fitWidths(columns: Column[], sample: Cell[][]): number[] {
  return columns.map((col, i) => {
    if (col.kind === 'tick') return 7;
    let w = col.header.length + 3; // room for the autofilter button
    for (const row of sample) {
      const c = row[i] ?? null;
      const t = isDateCell(c) ? (c.fmt === 'datetime' ? '00.00.0000 00:00' : '00.00.0000') : cellText(c);
      // The longest line of a wrapped text decides its width.
      for (const line of t.split('\n')) w = Math.max(w, line.length + 2);
    }
    return Math.min(Math.max(w, 6), col.maxWidth ?? 50);
  });
}

/** How a body cell looks: a function of its column, its value and the column's width. */
interface Look {
  numFmt: string | null;
  border: boolean;
  align: 'wrap' | 'left' | 'top';
}

function lookOf(col: Column | undefined, value: Cell, width: number): Look {
  return {
    numFmt: isDateCell(value) ? NUM_FMT[value.fmt] : null,
    border: col?.kind === 'tick',
    align:
      typeof value === 'string' && value.length + 2 > width
        ? 'wrap'
        : // A number or date in a text column (a summary's "Verdi") lines up with the text around it.
          col?.kind === 'text' && value !== null && typeof value !== 'string'
          ? 'left'
          : 'top',
  };
}

function styleCell(cell: ExcelJS.Cell, look: Look): void {
  if (look.numFmt !== null) cell.numFmt = look.numFmt;
  if (look.border) cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  if (look.align === 'wrap') cell.alignment = { wrapText: true, vertical: 'top' };
  else if (look.align === 'left') cell.alignment = { vertical: 'top', horizontal: 'left' };
  else cell.alignment = { vertical: 'top' };
}

/**
 * Cells that look the same share one style object. exceljs turns each cell's style object into
 * XML to find its style id, unless it has seen that very object before (a WeakMap): with a fresh
 * object per cell that was most of an export's time. The first cell of each look is styled as
 * before and its object reused; the key holds everything the id depends on — the column (its
 * own style is merged in), the look, and the cell type (exceljs picks a number format by type).
 */
class SharedStyles {
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();

  apply(cell: ExcelJS.Cell, column: number, look: Look): void {
    const key = `${column}|${cell.type}|${look.numFmt ?? ''}|${look.border ? 1 : 0}|${look.align}`;
    const shared = this.styles.get(key);
    if (shared) {
      cell.style = shared;
      return;
    }
    styleCell(cell, look);
    this.styles.set(key, cell.style);
  }
}

async function pause(): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
}

async function writeSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  plan: ListPlan,
  sheet: SheetPlan,
  taken: Set<string>,
  tick: () => Promise<void>,
): Promise<void> {
  const name = safeSheetName(sheet.name, taken);
  const preamble = sheet.preamble ?? [];
  // The table's header sits after the preamble and a blank line.
  const headerRow = preamble.length ? preamble.length + 2 : 1;
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: sheet.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
      horizontalCentered: false,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&L&B${hf(plan.title)}&B – ${hf(name)}&R${hf(formatDateNb(plan.eventDate))}`,
      oddFooter: `&L${hf(plan.eventShort)}&RSide &P av &N`,
    },
  });

  const iter = sheet.rows()[Symbol.iterator]();
  const sample: Cell[][] = [];
  for (let r = iter.next(); !r.done; r = iter.next()) {
    sample.push(r.value);
    if (sample.length >= SAMPLE_ROWS) break;
  }
  const widths = fitWidths(sheet.columns, sample);
  // Preamble labels in column A must fit too.
  for (const line of preamble) widths[0] = Math.max(widths[0] ?? 6, Math.min(cellText(line[0] ?? null).length + 2, 40));
  ws.columns = widths.map((width) => ({ width }));

  for (const line of preamble) {
    const row = ws.addRow(line.map(excelValue));
    row.getCell(1).font = BOLD;
    line.forEach((c, i) => {
      if (isDateCell(c)) row.getCell(i + 1).numFmt = NUM_FMT[c.fmt];
      if (typeof c === 'number') row.getCell(i + 1).alignment = { horizontal: 'left' };
    });
    row.commit();
  }
  if (preamble.length) ws.addRow([]).commit();

  const header = ws.addRow(sheet.columns.map((c) => c.header));
  header.eachCell((cell) => {
    // Name and size are given with bold: a font without them falls back to another typeface.
    cell.font = BOLD;
    cell.fill = HEADER_FILL;
    cell.border = { bottom: thin };
    cell.alignment = { vertical: 'bottom', wrapText: false };
  });
  header.commit();

  let written = 0;
  const shared = new SharedStyles();
  const writeRow = async (values: Cell[]) => {
    const row = ws.addRow(values.map(excelValue));
    if (sheet.rowHeight) row.height = sheet.rowHeight;
    for (let i = 0; i < sheet.columns.length; i++)
      shared.apply(row.getCell(i + 1), i, lookOf(sheet.columns[i], values[i] ?? null, widths[i] ?? 10));
    row.commit();
    written++;
    await tick();
  };
  for (const values of sample) await writeRow(values);
  for (let r = iter.next(); !r.done; r = iter.next()) await writeRow(r.value);

  if (sheet.filter !== false && sheet.columns.length > 0) {
    ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + Math.max(written, 0), column: sheet.columns.length } };
  }
  ws.commit();
}

/** Writes the whole plan to `stream` as one workbook; resolves when the file is complete. */
export async function writeXlsx(plan: ListPlan, stream: Writable, onProgress: Progress | undefined, now: Date): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  wb.creator = 'Samling';
  wb.lastModifiedBy = 'Samling';
  wb.title = `${plan.title} – ${plan.eventTitle}`;
  wb.subject = plan.eventShort;
  wb.created = now;
  wb.modified = now;
  const total = plan.sheets.reduce((n, s) => n + s.count, 0);
  let done = 0;
  const tick = async () => {
    done++;
    if (done % YIELD_EVERY === 0) {
      onProgress?.(done, Math.max(total, done));
      await pause();
    }
  };
  onProgress?.(0, total);
  const taken = new Set<string>();
  for (const sheet of plan.sheets) await writeSheet(wb, plan, sheet, taken, tick);
  await wb.commit();
  onProgress?.(done, Math.max(total, done));
  return done;
}
