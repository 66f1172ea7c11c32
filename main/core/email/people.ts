/**
 * People: person names in running text, signatures (name, title, organisation, phone, e-mail).
 *
 * Why capitalisation-based names: we have no name dictionary, but Norwegian and English both
 * capitalise names and little else mid-sentence. A name is 2–5 capitalised words (with
 * particles like "van der", hyphens like "Lie-Olsen", initials like "M."), not a known common
 * word, place or organisation. Single words count only where the context says "a person"
 * (a form's "Navn:" line, or a first name already known).
 */
import { closingMatch, FUNCTIONAL_NAME, NAME_PARTICLES, NOT_NAME, ORG_SUFFIX, PLACE_PREPOSITION, SIGNATURE_START, TITLE_NOUN, TITLE_WORD } from './rules';

// "representert ved Even Strøm", "plassen til Ingvild Tjelta": a person after the preposition.
const REPRESENTED = /^(?:representert|representerte|representeres|representerast|represented|plassen|plass|place|seat)$/i;
/** "plassen min til Even Strøm". */
const POSSESSIVE = /^(?:min|mi|vår|hans|hennes|hennar|sin|si|my|our|his)$/i;
import { withStandIns } from './standins';
import { findEmails, isSpaceCode, Memo, type Found } from './util';

export interface NameHit {
  name: string;
  start: number;
  end: number;
  /** Preceded by a greeting ("Hei Kari"): addressed, not mentioned. */
  greeting: boolean;
  /** Preceded by "fra/i/ved/…": probably a place or organisation. */
  afterPlacePreposition: boolean;
}

interface WordTok {
  w: string;
  start: number;
  end: number;
}

/** Words in NOT_NAME that are also Norwegian surnames, kept when they end a full name. */
/** Words in NOT_NAME that are also first names ("inga" is nynorsk for "no"), kept when a name word follows. */
const FIRST_NAME_TOO = new Set(['Inga']);
const SURNAME_TOO = new Set(['Hope', 'Strand', 'Berg', 'Vik', 'Dal', 'Lie', 'Moe', 'Sand', 'Bakke', 'Lund', 'Haug', 'Holm', 'Foss', 'Li']);

