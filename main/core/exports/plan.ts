import { t } from '../i18n';
import { formatDateNb, osloWallTime } from '../time';

// What a list is made of, independent of the file format: sheets of typed columns and rows that
// are produced lazily (a 100,000-row list is never held in memory). The .xlsx writer, the CSV
// writer and the preview all read the same plan, so each list is defined exactly once (lists.ts).

export const EXPORT_LISTS = ['catering', 'venue', 'sessions', 'chase', 'full'] as const;
export type ExportList = (typeof EXPORT_LISTS)[number];
export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A wall-clock time in Europe/Oslo ('YYYY-MM-DDTHH:MM:SS' or 'YYYY-MM-DD') shown as a date, date+time or time. */
export interface DateCell {
  wall: string;
  fmt: 'date' | 'datetime' | 'time';
}
export type Cell = string | number | null | DateCell;

export type ColumnKind = 'text' | 'number' | 'date' | 'datetime' | 'time' | 'tick';

export interface Column {
  header: string;
  kind: ColumnKind;
  /** Widest the fitted column may become (long notes wrap instead). */
  maxWidth?: number;
}

export interface SheetPlan {
  name: string;
  /** Lines above the table (a session's room and capacity); the header row comes after them. */
  preamble?: Cell[][];
  columns: Column[];
  /** Number of rows rows() will give (for progress and the preview). */
  count: number;
  rows: () => Iterable<Cell[]>;
  landscape: boolean;
  /** Taller rows for lists people tick off by hand (points). */
  rowHeight?: number;
  /** Give the table an autofilter (not for key/value summaries). */
  filter?: boolean;
}

export interface ListPlan {
  list: ExportList;
  /** 'Lunsjliste' */
  title: string;
  eventTitle: string;
  eventShort: string;
  /** 'YYYY-MM-DD' */
  eventDate: string;
  sheets: SheetPlan[];
  /** The one flat table written when CSV is asked for (a CSV file has no sheets). */
  csv: SheetPlan;
  /** Key numbers shown in the preview. */
  counts: { label: string; value: number }[];
}

/** The lists' names in the current language (titles, file names, page headers). */
export const LIST_TITLES: Record<ExportList, () => string> = {
  catering: () => t('Lunsjliste'),
  venue: () => t('Deltakerliste'),
  sessions: () => t('Gruppesamlinger'),
  chase: () => t('Purreliste'),
  full: () => t('Full eksport'),
};

export function dateCell(wall: string | null | undefined, fmt: DateCell['fmt']): DateCell | null {
  return wall ? { wall, fmt } : null;
}

/** Oslo's offset from UTC in ms for each UTC hour seen ('2015-09-01T08' → 7,200,000). */
const osloOffsets = new Map<string, number>();
/** The last timestamp converted. */
let lastUtc: { iso: string; wall: string | null } = { iso: '', wall: null };

/**
 * Timestamps stored as UTC ISO strings (created_at) become Oslo wall time. Asking Intl for each
 * of them was most of the time of a large archive export; Oslo's offset is whole hours and
 * changes only on the hour, so it is asked once per UTC hour and added.
 */
export function utcToWall(iso: string | null | undefined): string | null {
  if (!iso) return null;
  // A sign-up never edited has updated_at = created_at, and an import stamps all its rows alike.
  if (iso === lastUtc.iso) return lastUtc.wall;
  const wall = utcToWallUncached(iso);
  lastUtc = { iso, wall };
  return wall;
}

function utcToWallUncached(iso: string): string | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const utc = d.toISOString();
  // Years outside 0000–9999 are written differently by toISOString: leave them to Intl.
  if (utc.length !== 24) return osloWallTime(d);
  const hour = utc.slice(0, 13);
  let offset = osloOffsets.get(hour);
  if (offset === undefined) {
    const start = Date.parse(`${hour}:00:00.000Z`);
    offset = Date.parse(`${osloWallTime(new Date(start))}Z`) - start;
    if (osloOffsets.size >= 50_000) osloOffsets.clear();
    osloOffsets.set(hour, offset);
  }
  return new Date(d.getTime() + offset).toISOString().slice(0, 19);
}

export function isDateCell(c: Cell): c is DateCell {
  return typeof c === 'object' && c !== null;
}

/** The wall time as a Date whose UTC fields are the wall fields: Excel serials have no zone. */
export function wallToExcelDate(wall: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(wall);
  if (!m) return new Date(NaN);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)));
}

/** How a cell reads as text (CSV, preview, column widths): Norwegian date and time forms. */
export function cellText(c: Cell): string {
  if (c === null) return '';
  if (typeof c === 'number') return String(c);
  if (typeof c === 'string') return c;
  switch (c.fmt) {
    case 'date':
      return formatDateNb(c.wall);
    case 'datetime':
      return `${formatDateNb(c.wall)} ${c.wall.slice(11, 16)}`;
    case 'time':
      return c.wall.slice(11, 16);
  }
}

/**
 * 'Lunsjliste – Oppstartssamling 2015-09-24.xlsx': the list (its title in the language the plan
 * was made in), the event's short title without a trailing year (the date follows), the date;
 * characters no file system accepts are dropped.
 */
export function exportFileName(plan: Pick<ListPlan, 'title' | 'eventShort' | 'eventDate'>, format: ExportFormat): string {
  const event = plan.eventShort.replace(/\s+\d{4}$/, '').trim();
  const base = `${plan.title} – ${event} ${plan.eventDate}`
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150);
  return `${base}.${format}`;
}

/** Excel's rules for sheet names: ≤ 31 characters, none of []:*?/\, not blank, unique in the book. */
export function safeSheetName(name: string, taken: Set<string>): string {
  let base = name.replace(/[[\]:*?/\\]/g, '-').replace(/^'+|'+$/g, '').replace(/\s+/g, ' ').trim();
  if (!base) base = t('Ark');
  let candidate = base.slice(0, 31).trim();
  for (let i = 2; taken.has(candidate.toLocaleLowerCase('nb')); i++) {
    const suffix = ` (${i})`;
    candidate = base.slice(0, 31 - suffix.length).trim() + suffix;
  }
  taken.add(candidate.toLocaleLowerCase('nb'));
  return candidate;
}

/** Text a spreadsheet program could take for a formula when typed or imported from CSV. */
export function looksLikeFormula(s: string): boolean {
  return /^[=+\-@\t\r]/.test(s);
}
