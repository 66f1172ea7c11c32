/**
 * Small text helpers shared by the parser modules.
 */

const ALL_MEMOS: Array<{ clear(): void }> = [];

/**
 * A bounded string-keyed memo. Keys longer than `maxKey` are not stored (long clauses rarely
 * repeat), and the map is emptied when full, so memory stays bounded on any paste.
 */
export class Memo<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly maxEntries: number, private readonly maxKey: number) {
    ALL_MEMOS.push(this);
  }
  get(key: string, compute: (key: string) => V): V {
    if (key.length > this.maxKey) return compute(key);
    const hit = this.map.get(key);
    if (hit !== undefined) return hit;
    const v = compute(key);
    if (this.map.size >= this.maxEntries) this.map.clear();
    this.map.set(key, v);
    return v;
  }
  clear(): void {
    this.map.clear();
  }
}


/**
 * `list` with `item` added at the end: a new one-element array for an empty list, else `list`
 * itself. A push onto an empty array reserves room for 17 elements; most lists the split keeps
 * for each message (its text ranges, quoted parts, recipients) hold one or two, and they live
 * until the message is read.
 */
export function appended<T>(list: T[], item: T): T[] {
  if (list.length === 0) return [item];
  list.push(item);
  return list;
}

/** `list` followed by `more` (a fresh array the caller gives up): `more` itself when `list` is empty. */
export function concatenated<T>(list: T[], more: T[]): T[] {
  if (list.length === 0) return more;
  for (const x of more) list.push(x);
  return list;
}

/** Whether the character code is white space as `\s` and trim() see it. */
export function isSpaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * `s.trim() === ''` without making the trimmed copy or calling a regex: asked of every line of a
 * paste, and most lines answer at their first character.
 */
export function isBlankText(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpaceCode(s.charCodeAt(i))) return false;
  return true;
}

const WIDE_CHAR = /[^\x00-\xff]/;
type Latin1Buffer = { from(s: string, enc: 'latin1'): { toString(enc: 'latin1'): string } };
const LATIN1 = (globalThis as { Buffer?: Latin1Buffer }).Buffer;

/**
 * `s` with the same characters, stored one byte per character when they all allow it.
 *
 * Why: one typographic dash or quote anywhere in a paste ("10.00–15.30" in the quoted
 * invitation) makes V8 store the whole paste, and every slice of it, two bytes per character,
 * and the rules' regular expressions (\p{L} classes, case-insensitive) run about twice as slowly
 * on such strings. A reply's own text rarely holds such a character. Without Node's Buffer (a
 * browser) the text is returned as it is.
 */
export function oneByte(s: string): string {
  if (!LATIN1 || s.length < 32 || WIDE_CHAR.test(s)) return s;
  return latin1Copy(s);
}

/** `s`, whose characters are all at most U+00FF, stored one byte per character (where Node's Buffer is). */
export function latin1Copy(s: string): string {
  return LATIN1 ? LATIN1.from(s, 'latin1').toString('latin1') : s;
}

