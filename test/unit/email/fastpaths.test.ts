/**
 * The parser's speed-ups must find exactly what the plain regular expressions they replace find.
 * Each fast path is compared with its plain form on random strings drawn from the characters
 * that matter to it (so that the edge cases come up often), and on the sample replies.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { titleBefore, wordBefore } from '../../../main/core/email/people';
import { EMAIL_SOURCE, findEmails, isBlankRange, isBlankText, isSpaceCode, oneByte } from '../../../main/core/email/util';
import { detectSeparator, isQuotedLine, matchLabel } from '../../../main/core/email/headers';
import { loadCases, SAMPLES_DIR } from './helpers';

const samples = loadCases(SAMPLES_DIR).map((c) => c.text);

/** Strings of characters picked from `alphabet` (some of them multi-character pieces). */
function textOf(alphabet: string[], maxLength = 120): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...alphabet), { maxLength }).map((a) => a.join(''));
}

/** findEmails as it was: one global scan with EMAIL_SOURCE. */
function emailsByScan(s: string): Array<{ value: string; start: number; end: number }> {
  const out: Array<{ value: string; start: number; end: number }> = [];
  const re = new RegExp(EMAIL_SOURCE, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    let v = m[0];
    while (/[.'-]$/.test(v)) v = v.slice(0, -1);
    out.push({ value: v.toLowerCase(), start: m.index, end: m.index + v.length });
  }
  return out;
}

/** The word before a name as titleBefore found it: one regex over the 40 characters before. */
function wordByRegex(s: string, nameStart: number): { word: string; start: number } | null {
  const before = s.slice(Math.max(0, nameStart - 40), nameStart);
  const m = /([\p{L}-]+)\s+$/u.exec(before);
  if (!m || !m[1]) return null;
  return { word: m[1], start: nameStart - (before.length - m.index) };
}

describe('fast paths equal the plain regular expressions they replace', () => {
  const emailChars = ['a', 'B', '7', '.', '-', '_', "'", '+', '%', '@', '@', ' ', '\n', 'ø', 'x.no', 'hfk', '<', '>', '(', ')', ',', ';', 'æ'];

  it('findEmails finds what a global scan finds (random strings)', () => {
    fc.assert(
      fc.property(textOf(emailChars, 160), (s) => {
        expect(findEmails(s)).toEqual(emailsByScan(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('findEmails finds what a global scan finds (long local parts, every sample)', () => {
    const long = `${'a'.repeat(70)}@x.no b${'.'.repeat(63)}c@y.no ${'-'.repeat(10)}d@z.no`;
    expect(findEmails(long)).toEqual(emailsByScan(long));
    for (const s of samples) expect(findEmails(s)).toEqual(emailsByScan(s));
  });

  it('the word before a name is the one the regex found', () => {
    const chars = ['a', 'Å', 'é', '-', ' ', ' ', '\n', '\t', ',', '.', 'rådgiver', 'Rådgiver ', '𝓐', '\ud835', '\udc00', '1'];
    fc.assert(
      fc.property(textOf(chars, 60), fc.nat(80), (s, k) => {
        const at = Math.min(k, s.length);
        expect(wordBefore(s, at)).toEqual(wordByRegex(s, at));
      }),
      { numRuns: 5000 },
    );
    expect(titleBefore('Hei, vi sender rådgiver Eirik Tveit', 24)).toEqual({ title: 'rådgiver', start: 15 });
  });

  it('isBlankText and isBlankRange agree with trim()', () => {
    const chars = [' ', '\t', '\u00a0', '\u2003', '\ufeff', 'a', '\n', '.', '\u200b'];
    fc.assert(
      fc.property(textOf(chars, 30), fc.nat(30), fc.nat(30), (s, x, y) => {
        expect(isBlankText(s)).toBe(s.trim() === '');
        const a = Math.min(x, y, s.length);
        const b = Math.min(Math.max(x, y), s.length);
        expect(isBlankRange(s, a, b)).toBe(s.slice(a, b).trim() === '');
      }),
      { numRuns: 2000 },
    );
  });

  it('isSpaceCode is exactly the white space of \\s, for every character of the BMP', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it('isQuotedLine is /^[ ]{0,3}>/', () => {
    fc.assert(
      fc.property(textOf([' ', ' ', '>', 'a', '\t', '|'], 8), (s) => {
        expect(isQuotedLine(s)).toBe(/^[ ]{0,3}>/.test(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('oneByte keeps every character', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 80 }), (a, b) => {
        expect(oneByte(a)).toBe(a);
        expect(oneByte(a + b)).toBe(a + b);
      }),
      { numRuns: 1000 },
    );
    const wide = `Tid: 10.00–15.30 ${'x'.repeat(40)}`;
    expect(oneByte(wide.slice(wide.indexOf('x')))).toBe('x'.repeat(40));
  });

  it('header labels: the same label, value and offset as the one regex before', () => {
    const chars = ['Fra', 'Til', 'Emne', 'Sendt', 'Kopi', 'From', 'kopi til', ' ', '\t', '*', '_', ':', 'x', 'Tid', '-', 'a', ' **'];
    const LABEL_RE = /^[ \t]{0,3}[*_]{0,2}([A-Za-zÅÆØåæøä -]{2,12}?)[ \t]{0,2}[*_]{0,2}[ \t]{0,2}:[*_]{0,2}(?:[ \t]+|$)(.*)$/;
    const labels: Record<string, string> = { fra: 'from', til: 'to', emne: 'subject', sendt: 'sent', kopi: 'cc', from: 'from', 'kopi til': 'cc', tid: '' };
    const before = (s: string): { label: string; value: string; valueOffset: number } | null => {
      if (s.indexOf(':') < 0 || s.indexOf(':') > 23) return null;
      const m = LABEL_RE.exec(s);
      const label = m ? labels[(m[1] ?? '').trim().toLowerCase()] : undefined;
      if (!m || !label) return null;
      const raw = m[2] ?? '';
      const valueOffset = s.length - raw.length + (raw.length - raw.trimStart().length);
      return { label, value: raw.trim().replace(/^[*_]{1,2}|[*_]{1,2}$/g, '').trim(), valueOffset };
    };
    fc.assert(
      fc.property(textOf(chars, 12), (s) => {
        expect(matchLabel(s)).toEqual(before(s));
      }),
      { numRuns: 5000 },
    );
  });

  it('separators: the quick rejection never drops a separator line', () => {
    const lines = ['-----Original Message-----', '---------- Forwarded message ---------', '________________________________', 'Begin forwarded message:', 'Videresendt melding:', '-- Videresendt av Kari --', 'Start på videresendt melding'];
    for (const l of lines) expect(detectSeparator(l)).not.toBeNull();
    expect(detectSeparator('Jeg kommer gjerne.')).toBeNull();
  });
});
