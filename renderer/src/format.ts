// Dates, times and numbers the way the organiser reads them: 24.09.2015, 10:00, 1 234.
// Stored times are Oslo wall-clock strings ('YYYY-MM-DDTHH:MM:SS'); they are shown as they are,
// never moved through the computer's own time zone.

import { language, type Language } from './i18n/nb';

const numberFormat = new Intl.NumberFormat('nb-NO');

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** 'YYYY-MM-DD…' → '24.09.2015' */
export function formatDate(wall: string | null | undefined): string {
  if (!wall || wall.length < 10) return '';
  return `${wall.slice(8, 10)}.${wall.slice(5, 7)}.${wall.slice(0, 4)}`;
}

/** 'YYYY-MM-DDTHH:MM…' → '10:00' */
export function formatTime(wall: string | null | undefined): string {
  if (!wall || wall.length < 16) return '';
  return wall.slice(11, 16);
}

/** 'YYYY-MM-DDTHH:MM…' → '24.09.2015 10:00' */
export function formatDateTime(wall: string | null | undefined): string {
  if (!wall) return '';
  return `${formatDate(wall)} ${formatTime(wall)}`.trim();
}

// In the language in use (Innstillinger): 'torsdag' in bokmål and nynorsk, 'Thursday' in English.
const weekdayFormats = new Map<string, Intl.DateTimeFormat>();
const LOCALES: Record<Language, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** 'YYYY-MM-DD' → 'torsdag' */
export function weekday(wall: string): string {
  const locale = LOCALES[language()];
  let f = weekdayFormats.get(locale);
  if (!f) weekdayFormats.set(locale, (f = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' })));
  return f.format(new Date(`${wall.slice(0, 10)}T12:00:00Z`));
}

const instantFormat = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A UTC instant (ISO with Z, as the change log stores it) → '24.09.2015 10:00' in Oslo time. */
export function formatInstant(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = Object.fromEntries(instantFormat.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}`;
}

const osloWall = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Now as an Oslo wall time 'YYYY-MM-DDTHH:MM' (the default for "Mottatt"). */
export function nowWall(): string {
  const p = Object.fromEntries(osloWall.formatToParts(new Date()).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** Whole days from today (Oslo) to `date` ('YYYY-MM-DD'); negative when it has passed. */
export function daysUntil(date: string): number {
  const today = nowWall().slice(0, 10);
  const a = Date.parse(`${today}T00:00:00Z`);
  const b = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  return Math.round((b - a) / 86_400_000);
}

export const collator = new Intl.Collator('nb');

// Date and time fields are plain text in Norwegian form (24.09.2015, 10:00): the browser's own
// date pickers follow the computer's locale and may show 09/24/2015 and AM/PM. What cannot be
// read is passed on as typed, so the core's Norwegian message explains it.

/** 'YYYY-MM-DD…' → '24.09.2015' for a date field. */
export function dateField(wall: string | null | undefined): string {
  return formatDate(wall);
}

/** '24.09.2015', '24.9.15', '2015-09-24' → '2015-09-24'; '' → ''; anything else as typed. */
export function parseDateField(text: string): string {
  const t = text.trim();
  if (t === '') return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/.exec(t);
  if (!m) return t;
  const year = m[3]!.length === 2 ? `20${m[3]}` : m[3]!;
  return `${year}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/** '10:00', '10.00', '1000', '9' → '10:00' / '09:00'; anything else as typed. */
export function parseTimeField(text: string): string {
  const t = text.trim();
  const m = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(t);
  if (!m) return t;
  return `${m[1]!.padStart(2, '0')}:${m[2] ?? '00'}`;
}