/** Whether `text` holds only white space between `from` and `to` (without slicing it). */
export function isBlankRange(text: string, from: number, to: number): boolean {
  for (let i = from; i < to && i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Forgets everything memoised by the parser's modules. Memo keys are slices of a paste and keep
 * it in memory: parseEmails starts every paste afresh.
 */
export function clearMemos(): void {
  for (const m of ALL_MEMOS) m.clear();
}

/** E-mail address as people type them. ASCII only: Norwegian public bodies use ASCII addresses. */
export const EMAIL_SOURCE = String.raw`[A-Za-z0-9](?:[A-Za-z0-9._%+'-]{0,63})@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*\.[A-Za-z]{2,24}`;

export function emailRegex(): RegExp {
  return new RegExp(EMAIL_SOURCE, 'g');
}

/** EMAIL_SOURCE tried at one position only (sticky). */
const EMAIL_AT = new RegExp(EMAIL_SOURCE, 'y');

/** An ASCII letter or digit. */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** A character of the local part ([A-Za-z0-9._%+'-]). */
function isLocalChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x27 || c === 0x2d;
}

export interface Found {
  value: string;
  start: number;
  end: number;
}

/** All e-mail addresses in `s` (offsets relative to `s` plus `offset`). */
export function findEmails(s: string, offset = 0): Found[] {
  const out: Found[] = [];
  if (!s.includes('@')) return out;
  // The matches a global scan with EMAIL_SOURCE finds, found from each '@' instead: a scan tries
  // every letter of the text and backtracks through each word before giving up. A match holds
  // exactly one '@' and starts at the first position from which the local part reaches it (a
  // letter or digit, at most 64 characters before it); if the address does not match from
  // there, it matches from nowhere (the part after '@' is the same).
  let from = 0;
  for (let at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
    if (at < from) continue;
    let p = at;
    while (p > from && p > at - 64 && isLocalChar(s.charCodeAt(p - 1))) p--;
    while (p < at && !isAsciiAlnum(s.charCodeAt(p))) p++;
    if (p === at) continue;
    EMAIL_AT.lastIndex = p;
    const m = EMAIL_AT.exec(s);
    if (!m) continue;
    from = p + m[0].length;
    let v = m[0];
    // Trailing dots/quotes belong to the sentence, not to the address.
    while (/[.'-]$/.test(v)) v = v.slice(0, -1);
    out.push({ value: v.toLowerCase(), start: offset + m.index, end: offset + m.index + v.length });
  }
  return out;
}

const FOLD_CACHE = new Map<string, string>();
const FOLD_CACHE_MAX = 20_000;
const NEEDS_FOLD = /[^a-z0-9 .,@'-]/;

/** Lower-case and fold Norwegian letters to ASCII for comparing names with e-mail local parts. */
export function fold(s: string): string {
  // Plain lower-case ASCII needs nothing; names and places repeat, so the rest is memoised.
  if (!NEEDS_FOLD.test(s)) return s;
  const hit = FOLD_CACHE.get(s);
  if (hit !== undefined) return hit;
  const out = foldUncached(s);
  if (FOLD_CACHE.size >= FOLD_CACHE_MAX) FOLD_CACHE.clear();
  if (s.length <= 100) FOLD_CACHE.set(s, out);
  return out;
}

function foldUncached(s: string): string {
  return s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/[åäàáâ]/g, 'a')
    .replace(/[éèêë]/g, 'e')
    .replace(/[üúù]/g, 'u')
    .replace(/[íì]/g, 'i')
    .replace(/[ç]/g, 'c')
    .replace(/[ñ]/g, 'n');
}

/** Alternative folding (ø→oe, å→aa) also used in addresses. */
export function foldAlt(s: string): string {
  return s.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').replace(/ö/g, 'oe').replace(/ä/g, 'ae').replace(/ü/g, 'ue');
}

/** Name tokens in folded form ("Lie-Olsen, Hanne" → ['lie', 'olsen', 'hanne']). */
export function nameTokens(name: string): string[] {
  return fold(name)
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

/** Tokens of an e-mail local part ("hanne.lie-olsen" → ['hanne', 'lie', 'olsen']). */
export function localPartTokens(email: string): string[] {
  const local = email.split('@')[0] ?? '';
  return local
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

/**
 * How well a person's name matches an e-mail local part: 0 (no relation) … 1 (every token).
 * Why: to tie "Jonas Aamodt" to "jonas.aamodt@afk.no" even when the address is a sentence away.
 */
export function nameEmailScore(name: string, email: string): number {
  const nt = nameTokens(name);
  if (nt.length === 0) return 0;
  const local = (email.split('@')[0] ?? '').toLowerCase();
  const lt = localPartTokens(email);
  const alt = nameTokens(foldAlt(name));
  let hit = 0;
  for (let k = 0; k < nt.length; k++) {
    const t = nt[k] ?? '';
    const ta = alt[k] ?? t;
    if (lt.includes(t) || lt.includes(ta)) hit++;
    else if (t.length >= 3 && (local.includes(t) || local.includes(ta))) hit += 0.8;
  }
  // Initials ("kn@bfk.no", "k.nordmann@…") give a weak match.
  if (hit === 0) {
    const initials = nt.map((t) => t[0]).join('');
    if (initials.length >= 2 && local === initials) return 0.5;
    return 0;
  }
  return hit / nt.length;
}

export function isUpperStart(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Domain of an address, lower-case. */
export function domainOf(email: string): string {
  return (email.split('@')[1] ?? '').toLowerCase();
}

/** True if `domain` equals `base` or is a subdomain of it. */
export function domainMatches(domain: string, base: string): boolean {
  const d = domain.toLowerCase();
  const b = base.charCodeAt(0) === 0x40 ? base.slice(1).toLowerCase() : base.toLowerCase();
  return d === b || (d.length > b.length && d.endsWith(b) && d.charCodeAt(d.length - b.length - 1) === 0x2e);
}

/** "Knut Solberg" → "KS", "Ellen Máret Buljo" → "EMB": how people mark their inline answers. */
export function initialsOf(name: string | null): string | null {
  if (!name) return null;
  return INITIALS.get(name, initialsUncached);
}
const INITIALS = new Memo<string | null>(5_000, 120);
function initialsUncached(name: string): string | null {
  const parts = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  return parts.length >= 2 && parts.length <= 4 ? parts.map((w) => w[0] ?? '').join('') : null;
}
