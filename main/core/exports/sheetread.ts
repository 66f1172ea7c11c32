import ExcelJS from 'exceljs';
import { AppError } from '../errors';
import { msg } from '../i18n';
import { inspectZip, verifyZipSizes } from './zip';

// Reading an uploaded spreadsheet (.xlsx or .csv) into plain tables of cells. Everything that
// can be refused without unpacking (size, type, zip bomb) is checked synchronously first, so the
// user hears at once why a file was not taken.

export const SHEET_LIMITS = { bytes: 20 * 1024 * 1024, rows: 200_000 } as const;

/** A cell as read: text, a number, a date (xlsx date cells: UTC fields = wall time), or empty. */
export type RawCell = string | number | boolean | Date | null;

export interface Table {
  name: string;
  rows: RawCell[][];
}

export type SheetType = 'xlsx' | 'csv';

function notSpreadsheet(fileName: string): AppError {
  return new AppError('not_spreadsheet', msg`Filen «${fileName}» er ikke et regneark. Velg en Excel-fil (.xlsx) eller en CSV-fil (.csv).`);
}

/** What the file is, by its content (the name can lie); refuses anything but .xlsx and CSV. */
export function sniffSheet(buf: Buffer, fileName: string): SheetType {
  if (buf.length === 0) throw new AppError('empty_file', msg`Filen «${fileName}» er tom.`);
  if (buf.length > SHEET_LIMITS.bytes)
    throw new AppError(
      'too_large',
      msg`Filen «${fileName}» er ${(buf.length / 1024 / 1024).toFixed(1).replace('.', ',')} MB. Største tillatte størrelse er 20 MB.`,
    );
  if (buf.length >= 4 && buf.readUInt32LE(0) === 0x04034b50) {
    const entries = inspectZip(buf, fileName);
    const names = new Set(entries.map((e) => e.name));
    if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml'))
      throw new AppError('not_spreadsheet', msg`Filen «${fileName}» er en zip-fil, men ikke et Excel-regneark (.xlsx).`);
    verifyZipSizes(buf, entries, fileName);
    return 'xlsx';
  }
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0)
    throw new AppError(
      'old_excel',
      msg`Filen «${fileName}» er i det gamle Excel-formatet (.xls). Åpne den i Excel og lagre den som .xlsx (Excel-arbeidsbok), så kan den leses inn.`,
    );
  // Text: no NUL bytes in the first 64 KB (PDFs, images and programs have them).
  const head = buf.subarray(0, 64 * 1024);
  if (head.includes(0) || head.subarray(0, 5).toString('latin1') === '%PDF-') throw notSpreadsheet(fileName);
  return 'csv';
}

/** UTF-8 (with or without BOM); files from older Excel on Windows are Windows-1252. */
export function decodeText(buf: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    text = new TextDecoder('windows-1252').decode(buf);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function detectDelimiter(text: string): string {
  const nl = text.search(/\r?\n/);
  const firstLine = nl < 0 ? text.slice(0, 65_536) : text.slice(0, nl);
  let best = ';';
  let bestCount = 0;
  for (const d of [';', ',', '\t']) {
    let inQuote = false;
    let n = 0;
    for (const ch of firstLine) {
      if (ch === '"') inQuote = !inQuote;
      else if (ch === d && !inQuote) n++;
    }
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/** RFC 4180 with the delimiter Excel chose (semicolon in Norway, comma elsewhere, tab). */
export function parseCsv(text: string, fileName: string): Table {
  const d = detectDelimiter(text);
  const rows: RawCell[][] = [];
  let row: RawCell[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    // Our own CSV export writes an apostrophe before text that looks like a formula: undo it.
    row.push(/^'[=+\-@]/.test(field) ? field.slice(1) : field);
    field = '';
  };
  const endRow = () => {
    endField();
    if (row.some((c) => c !== '')) rows.push(row);
    row = [];
    if (rows.length > SHEET_LIMITS.rows + 1) throw tooManyRows(fileName);
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === d) endField();
    else if (ch === '\n') endRow();
    else if (ch !== '\r') field += ch;
    i++;
  }
  if (field !== '' || row.length) endRow();
  return { name: 'CSV', rows };
}

function tooManyRows(fileName: string): AppError {
  return new AppError(
    'too_many_rows',
    msg`Filen «${fileName}» har mer enn ${SHEET_LIMITS.rows.toLocaleString('nb-NO')} rader. Del den opp i mindre filer.`,
  );
}

function plainCell(v: ExcelJS.CellValue): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return plainCell((v as { result?: ExcelJS.CellValue }).result ?? null);
  if ('hyperlink' in v) return typeof v.text === 'string' ? v.text : plainCell(v.text as ExcelJS.CellValue);
  if ('error' in v) return null;
  return null;
}

/** Unpacks an .xlsx already checked by sniffSheet; every sheet with any content. */
export async function readXlsx(buf: Buffer, fileName: string): Promise<Table[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw new AppError('not_spreadsheet', msg`Filen «${fileName}» kunne ikke leses som et Excel-regneark. Er den skadet?`);
  }
  const tables: Table[] = [];
  for (const ws of wb.worksheets) {
    if (ws.rowCount > SHEET_LIMITS.rows + 1) throw tooManyRows(fileName);
    const rows: RawCell[][] = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
      const cells: RawCell[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(plainCell(row.getCell(c).value));
      if (cells.some((c) => c !== null && c !== '')) rows.push(cells);
    });
    if (rows.length) tables.push({ name: ws.name, rows });
  }
  if (tables.length === 0) throw new AppError('empty_file', msg`Regnearket «${fileName}» har ingen rader.`);
  return tables;
}