const WORD_RE = withStandIns(/[\p{L}][\p{L}'’-]*[\p{L}]|[\p{L}]/gu);
/** What may follow a closing word when the signature starts there: a name, or nothing. */
const NAME_AFTER_CLOSING = withStandIns(/^[\p{Lu}][\p{L}'’. -]{0,50}$/u);
const GREETINGS = new Set(['hei', 'hallo', 'heisann', 'hi', 'hello', 'dear', 'kjære', 'hej', 'morn', 'takk', 'thanks', 'god']);

function isNameWord(w: string): boolean {
  const first = w.charAt(0);
  if (first === first.toLowerCase()) return false;
  if (NOT_NAME.has(w.toLowerCase())) return false;
  // Acronyms (HFK, KDU, NB) are not names; "O'Brien", "McDonald" are.
  if (w.length >= 2 && w === w.toUpperCase()) return false;
  // Hyphenated parts must all be capitalised ("Lie-Olsen"), except "Anne-lise" typos.
  return true;
}

/** Person-name candidates in `s` with at least `minTokens` words. Offsets are relative to `s`. */
export function findNames(s: string, minTokens = 2): NameHit[] {
  return findNamesByWords(s, minTokens).map((r) => r.hit);
}

/**
 * Name candidates with at least `minTokens` words, each with its number of words (particles not
 * counted), so that one scan serves several thresholds (see `findNames`).
 */
export function findNamesByWords(s: string, minTokens: number): Array<{ hit: NameHit; words: number }> {
  const toks: WordTok[] = [];
  let m: RegExpExecArray | null;
  WORD_RE.lastIndex = 0;
  while ((m = WORD_RE.exec(s)) !== null) toks.push({ w: m[0], start: m.index, end: m.index + m[0].length });
  const out: Array<{ hit: NameHit; words: number }> = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    // "Inga Marja Utsi": a common word that is also a first name, when a name word follows it.
    const firstNameToo = t !== undefined && FIRST_NAME_TOO.has(t.w) && / {1,2}$/.test(s.slice(t.end, toks[i + 1]?.start ?? t.end)) && isNameWord(toks[i + 1]?.w ?? '');
    if (!t || (!firstNameToo && !isNameWord(t.w))) {
      i++;
      continue;
    }
    const run: WordTok[] = [t];
    let j = i + 1;
    while (j < toks.length) {
      const prev = run[run.length - 1];
      const cur = toks[j];
      if (!prev || !cur) break;
      const gap = s.slice(prev.end, cur.start);
      const initialGap = prev.w.length === 1 && /^\.\s{1,2}$/.test(gap);
      if (!(/^ {1,2}$/.test(gap) || initialGap)) break;
      if (isNameWord(cur.w)) {
        run.push(cur);
      } else if (SURNAME_TOO.has(cur.w) && (run.length >= 2 || /^[ \t]*(?:$|[\n,.;:)(|<[])/.test(s.slice(cur.end, cur.end + 3)))) {
        // "Marit Årdal Hope": a common word that is also a surname, after two name words.
        run.push(cur);
      } else if (NAME_PARTICLES.has(cur.w)) {
        // "van der Berg": one or more particles, then a capitalised word.
        let k = j;
        while (k < toks.length && NAME_PARTICLES.has(toks[k]?.w ?? '') && k - j < 3) k++;
        if (!isNameWord(toks[k]?.w ?? '')) break;
        for (let q = j; q < k; q++) {
          const pt = toks[q];
          if (pt) run.push(pt);
        }
        j = k - 1;
      } else {
        break;
      }
      j++;
    }
    // A capitalised title before a full name is not part of it: "Regiondirektør Hanne Riis".
    if (run.length >= 3 && TITLE_NOUN.test(run[0]?.w ?? '') && isNameWord(run[1]?.w ?? '')) run.shift();
    const words = run.filter((r) => !NAME_PARTICLES.has(r.w));
    const last = run[run.length - 1];
    const first = run[0];
    if (first && last && words.length >= minTokens && words.length <= 5 && !ORG_SUFFIX.test(last.w)) {
      const before = toks[i - 1];
      const gapBefore = before ? s.slice(before.end, first.start) : '';
      const adjacent = before !== undefined && /^[ ,]{1,2}$/.test(gapBefore);
      out.push({
        hit: {
          name: s.slice(first.start, last.end).replace(/\s+/g, ' '),
          start: first.start,
          end: last.end,
          greeting: adjacent && GREETINGS.has(before?.w.toLowerCase() ?? ''),
          // "fra Vest Agder" is a place; "representert ved Even Strøm" is a person.
          afterPlacePreposition:
            adjacent && /^ {1,2}$/.test(gapBefore) && PLACE_PREPOSITION.has(before?.w.toLowerCase() ?? '') && !REPRESENTED.test(toks[i - 2]?.w ?? '') &&
            !(POSSESSIVE.test(toks[i - 2]?.w ?? '') && REPRESENTED.test(toks[i - 3]?.w ?? '')),
        },
        words: words.length,
      });
    }
    i = j;
  }
  return out;
}

/** A line that is nothing but a person's name ("Ingrid Haugland"). */
export function isNameLine(line: string): boolean {
  const t = line.trim();
  if (t.length < 3 || t.length > 60 || /[\d@:;!?()]/.test(t)) return false;
  const hits = findNames(t, 2);
  const h = hits[0];
  return hits.length === 1 && h !== undefined && h.start === 0 && h.end === t.length && !FUNCTIONAL_NAME.test(t);
}

export interface Signature {
  /** Absolute offset where the signature starts (closing line or "--"). */
  start: number;
  name: string | null;
  nameStart: number;
  nameEnd: number;
  /** A first name only ("Hilsen Siri"). */
  shortName: string | null;
  title: string | null;
  titleStart: number;
  titleEnd: number;
  phone: string | null;
  phoneStart: number;
  phoneEnd: number;
  emails: Found[];
  /** Text of the signature (for organisation lookup), and its absolute offset. */
  text: string;
}

const PHONE_RE = /(?:(?:tlf|tel|telefon|mob|mobil|mobile|phone|direkte|dir|sentralbord|mob\.|tlf\.)\.?\s{0,2}:?\s{0,2})?((?:\+|00)\s?47[\s.]?)?((?:\d{2}[ .]?){3}\d{2}|\d{3}[ .]?\d{2}[ .]?\d{3})(?![\d])/iu;

/** Finds the first phone number in `s`. */
export function findPhone(s: string): Found | null {
  // Every number has digits; most texts searched here (signatures, form values) have none.
  if (!/\d/.test(s)) return null;
  const m = PHONE_RE.exec(s);
  if (!m) return null;
  const num = `${m[1] ?? ''}${m[2] ?? ''}`.trim();
  const start = m.index + m[0].indexOf((m[1] ?? m[2]) ?? '');
  return { value: num.replace(/\s+/g, ' '), start, end: start + num.length };
}

/**
 * Where the signature begins in `body` (offsets relative to `body`): a closing ("Med vennlig
 * hilsen", "Mvh Kari"), a "--" line, a phone footer, or else a trailing paragraph that starts
 * with a name line. Returns body.length if none.
 */
export function findSignatureStart(body: string): number {
  let pos = 0;
  const lines: Array<{ t: string; start: number }> = [];
  for (const line of body.split('\n')) {
    lines.push({ t: line, start: pos });
    pos += line.length + 1;
  }
  for (let k = 0; k < lines.length; k++) {
    const { t, start } = lines[k] ?? { t: '', start: 0 };
    const tt = t.trim();
    if (tt.length === 0 || tt.length > 70) continue;
    const c = closingMatch(tt);
    if (c) {
      const rest = (c[1] ?? c[2] ?? '').trim();
      // "Hilsen Siri", "Mvh Henrik Berg-Johansen" – rest must look like a name, or be empty.
      if (rest === '' || NAME_AFTER_CLOSING.test(rest)) return start + (t.length - t.trimStart().length);
    }
    if (SIGNATURE_START.test(tt)) return start + (t.length - t.trimStart().length);
  }
  // No closing: a trailing paragraph that starts with a name line is a signature.
  let k = lines.length - 1;
  while (k >= 0 && (lines[k]?.t.trim() ?? '') === '') k--;
  let p = k;
  while (p > 0 && (lines[p - 1]?.t.trim() ?? '') !== '') p--;
  const firstLine = lines[p];
  if (p > 0 && firstLine && isNameLine(firstLine.t)) return firstLine.start;
  // Name line directly after a last body sentence ("Jeg kommer.\nKari Nordmann").
  for (let q = Math.max(1, k - 5); q <= k; q++) {
    const l = lines[q];
    if (l && isNameLine(l.t) && q > 0 && /[.!]\s*$/.test(lines[q - 1]?.t ?? '')) return l.start;
  }
  return body.length;
}

// Signatures repeat ("Mvh\nKari Nordmann"): parsed once at offset 0, then moved.
const SIGNATURES = new Memo<Signature>(5_000, 600);

/** An offset moved by `abs` (−1, none, stays −1). */
function moved(v: number, abs: number): number {
  return v < 0 ? v : v + abs;
}

/** Parses a signature; `sig` is the signature text, `abs` its absolute offset. */
export function parseSignature(sig: string, abs: number): Signature {
  const r = SIGNATURES.get(sig, parseSignatureAt0);
  return {
    ...r,
    start: abs,
    nameStart: moved(r.nameStart, abs),
    nameEnd: r.nameStart < 0 ? r.nameEnd : r.nameEnd + abs,
    titleStart: moved(r.titleStart, abs),
    titleEnd: r.titleStart < 0 ? r.titleEnd : r.titleEnd + abs,
    phoneStart: moved(r.phoneStart, abs),
    phoneEnd: r.phoneStart < 0 ? r.phoneEnd : r.phoneEnd + abs,
    emails: r.emails.map((e) => ({ value: e.value, start: e.start + abs, end: e.end + abs })),
  };
}

function parseSignatureAt0(sig: string): Signature {
  return parseSignatureUncached(sig, 0);
}

function parseSignatureUncached(sig: string, abs: number): Signature {
  const out: Signature = {
    start: abs, name: null, nameStart: -1, nameEnd: -1, shortName: null, title: null, titleStart: -1, titleEnd: -1,
    phone: null, phoneStart: -1, phoneEnd: -1, emails: findEmails(sig, abs), text: sig,
  };
  const lines: Array<{ t: string; start: number }> = [];
  let pos = 0;
  for (const line of sig.split('\n')) {
    lines.push({ t: line, start: pos });
    pos += line.length + 1;
  }
  let nameLine = -1;
  const first = lines[0];
  if (first) {
    const c = closingMatch(first.t.trim());
    const rest = c ? (c[1] ?? c[2] ?? '').trim() : '';
    if (rest) {
      const off = first.t.lastIndexOf(rest);
      const hits = findNames(rest, 1);
      const h = hits[0];
      if (h && h.start === 0 && !FUNCTIONAL_NAME.test(h.name)) {
        if (h.name.includes(' ')) {
          out.name = h.name;
          out.nameStart = abs + first.start + off;
          out.nameEnd = out.nameStart + h.name.length;
          nameLine = 0;
        } else {
          out.shortName = h.name;
        }
      }
    }
  }
  if (out.name === null) {
    for (let k = 0; k < lines.length && k < 8; k++) {
      const l = lines[k];
      if (!l) continue;
      const t = l.t.trim();
      if (k === 0 && (closingMatch(t) !== null || SIGNATURE_START.test(t))) continue;
      if (t === '') continue;
      if (isNameLine(t)) {
        if (out.shortName && !t.toLowerCase().startsWith(out.shortName.toLowerCase()) && out.name === null) {
          // "Hilsen Siri" then a different name: keep looking, but accept if nothing better.
        }
        out.name = t.replace(/\s+/g, ' ');
        out.nameStart = abs + l.start + (l.t.length - l.t.trimStart().length);
        out.nameEnd = out.nameStart + t.length;
        nameLine = k;
        break;
      }
    }
  }
  // Title: on the line after the name, the part that holds a title word.
  if (nameLine >= 0) {
    for (let k = nameLine + 1; k < Math.min(lines.length, nameLine + 3); k++) {
      const l = lines[k];
      if (!l) continue;
      const parts = l.t.split(/\s*[,|/]\s*/);
      const part = parts.find((x) => TITLE_WORD.test(x) && !/fylkeskommune|kommune\b/i.test(x));
      if (part && part.trim().length <= 60) {
        const tt = part.trim();
        out.title = tt;
        out.titleStart = abs + l.start + l.t.indexOf(tt);
        out.titleEnd = out.titleStart + tt.length;
        break;
      }
    }
  }
  const ph = findPhone(sig);
  if (ph) {
    out.phone = ph.value;
    out.phoneStart = abs + ph.start;
    out.phoneEnd = abs + ph.end;
  }
  return out;
}

/** Title given just before a name in running text ("rådgiver Eirik Tveit"). */
export function titleBefore(s: string, nameStart: number): { title: string; start: number } | null {
  const w = wordBefore(s, nameStart);
  if (!w || !TITLE_WORD.test(w.word) || /kollega/i.test(w.word)) return null;
  return { title: w.word, start: w.start };
}

/**
 * The word (letters and hyphens) right before the white space before `nameStart`, within the 40
 * characters before it: what /([\p{L}-]+)\s+$/u finds in them, found from the name backwards
 * (the regex tried every position of the 40 characters).
 */
export function wordBefore(s: string, nameStart: number): { word: string; start: number } | null {
  const from = Math.max(0, nameStart - 40);
  let e = nameStart;
  while (e > from && isSpaceCode(s.charCodeAt(e - 1))) e--;
  if (e === nameStart) return null;
  let b = e;
  while (b > from) {
    const c = s.charCodeAt(b - 1);
    // A letter outside the BMP is a surrogate pair (both halves inside the 40 characters).
    const pair = c >= 0xdc00 && c <= 0xdfff && b - 2 >= from ? s.slice(b - 2, b) : '';
    if (pair && WORD_CHAR.test(pair)) b -= 2;
    else if (WORD_CHAR.test(s[b - 1] ?? '')) b--;
    else break;
  }
  return b === e ? null : { word: s.slice(b, e), start: b };
}

const WORD_CHAR = /^[\p{L}-]$/u;
