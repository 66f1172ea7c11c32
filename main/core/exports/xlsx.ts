import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { msg } from '../i18n';
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
/** The (empty) style of every body row; never changed. */
const NO_ROW_STYLE: Partial<ExcelJS.Style> = Object.freeze({});

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

/** The style object exceljs gets for a look (what setting numFmt, border and alignment on a fresh cell makes). */
function styleOf(look: Look): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (look.numFmt !== null) style.numFmt = look.numFmt;
  if (look.border) style.border = { top: thin, left: thin, bottom: thin, right: thin };
  if (look.align === 'wrap') style.alignment = { wrapText: true, vertical: 'top' };
  else if (look.align === 'left') style.alignment = { vertical: 'top', horizontal: 'left' };
  else style.alignment = { vertical: 'top' };
  return style;
}

/**
 * What decides a body cell's look and exceljs type within its column: empty, text (fits or
 * wraps), number, or a date in one of the three formats. Empty text is written as an empty cell.
 */
function variantOf(value: Cell, width: number): number {
  if (value === null || value === '') return 0;
  if (typeof value === 'string') return value.length + 2 > width ? 2 : 1;
  if (typeof value === 'number') return 3;
  return value.fmt === 'date' ? 4 : value.fmt === 'datetime' ? 5 : 6;
}

/**
 * Cells that look the same share one style object. exceljs turns each cell's style object into
 * XML to find its style id, unless it has seen that very object before (a WeakMap): with a fresh
 * object per cell that was most of an export's time. So each column has one style object per
 * variant (variantOf), made the first time it is needed; the variant also fixes the cell's type,
 * which exceljs looks at once per style object (it picks a number format by type).
 */
class BodyStyles {
  private readonly styles: Partial<ExcelJS.Style>[][];

  constructor(
    private readonly columns: Column[],
    private readonly widths: number[],
  ) {
    this.styles = columns.map(() => []);
  }

  of(column: number, value: Cell): Partial<ExcelJS.Style> {
    const width = this.widths[column] ?? 10;
    const variant = variantOf(value, width);
    const perColumn = this.styles[column]!;
    let style = perColumn[variant];
    if (!style) perColumn[variant] = style = styleOf(lookOf(this.columns[column], value, width));
    return style;
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
  tick: () => boolean,
): Promise<void> {
  const name = safeSheetName(sheet.name, taken);
  // 'Side &P av &N': the page number codes go in after the words are made safe.
  const pageOf = hf(msg`Side ${'\u0001'} av ${'\u0002'}`)
    .replace('\u0001', '&P')
    .replace('\u0002', '&N');
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
      oddFooter: `&L${hf(plan.eventShort)}&R${pageOf}`,
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
  const styles = new BodyStyles(sheet.columns, widths);
  const ncols = sheet.columns.length;
  const writeRow = (values: Cell[]): void => {
    const row = ws.addRow(values.map(excelValue));
    // A body row has no style of its own. exceljs gives every row a fresh empty style object and
    // turns it into XML on commit to find its (zero) style id; one shared object is looked up in
    // its WeakMap instead (see BodyStyles). `style` is the row's own property in exceljs 4.4,
    // missing from its typings.
    (row as unknown as { style: Partial<ExcelJS.Style> }).style = NO_ROW_STYLE;
    if (sheet.rowHeight) row.height = sheet.rowHeight;
    for (let i = 0; i < ncols; i++) row.getCell(i + 1).style = styles.of(i, values[i] ?? null);
    row.commit();
    written++;
  };
  for (const values of sample) {
    writeRow(values);
    if (tick()) await pause();
  }
  for (let r = iter.next(); !r.done; r = iter.next()) {
    writeRow(r.value);
    if (tick()) await pause();
  }

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
  // Called once per written row; every YIELD_EVERY rows it reports progress and asks for a pause.
  const tick = (): boolean => {
    done++;
    if (done % YIELD_EVERY !== 0) return false;
    onProgress?.(done, Math.max(total, done));
    return true;
  };
  onProgress?.(0, total);
  const taken = new Set<string>();
  for (const sheet of plan.sheets) await writeSheet(wb, plan, sheet, taken, tick);
  await wb.commit();
  onProgress?.(done, Math.max(total, done));
  return done;
}
