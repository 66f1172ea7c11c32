/**
 * Dates as mail clients print them, in Norwegian (bokmål and nynorsk) and English.
 *
 * Why one tolerant parser instead of a list of formats: each client and locale prints the date
 * differently ("mandag 31. august 2015 09:12", "02.09.2015 14:31:08", "Monday, August 31, 2015
 * 9:12 AM", "Den fre. 28. aug. 2015 kl. 10:44", "Mon, 31 Aug 2015 09:12:00 +0200"). We find a
 * day/month/year triple, then the first clock time after it.
 */
import { Memo } from './util';

export interface FoundDate {
  /** 'YYYY-MM-DDTHH:MM:SS' local wall time. */
  iso: string;
  /** Offsets of the matched date text within the searched string. */
  start: number;
  end: number;
  hasTime: boolean;
}

const MONTHS: Record<string, number> = {
  januar: 1, january: 1, jan: 1,
  februar: 2, february: 2, feb: 2, febr: 2,
  mars: 3, march: 3, mar: 3, mrz: 3, märz: 3,
  april: 4, apr: 4,
  mai: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  desember: 12, december: 12, des: 12, dec: 12, dez: 12,
};

const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

// Each pattern is anchored on digits/month words with bounded, non-overlapping quantifiers.
const RE_ISO = /(?<![\d.])(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]?)/;
const RE_NUMERIC = /(?<![\d.:])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d])/;
const RE_DAY_MONTH = new RegExp(`(?<![\\d])(\\d{1,2})\\.?\\s{0,3}(${MONTH_ALT})\\.?,?\\s{0,3}(\\d{4})(?!\\d)`, 'i');
const RE_MONTH_DAY = new RegExp(`(?<![\\p{L}])(${MONTH_ALT})\\.?\\s{0,3}(\\d{1,2})(?:st|nd|rd|th)?\\.?,?\\s{0,3}(\\d{4})(?!\\d)`, 'iu');
const RE_TIME = /(?<![\d])(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?![\d])(?:\s{0,2}([ap])\.?\s?m\.?(?![\p{L}]))?/iu;
const RE_ZONE = /^\s{0,3}(?:\(?(?:GMT|UTC)\s?)?([+-])(\d{2}):?(\d{2})\)?/i;
const RE_BARE_HOUR_AMPM = /(?<![\d])(\d{1,2})\s{0,2}([ap])\.?\s?m\.?(?![\p{L}])/iu;

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function valid(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= (days[m - 1] ?? 0);
}

interface DatePart {
  y: number;
  m: number;
  d: number;
  start: number;
  end: number;
}

/** What each pattern needs to match at all: tested first, as most values lack some of them. */
const HAS_LETTER = /[a-z]/i;
const DIGIT_SEP_DIGIT = /\d[./-]\d/;

function findDatePart(s: string): DatePart | null {
  // The earliest date wins (the first found on a tie): a later pattern is tried only when it
  // could start before the best so far.
  let best: DatePart | null = null;
  const letters = HAS_LETTER.test(s);
  let m = s.includes('-') ? RE_ISO.exec(s) : null;
  if (m) {
    const y = +(m[1] ?? 0), mo = +(m[2] ?? 0), d = +(m[3] ?? 0);
    if (valid(y, mo, d)) best = { y, m: mo, d, start: m.index, end: m.index + m[0].length };
  }
  m = letters && (best === null || best.start > 0) ? RE_DAY_MONTH.exec(s) : null;
  if (m && (best === null || m.index < best.start)) {
    const d = +(m[1] ?? 0), mo = MONTHS[(m[2] ?? '').toLowerCase()] ?? 0, y = +(m[3] ?? 0);
    if (valid(y, mo, d)) best = { y, m: mo, d, start: m.index, end: m.index + m[0].length };
  }
  m = letters && (best === null || best.start > 0) ? RE_MONTH_DAY.exec(s) : null;
  if (m && (best === null || m.index < best.start)) {
    const mo = MONTHS[(m[1] ?? '').toLowerCase()] ?? 0, d = +(m[2] ?? 0), y = +(m[3] ?? 0);
    if (valid(y, mo, d)) best = { y, m: mo, d, start: m.index, end: m.index + m[0].length };
  }
  m = (best === null || best.start > 0) && DIGIT_SEP_DIGIT.test(s) ? RE_NUMERIC.exec(s) : null;
  if (m && (best === null || m.index < best.start)) {
    let a = +(m[1] ?? 0), b = +(m[3] ?? 0);
    let y = +(m[4] ?? 0);
    if (y < 100) y += 2000;
    // Norwegian order is day.month. A slash date with an English AM/PM clock, or one whose
    // second number cannot be a month, is US month/day.
    const usHint = m[2] === '/' && (/\b[ap]\.?m\.?\b/i.test(s) || b > 12) && a <= 12;
    if (usHint) [a, b] = [b, a];
    if (valid(y, b, a)) best = { y, m: b, d: a, start: m.index, end: m.index + m[0].length };
  }
  return best;
}

