import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { cellText, looksLikeFormula, type Cell, type SheetPlan } from './plan';
import type { Progress } from './xlsx';

// CSV the way Norwegian Excel opens it by double-click: semicolons, UTF-8 with a byte-order mark
// (without it Excel reads æøå as Windows-1252), CRLF line ends, dates as 24.09.2015 10:00.

export const BOM = '\uFEFF';

/**
 * One field: a value a spreadsheet could run as a formula gets a leading apostrophe (the OWASP
 * advice for CSV injection); fields with ; " or line breaks are quoted, quotes doubled.
 */
export function csvField(c: Cell): string {
  let t = cellText(c);
  if (typeof c === 'string' && looksLikeFormula(t)) t = "'" + t;
  return /[;"\r\n]|^\s|\s$/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

export function csvLine(cells: Cell[]): string {
  return cells.map(csvField).join(';') + '\r\n';
}

export async function writeCsv(sheet: SheetPlan, stream: Writable, onProgress?: Progress): Promise<number> {
  const write = async (s: string) => {
    if (!stream.write(s, 'utf8')) await once(stream, 'drain');
  };
  await write(BOM + csvLine(sheet.columns.map((c) => c.header)));
  let done = 0;
  let chunk = '';
  onProgress?.(0, sheet.count);
  for (const row of sheet.rows()) {
    chunk += csvLine(row);
    if (++done % 500 === 0) {
      await write(chunk);
      chunk = '';
      onProgress?.(done, Math.max(sheet.count, done));
    }
  }
  if (chunk) await write(chunk);
  stream.end();
  await once(stream, 'finish');
  onProgress?.(done, Math.max(sheet.count, done));
  return done;
}
