/**
 * Trigger words for the wording rules in rules.ts: a cheap, exact pre-check.
 *
 * Why: the analysis asks ~20 questions of every clause ("does it say 'kommer'?", "a
 * negation?", …), each a regex with a Unicode word-boundary look-behind. Most clauses contain
 * none of a rule's words. One pass over the clause's word starts tells which rules can match at
 * all; only those regexes are run.
 *
 * Exactness: a rule's triggers are derived from its own source (nothing to keep in sync by
 * hand). For a rule that begins with a word-boundary look-behind, every match begins at a word
 * start with one of the literal prefixes of its alternatives. The scan lowercases the clause and
 * marks every rule that has one of those prefixes at some word start; that is a superset of the
 * rules that match. A rule whose prefixes cannot be derived (anchored, optional first element,
 * character class, …) is simply always run.
 */

/** Letters by UTF-16 code unit (0 = not yet known, 1 = no, 2 = yes). */
const LETTER = new Uint8Array(65536);
const LETTER_RE = /\p{L}/u;

function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  let v = LETTER[c];
  if (v === 0) {
    v = c >= 0xd800 && c <= 0xdfff ? 1 : LETTER_RE.test(String.fromCharCode(c)) ? 2 : 1;
    LETTER[c] = v;
  }
  return v === 2;
}

const WORD_START_LOOKBEHIND = ['(?<![\\p{L}\\d])', '(?<![\\p{L}])'];

/** Index of the ')' closing the '(' at `open`, honouring escapes and character classes. */
function closingParen(src: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Splits a sequence of alternatives at its top-level '|'. */
function splitAlternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start));
  return out;
}

const LITERAL_CHAR = /[\p{L}\d '’,:&-]/u;
const LITERAL_ESCAPE = /[.\-'’/&:,]/;

/**
 * The literal prefixes one of which every match of the sequence `seq` starts with, or null
 * when that cannot be said.
 */
function leadingLiterals(seq: string): string[] | null {
  if (seq.startsWith('(')) {
    if (seq.startsWith('(?=') || seq.startsWith('(?!') || seq.startsWith('(?<')) return null;
    const close = closingParen(seq, 0);
    if (close < 0) return null;
    const q = seq[close + 1];
    if (q === '?' || q === '*' || (q === '{' && seq.startsWith('{0', close + 1))) return null;
    const inner = seq.slice(seq.startsWith('(?:') ? 3 : 1, close);
    const out: string[] = [];
    for (const alt of splitAlternatives(inner)) {
      const lits = leadingLiterals(alt);
      if (!lits) return null;
      out.push(...lits);
    }
    return out;
  }
  let run = '';
  let i = 0;
  for (; i < seq.length; i++) {
    const ch = seq[i] ?? '';
    if (ch === '\\') {
      const nx = seq[i + 1] ?? '';
      if (!LITERAL_ESCAPE.test(nx)) break;
      run += nx;
      i++;
      continue;
    }
    if (!LITERAL_CHAR.test(ch)) break;
    run += ch;
  }
  const q = seq[i];
  // A quantifier that allows zero repetitions makes the last character optional.
  if (q === '?' || q === '*' || q === '{') run = run.slice(0, -1);
  if (run.length === 0 || !isLetter(run.toLowerCase().charCodeAt(0))) return null;
  return [run.toLowerCase()];
}

/** Trigger literals of a rule, or null if the rule must always run. */
export function triggersOf(re: RegExp): string[] | null {
  const lb = WORD_START_LOOKBEHIND.find((p) => re.source.startsWith(p));
  if (!lb) return null;
  return leadingLiterals(re.source.slice(lb.length));
}

interface Entry {
  lit: string;
  bit: number;
}

const MAX_RULES = 30;
const ruleBit = new Map<RegExp, number>();
/** Literals by their first (1-char key) or first two (2-char key) lower-case code units. */
const byKey1 = new Map<number, Entry[]>();
const byKey2 = new Map<number, Entry[]>();

/** Registers rules for the pre-check. Rules beyond MAX_RULES or without triggers always run. */
export function registerTriggers(rules: readonly RegExp[]): void {
  for (const re of rules) {
    if (ruleBit.has(re) || ruleBit.size >= MAX_RULES) continue;
    const lits = triggersOf(re);
    if (!lits) continue;
    const bit = 1 << ruleBit.size;
    ruleBit.set(re, bit);
    for (const lit of new Set(lits)) {
      const map = lit.length === 1 ? byKey1 : byKey2;
      const key = lit.length === 1 ? lit.charCodeAt(0) : lit.charCodeAt(0) * 65536 + lit.charCodeAt(1);
      const list = map.get(key);
      if (list) list.push({ lit, bit });
      else map.set(key, [{ lit, bit }]);
    }
  }
}

/** Lower-cases like the regexes' case-insensitive Unicode matching does (ſ matches s). */
function hay(s: string): string {
  const l = s.toLowerCase();
  return l.includes('ſ') ? l.replace(/ſ/g, 's') : l;
}

/** One pass over the word starts of `text`: the bit set of registered rules that may match. */
export function scanTriggers(text: string): number {
  const h = hay(text);
  let mask = 0;
  let prevLetter = false;
  const n = h.length;
  for (let p = 0; p < n; p++) {
    const c = h.charCodeAt(p);
    const letter = isLetter(c);
    if (letter && !prevLetter) {
      const l1 = byKey1.get(c);
      if (l1) for (const e of l1) mask |= e.bit;
      if (p + 1 < n) {
        const l2 = byKey2.get(c * 65536 + h.charCodeAt(p + 1));
        if (l2) for (const e of l2) if ((mask & e.bit) === 0 && h.startsWith(e.lit, p)) mask |= e.bit;
      }
    }
    prevLetter = letter;
  }
  return mask;
}

/** False only if `re` cannot match the text whose scan gave `mask`. */
export function mayMatch(re: RegExp, mask: number): boolean {
  const bit = ruleBit.get(re);
  return bit === undefined || (mask & bit) !== 0;
}

/** For tests: whether a rule takes part in the pre-check. */
export function isTriggered(re: RegExp): boolean {
  return ruleBit.has(re);
}
