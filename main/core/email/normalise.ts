/**
 * Normalisation of a paste before parsing, with an offset map back to the original text.
 *
 * Why: the organiser pastes text from Outlook, Gmail and web mail. The same reply can arrive
 * with CRLF line ends, non-breaking spaces, zero-width characters, `<mailto:…>` and `[cid:…]`
 * link/image artefacts, decomposed accents, or even raw HTML source. The parser works on one
 * clean representation, but every span it reports must point into the ORIGINAL string (the UI
 * highlights the original paste), hence the map.
 */
import { isC1, NEEDS_STAND_IN, STAND_INS, standInFor } from './standins';
import type { Span } from './types';
import { latin1Copy } from './util';

export interface Normalised {
  /** The normalised text: only '\n' line ends, plain spaces, no zero-width characters. */
  text: string;
  /** Length of the original string. */
  originalLength: number;
  /** Maps a half-open range of the normalised text to the original text. */
  toOriginal(start: number, end: number): Span;
  /** The text holds stand-ins for typographic characters (standins.ts): write them back in results. */
  readonly standIns: boolean;
  /** Every character of the text is at most U+00FF (and stored one byte per character where Node's Buffer is). */
  readonly narrow: boolean;
}

const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x200e, 0x200f]);

/** Unicode space characters that HTML-to-text conversion leaves behind. */
function isOddSpace(c: number): boolean {
  // Tabs are kept: they separate the columns of a table pasted from Word or Excel.
  return c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

// eslint-disable-next-line no-misleading-character-class -- the range of combining accents (U+0300–U+036F) is meant
const NEEDS_WORK = /[\r\u00a0\u00ad\t\v\f\u0000-\u0008\u000e-\u001f\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff\u0300-\u036f]|<mailto:|\[cid:|&(?:nbsp|amp|lt|gt|quot|apos|#\d{1,5}|#x[0-9a-f]{1,4});/i;

const HTML_HINT = /<(?:!doctype|html|body|div|p|br|span|table|td|font|a\s+href)\b[^>]{0,300}>/gi;

const ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", aelig: 'æ', AElig: 'Æ', oslash: 'ø',
  Oslash: 'Ø', aring: 'å', Aring: 'Å', eacute: 'é', Eacute: 'É', auml: 'ä', ouml: 'ö', uuml: 'ü',
  Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»',
  rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', bull: '•', middot: '·', shy: '', zwnj: '', zwj: '',
};

/** Looks like HTML source (someone pasted "view source" or an .htm file) rather than text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4000).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  HTML_HINT.lastIndex = 0;
  let count = 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  while (HTML_HINT.exec(sample) !== null) {
    if (++count >= 4) return true;
  }
  return false;
}

/** A character the normaliser keeps unchanged with width 1 (NaN: no). */
/**
 * Runs of characters keptAsIs accepts (the same classes), for the fast path: one-byte runs, and
 * runs that start with a letter above U+00FF (which make the text two bytes per character).
 */
const KEPT_RUN = /[\x20-\x25\x27-\x3b\x3d-\x5a\x5c-\x7e\n\t\xa1-\xac\xae-\xff]+/y;
const KEPT_RUN_HTML = /[\x20-\x25\x27-\x3b\x3d-\x5a\x5c-\x7e\xa1-\xac\xae-\xff]+/y;
const KEPT_RUN_WIDE = /[\x20-\x25\x27-\x3b\x3d-\x5a\x5c-\x7e\n\t\xa1-\xac\xae-\u02ff]+/y;
const KEPT_RUN_WIDE_HTML = /[\x20-\x25\x27-\x3b\x3d-\x5a\x5c-\x7e\xa1-\xac\xae-\u02ff]+/y;

function keptAsIs(c: number, html: boolean): boolean {
  return (c >= 0x20 && c < 0x7f && c !== 0x3c && c !== 0x5b && c !== 0x26) || ((c === 0x0a || c === 0x09) && !html) || (c >= 0xa1 && c < 0x300 && c !== 0xad);
}

/**
 * The normalised text under construction, kept as runs: a run copied unchanged from the original
 * (one slice, offsets 1:1) or a single replaced character standing for `width` original ones.
 * Why runs: most of any paste is copied as it is, and a per-character offset table for a 10 MB
 * paste cost more than the rest of the normalisation.
 */
class Builder {
  private readonly parts: string[] = [];
  /** Per run: start in the normalised text, start in the original, width of a single (0 = copied run). */
  private readonly segNorm: number[] = [];
  private readonly segOrig: number[] = [];
  private readonly segWidth: number[] = [];
  len = 0;
  private lastCode = -1;
  /** A character above U+00FF was written (the text is two bytes per character). */
  wide = false;
  /** The original holds a character above U+00FF (its slices are two bytes per character). */
  wideOriginal = false;
  /** A stand-in was written. */
  standIns = false;
  constructor(private readonly original: string) {}
  /** Copies original[from, to) unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(this.original.slice(from, to));
    this.segNorm.push(this.len);
    this.segOrig.push(from);
    this.segWidth.push(0);
    this.len += to - from;
    this.lastCode = this.original.charCodeAt(to - 1);
  }
  /**
   * One character standing for `width` characters of the original from `origStart`. A
   * typographic character is written as its stand-in; a C1 control character as a space.
   */
  push(code: number, origStart: number, width: number): void {
    if (code >= 0x80) {
      const s = STAND_INS.enabled ? standInFor(code) : 0;
      if (s !== 0) {
        code = s;
        this.standIns = true;
      } else if (isC1(code)) code = 0x20;
      else if (code > 0xff) this.wide = true;
    }
    this.parts.push(String.fromCharCode(code));
    this.segNorm.push(this.len);
    this.segOrig.push(origStart);
    this.segWidth.push(Math.max(1, width));
    this.len++;
    this.lastCode = code;
  }
  last(): number {
    return this.lastCode;
  }
  /** Replaces the last character by `code`, now also covering the next original character. */
  composeLast(code: number): void {
    if (code > 0xff) this.wide = true;
    const k = this.parts.length - 1;
    const part = this.parts[k] ?? '';
    const w = this.segWidth[k] ?? 0;
    if (w > 0) {
      this.parts[k] = String.fromCharCode(code);
      this.segWidth[k] = w + 1;
    } else {
      // The last character of a copied run: the run loses it, a single takes its place.
      const origAt = (this.segOrig[k] ?? 0) + part.length - 1;
      if (part.length === 1) {
        this.parts.pop();
        this.segNorm.pop();
        this.segOrig.pop();
        this.segWidth.pop();
      } else this.parts[k] = part.slice(0, -1);
      this.len--;
      this.push(code, origAt, 2);
    }
    this.lastCode = code;
  }
  finish(n: number): Normalised {
    let text = this.parts.join('');
    // Slices of a two-byte original are two bytes per character even when their characters are
    // not: the joined text is copied into one byte per character.
    const narrow = !this.wide;
    if (narrow && this.wideOriginal) text = latin1Copy(text);
    return new MappedText(text, n, this.len, Int32Array.from(this.segNorm), Int32Array.from(this.segOrig), Int32Array.from(this.segWidth), this.standIns, narrow);
  }
}

/**
 * A normalised text whose offsets map back through runs (see Builder). A class, not a closure
 * per paste: code that calls toOriginal stays optimised from one paste to the next.
 */
class MappedText implements Normalised {
  /** The run found last: spans are asked for in text order, mostly in it or the run after it. */
  private hint = 0;
  constructor(
    readonly text: string,
    readonly originalLength: number,
    private readonly len: number,
    /** Per run: start in the normalised text, start in the original, width of a single (0 = copied run). */
    private readonly segNorm: Int32Array,
    private readonly segOrig: Int32Array,
    private readonly segWidth: Int32Array,
    readonly standIns: boolean,
    readonly narrow: boolean,
  ) {}

  /** The last run starting at or before normalised position p (0 ≤ p < len). */
  private at(p: number): number {
    const segNorm = this.segNorm;
    const runs = segNorm.length;
    for (let k = this.hint; k <= this.hint + 1 && k < runs; k++) {
      if ((segNorm[k] ?? 0) <= p && (k + 1 >= runs || (segNorm[k + 1] ?? 0) > p)) return (this.hint = k);
    }
    let lo = 0;
    let hi = runs - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((segNorm[mid] ?? 0) <= p) lo = mid;
      else hi = mid - 1;
    }
    return (this.hint = lo);
  }

  toOriginal(start: number, end: number): Span {
    const { len, originalLength: n, segNorm, segOrig, segWidth } = this;
    const s = clamp(start, len);
    const e = clamp(end, len);
    if (s >= len) return { start: n, end: n };
    const ks = this.at(s);
    const os = (segWidth[ks] ?? 0) > 0 ? (segOrig[ks] ?? n) : (segOrig[ks] ?? n) + (s - (segNorm[ks] ?? 0));
    if (e <= s) return { start: os, end: os };
    const last = e - 1;
    const kl = this.at(last);
    const wl = segWidth[kl] ?? 0;
    const oe = wl > 0 ? (segOrig[kl] ?? n) + wl : (segOrig[kl] ?? n) + (last - (segNorm[kl] ?? 0)) + 1;
    return { start: os, end: Math.min(n, Math.max(os, oe)) };
  }
}

/** A text the normaliser left as it was: offsets are the same. */
class SameText implements Normalised {
  readonly standIns = false;
  /** Not known without reading the text (the analysis makes one-byte copies of replies where it can). */
  readonly narrow = false;
  constructor(readonly text: string) {}
  get originalLength(): number {
    return this.text.length;
  }
  toOriginal(start: number, end: number): Span {
    const n = this.text.length;
    return { start: clamp(start, n), end: clamp(end, n) };
  }
}

/**
 * `text.indexOf(needle, from)` for calls with non-decreasing `from`: a found position is reused
 * while it lies ahead, and "not found" stays "not found". Why: a paste with thousands of '<' or
 * '&' and no closing character after them must not be searched to its end once per character.
 */
class Finder {
  private from = Number.MAX_SAFE_INTEGER;
  private found = -1;
  constructor(private readonly text: string, private readonly needle: string) {}
  next(from: number): number {
    if (from >= this.from && (this.found < 0 || this.found >= from)) return this.found;
    this.from = from;
    this.found = this.text.indexOf(this.needle, from);
    return this.found;
  }
}

function decodeEntity(src: string, i: number, semicolons: Finder): { text: string; width: number } | null {
  // src[i] === '&'
  const semi = semicolons.next(i + 1);
  if (semi < 0 || semi - i > 10) return null;
  const body = src.slice(i + 1, semi);
  let text: string | undefined;
  if (body.startsWith('#x') || body.startsWith('#X')) {
    const n = parseInt(body.slice(2), 16);
    if (Number.isFinite(n) && n > 0 && n < 0xffff) text = String.fromCharCode(n);
  } else if (body.startsWith('#')) {
    const n = parseInt(body.slice(1), 10);
    if (Number.isFinite(n) && n > 0 && n < 0xffff) text = String.fromCharCode(n);
  } else {
    text = ENTITIES[body];
  }
  if (text === undefined) return null;
  return { text, width: semi + 1 - i };
}

const BLOCK_TAGS = new Set(['br', 'p', 'div', 'tr', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'table', 'hr', 'ul', 'ol']);
const DROP_CONTENT_TAGS = new Set(['style', 'script', 'head', 'title']);

/**
 * Normalises a paste. Plain text that needs no change is returned as is with an identity map
 * (the common, fast case).
 */
export function normalise(original: string): Normalised {
  const n = original.length;
  const html = looksLikeHtml(original);
  if (!html && !NEEDS_WORK.test(original) && !NEEDS_STAND_IN.test(original)) return new SameText(original);
  const b = new Builder(original);
  // The paste in lower case, for finding closing tags; made once, when first needed.
  let lowered: string | null = null;
  const gt = new Finder(original, '>');
  const bracket = new Finder(original, ']');
  const semicolons = new Finder(original, ';');
  const commentEnd = new Finder(original, '-->');
  const endTags = new Map<string, Finder>();
  const keptRun = html ? KEPT_RUN_HTML : KEPT_RUN;
  const keptRunWide = html ? KEPT_RUN_WIDE_HTML : KEPT_RUN_WIDE;
  let i = 0;
  while (i < n) {
    // Fast path: a run of characters that are kept as they are (most of any paste), copied in
    // a tight loop on local variables.
    const c = original.charCodeAt(i);
    if (keptAsIs(c, html)) {
      // The run's end, found by the regex engine (compiled to a native scan) rather than a loop
      // over characters.
      let run = keptRun;
      if (c > 0xff) {
        run = keptRunWide;
        b.wide = true;
        b.wideOriginal = true;
      }
      run.lastIndex = i;
      const j = run.test(original) ? run.lastIndex : i + 1;
      b.copy(i, j);
      i = j;
      continue;
    }
    if (c > 0xff) b.wideOriginal = true;
    if (c === 0x0d) {
      const w = original.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      b.push(0x0a, i, w);
      i += w;
      continue;
    }
    if (html && c === 0x0a) {
      // In HTML source, line breaks are just whitespace; tags decide the layout.
      if (b.last() !== 0x20 && b.last() !== 0x0a) b.push(0x20, i, 1);
      i++;
      continue;
    }
    if (c === 0x2028 || c === 0x2029 || c === 0x0b || c === 0x0c) {
      b.push(0x0a, i, 1);
      i++;
      continue;
    }
    if (ZERO_WIDTH.has(c)) {
      i++;
      continue;
    }
    if (isOddSpace(c)) {
      b.push(0x20, i, 1);
      i++;
      continue;
    }
    if (c < 0x20 && c !== 0x0a) {
      // Control characters (binary junk) become spaces so that nothing downstream chokes.
      b.push(0x20, i, 1);
      i++;
      continue;
    }
    if (c >= 0x300 && c <= 0x36f && b.len > 0) {
      // Decomposed accent (e.g. "a" + ring): compose with the previous character if possible.
      const composed = (String.fromCharCode(b.last()) + original[i]).normalize('NFC');
      if (composed.length === 1) {
        b.composeLast(composed.charCodeAt(0));
        i++;
        continue;
      }
    }
    if (c === 0x3c /* < */) {
      if (original.startsWith('<mailto:', i) || original.startsWith('<MAILTO:', i)) {
        const close = gt.next(i);
        if (close > 0 && close - i < 320) {
          // "x@y.no<mailto:x@y.no>": the link target duplicates the visible text, drop it. A
          // lone "Name <mailto:x@y.no>" keeps the address (the header parser strips "mailto:").
          const target = original.slice(i + 8, close).trim();
          const before = original.slice(Math.max(0, i - target.length - 2), i).trimEnd();
          if (target.length > 0 && before.toLowerCase().endsWith(target.toLowerCase())) {
            i = close + 1;
            continue;
          }
        }
      }
      if (html) {
        const close = gt.next(i);
        if (close > 0) {
          const tag = /^<\/?([a-zA-Z0-9]+)/.exec(original.slice(i, Math.min(close, i + 20)));
          const name = tag?.[1]?.toLowerCase() ?? '';
          const closing = original.charCodeAt(i + 1) === 0x2f;
          if (DROP_CONTENT_TAGS.has(name) && !closing) {
            lowered ??= original.toLowerCase();
            let finder = endTags.get(name);
            if (!finder) endTags.set(name, (finder = new Finder(lowered, `</${name}`)));
            const endTag = finder.next(close);
            const endClose = endTag < 0 ? -1 : gt.next(endTag);
            i = endClose < 0 ? close + 1 : endClose + 1;
            continue;
          }
          if (original.startsWith('<!--', i)) {
            const endC = commentEnd.next(i);
            i = endC < 0 ? n : endC + 3;
            continue;
          }
          if (BLOCK_TAGS.has(name)) b.push(0x0a, i, close + 1 - i);
          // Table cells are separated like tab-separated text ("<td>Per Hansen</td><td>per@…").
          else if ((name === 'td' || name === 'th') && !closing && b.last() !== 0x20 && b.last() !== 0x0a) b.push(0x20, i, close + 1 - i);
          i = close + 1;
          continue;
        }
      }
    }
    if (c === 0x5b /* [ */ && (original.startsWith('[cid:', i) || original.startsWith('[CID:', i))) {
      const close = bracket.next(i);
      if (close > 0 && close - i < 320) {
        i = close + 1;
        continue;
      }
    }
    if (c === 0x26 /* & */) {
      const ent = decodeEntity(original, i, semicolons);
      if (ent) {
        const t = ent.text;
        if (t.length === 1) {
          const tc = t.charCodeAt(0);
          b.push(isOddSpace(tc) ? 0x20 : tc, i, ent.width);
        }
        i += ent.width;
        continue;
      }
    }
    b.push(c, i, 1);
    i++;
  }
  return b.finish(n);
}

function clamp(v: number, max: number): number {
  return v < 0 ? 0 : v > max ? max : v;
}

/**
 * Crude detection of binary or garbage input: too many control/replacement characters, or
 * almost no letters. Why: a mis-pasted file must give a clear warning instead of nonsense.
 */
export function looksLikeGarbage(text: string): boolean {
  const sample = text.length > 100_000 ? text.slice(0, 100_000) : text;
  let control = 0;
  let letters = 0;
  let visible = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x09 || c === 0x20) continue;
    visible++;
    if (c < 0x20 || c === 0xfffd || (c >= 0x7f && c < 0xa0)) control++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) letters++;
  }
  if (visible === 0) return false;
  if (control / visible > 0.05) return true;
  return visible >= 20 && letters / visible < 0.35;
}