/** Europe/Oslo offset in minutes for a wall-clock UTC instant (CET/CEST, EU rules). */
function osloOffsetMinutes(utcMs: number): number {
  const y = new Date(utcMs).getUTCFullYear();
  const lastSunday = (month: number): number => {
    const d = new Date(Date.UTC(y, month + 1, 0, 1)); // last day of month, 01:00 UTC
    return d.getTime() - d.getUTCDay() * 86_400_000;
  };
  return utcMs >= lastSunday(2) && utcMs < lastSunday(9) ? 120 : 60;
}

/**
 * Finds the first date (with its time, if any) in `s`. Returns null if none.
 * With an explicit numeric zone (RFC 2822 "Date:" headers) the time is converted to Oslo
 * wall time, since that is what the organiser's own client shows.
 */
export function findDate(s: string): FoundDate | null {
  if (s.length > 400) s = s.slice(0, 400);
  return DATES.get(s, findDateUncached);
}

// Date lines repeat (every reply quotes the invitation's header): memoised. Shared results.
const DATES = new Memo<FoundDate | null>(20_000, 400);

function findDateUncached(s: string): FoundDate | null {
  const dp = findDatePart(s);
  if (!dp) return null;
  let hh = 0, mi = 0, ss = 0, hasTime = false;
  let end = dp.end;
  // Time usually follows the date ("… 2015 09:12", "… 2015 kl. 10:44", "… 2015 at 9:12 AM").
  const after = s.slice(dp.end, dp.end + 40);
  let tm = RE_TIME.exec(after);
  let base = dp.end;
  if (!tm) {
    // …but some layouts put it first ("14:05, 31.08.2015" or "kl. 09:12 den 31.08.2015").
    const before = s.slice(Math.max(0, dp.start - 30), dp.start);
    const tb = RE_TIME.exec(before);
    if (tb) {
      tm = tb;
      base = Math.max(0, dp.start - 30);
    }
  }
  let ampm: string | undefined;
  let start = dp.start;
  if (tm) {
    if (base !== dp.end) start = base + tm.index;
    hh = +(tm[1] ?? 0);
    mi = +(tm[2] ?? 0);
    ss = +(tm[3] ?? 0);
    ampm = tm[4]?.toLowerCase();
    hasTime = true;
    if (base === dp.end) end = base + tm.index + tm[0].length;
  } else {
    const bh = RE_BARE_HOUR_AMPM.exec(after);
    if (bh) {
      hh = +(bh[1] ?? 0);
      ampm = bh[2]?.toLowerCase();
      hasTime = true;
      end = dp.end + bh.index + bh[0].length;
    }
  }
  if (ampm === 'p' && hh < 12) hh += 12;
  if (ampm === 'a' && hh === 12) hh = 0;
  if (hh > 23 || mi > 59 || ss > 59) {
    hh = 0; mi = 0; ss = 0; hasTime = false; end = dp.end;
  }
  let { y, m, d } = dp;
  if (hasTime) {
    const zm = RE_ZONE.exec(s.slice(end, end + 20));
    if (zm) {
      const sign = zm[1] === '-' ? -1 : 1;
      const off = sign * (+(zm[2] ?? 0) * 60 + +(zm[3] ?? 0));
      const utc = Date.UTC(y, m - 1, d, hh, mi, ss) - off * 60_000;
      const local = new Date(utc + osloOffsetMinutes(utc) * 60_000);
      y = local.getUTCFullYear(); m = local.getUTCMonth() + 1; d = local.getUTCDate();
      hh = local.getUTCHours(); mi = local.getUTCMinutes(); ss = local.getUTCSeconds();
      end += zm[0].length;
    }
  }
  return {
    iso: `${pad(y, 4)}-${pad(m)}-${pad(d)}T${pad(hh)}:${pad(mi)}:${pad(ss)}`,
    start,
    end,
    hasTime,
  };
}

/** Parses a whole header value as a date ("Sendt: …"). */
export function parseDate(value: string): string | null {
  return findDate(value)?.iso ?? null;
}

/** True if `s` is essentially just a date (used to recognise date lines in Gmail layouts). */
export function isDateLine(s: string): boolean {
  const t = s.trim();
  if (t.length === 0 || t.length > 90) return false;
  const f = findDate(t);
  if (!f) return false;
  const rest = (t.slice(0, f.start) + t.slice(f.end))
    .replace(/\((?:for|vor)?[^)]{0,40}\)/gi, '')
    .replace(/\b(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tysdag|laurdag|sundag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|man|tir|tis|ons|tor|fre|lør|søn|mon|tue|wed|thu|fri|sat|sun|den|kl|at|klokka|klokken)\b\.?/gi, '')
    .replace(/[\s,.:-]/g, '');
  return rest.length <= 3;
}
