/**
 * Normalisation of a paste before parsing, with an offset map back to the original text.
 *
 * Why: the organiser pastes text from Outlook, Gmail and web mail. The same reply can arrive
 * with CRLF line ends, non-breaking spaces, zero-width characters, `<mailto:…>` and `[cid:…]`
 * link/image artefacts, decomposed accents, or even raw HTML source. The parser works on one
 * clean representation, but every span it reports must point into the ORIGINAL string (the UI
 * highlights the original paste), hence the map.
 */
import type { Span } from './types';

export interface Normalised {
  /** The normalised text: only '\n' line ends, plain spaces, no zero-width characters. */
  text: string;
  /** Length of the original string. */
  originalLength: number;
  /** Maps a half-open range of the normalised text to the original text. */
  toOriginal(start: number, end: number): Span;
}

const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x200e, 0x200f]);

/** Unicode space characters that HTML-to-text conversion leaves behind. */
function isOddSpace(c: number): boolean {
  return c === 0xa0 || c === 0x09 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
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
function keptAsIs(c: number, html: boolean): boolean {
  return (c >= 0x20 && c < 0x7f && c !== 0x3c && c !== 0x5b && c !== 0x26) || (c === 0x0a && !html) || (c >= 0xa1 && c < 0x300 && c !== 0xad);
}

class Builder {
  readonly codes: Uint16Array;
  readonly starts: Int32Array;
  readonly widths: Uint8Array;
  len = 0;
  constructor(n: number) {
    // Output is never longer than input: every rule maps ≥1 input unit to ≤1 output unit.
    this.codes = new Uint16Array(Math.max(1, n));
    this.starts = new Int32Array(n + 1);
    this.widths = new Uint8Array(Math.max(1, n));
  }
  push(code: number, origStart: number, width: number): void {
    this.codes[this.len] = code;
    this.starts[this.len] = origStart;
    this.widths[this.len] = width > 255 ? 255 : width;
    this.len++;
  }
  last(): number {
    return this.len > 0 ? (this.codes[this.len - 1] ?? -1) : -1;
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
  if (!html && !NEEDS_WORK.test(original)) {
    return {
      text: original,
      originalLength: n,
      toOriginal: (start, end) => ({ start: clamp(start, n), end: clamp(end, n) }),
    };
  }
  const b = new Builder(n);
  const { codes, starts: bStarts, widths: bWidths } = b;
  // The paste in lower case, for finding closing tags; made once, when first needed.
  let lowered: string | null = null;
  const gt = new Finder(original, '>');
  const bracket = new Finder(original, ']');
  const semicolons = new Finder(original, ';');
  const commentEnd = new Finder(original, '-->');
  const endTags = new Map<string, Finder>();
  let i = 0;
  while (i < n) {
    // Fast path: a run of characters that are kept as they are (most of any paste), copied in
    // a tight loop on local variables.
    let c = original.charCodeAt(i);
    if (keptAsIs(c, html)) {
      let len = b.len;
      do {
        codes[len] = c;
        bStarts[len] = i;
        bWidths[len] = 1;
        len++;
        i++;
        c = original.charCodeAt(i); // NaN at the end: not kept
      } while (keptAsIs(c, html));
      b.len = len;
      continue;
    }
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
      const prev = String.fromCharCode(b.codes[b.len - 1] ?? 0x20);
      const composed = (prev + original[i]).normalize('NFC');
      if (composed.length === 1) {
        b.codes[b.len - 1] = composed.charCodeAt(0);
        const w = (b.widths[b.len - 1] ?? 1) + 1;
        b.widths[b.len - 1] = w > 255 ? 255 : w;
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
  b.starts[b.len] = n;
  const text = decodeUtf16(b.codes, b.len);
  const len = b.len;
  const starts = b.starts;
  const widths = b.widths;
  return {
    text,
    originalLength: n,
    toOriginal: (start, end) => {
      const s = clamp(start, len);
      const e = clamp(end, len);
      const os = starts[s] ?? n;
      if (e <= s) return { start: os, end: os };
      const last = e - 1;
      const oe = (starts[last] ?? n) + (widths[last] ?? 1);
      return { start: os, end: Math.min(n, Math.max(os, oe)) };
    },
  };
}

function clamp(v: number, max: number): number {
  return v < 0 ? 0 : v > max ? max : v;
}

const UTF16 = ((): TextDecoder | null => {
  try {
    // ignoreBOM: a U+FEFF from "&#65279;" is text here, not a byte-order mark.
    return new TextDecoder('utf-16le', { ignoreBOM: true });
  } catch {
    return null;
  }
})();
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function hasSurrogate(codes: Uint16Array, len: number): boolean {
  for (let i = 0; i < len; i++) {
    const c = codes[i] ?? 0;
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

function decodeUtf16(codes: Uint16Array, len: number): string {
  // The native decoder is fastest, but it would replace lone surrogates: only without any.
  if (UTF16 && LITTLE_ENDIAN && !hasSurrogate(codes, len)) return UTF16.decode(codes.subarray(0, len));
  // Chunked fromCharCode: avoids the argument-count limit of apply.
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < len; i += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(len, i + CHUNK)) as unknown as number[]);
  }
  return out;
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
