/**
 * Stand-ins (standins.ts): a paste with typographic dashes and quotes is parsed one byte per
 * character, and must give exactly what it gives without stand-ins. Every sample and fixture is
 * parsed both ways, as written and with its apostrophes, quotes, dashes, ellipses and bullets made
 * typographic (so that every rule naming such a character meets it).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultParseContext, parseEmails } from '../../../main/core/email';
import { normalise } from '../../../main/core/email/normalise';
import { restored, STAND_INS, withStandInChars, withStandIns } from '../../../main/core/email/standins';
import { generateReplies } from '../../../main/core/email/bench';
import { FIXTURES_DIR, REPO_ROOT, SAMPLES_DIR } from './helpers';

const TYPOGRAPHIC = '€‐‑−„…‒′″‚‹‘’“”•–—›';

afterEach(() => {
  STAND_INS.enabled = true;
});

describe('withStandIns', () => {
  it('adds the stand-in inside a class and makes a class outside one', () => {
    expect(withStandIns(/[’-]x/u).source).toBe(String.raw`[’\x92-]x`);
    expect(withStandIns(/a—\s*/).source).toBe(String.raw`a[—\x97]\s*`);
    expect(withStandIns(/can['’]t/).test('can\x92t')).toBe(true);
    expect(withStandIns(/n’t$/).test('don\x92t')).toBe(true);
    expect(withStandIns(/[^“”\n]/).test('\x94')).toBe(false);
  });
  it('keeps flags, leaves escapes alone and returns a regex without such characters as it is', () => {
    const re = /ab[c-]\u2013/giu;
    expect(withStandIns(re)).toBe(re);
    expect(withStandIns(/–/giu).flags).toBe('giu');
  });
  it('refuses a typographic character that bounds a class range', () => {
    expect(() => withStandIns(/[a-–]/u)).toThrow(/class range/);
    expect(() => withStandIns(/[–-‚]/u)).toThrow(/class range/);
  });
});

describe('stand-in characters', () => {
  it('are written back as the characters they stand for', () => {
    for (const ch of TYPOGRAPHIC) {
      const s = withStandInChars(`a${ch}b`);
      expect(s.charCodeAt(1)).toBeGreaterThanOrEqual(0x80);
      expect(s.charCodeAt(1)).toBeLessThanOrEqual(0x9f);
      expect(restored(s)).toBe(`a${ch}b`);
    }
  });
  it('none is a letter, digit or space, and no stand-in is white space', () => {
    for (const ch of TYPOGRAPHIC) {
      expect(/[\p{L}\p{N}\s]|\p{Extended_Pictographic}/u.test(ch)).toBe(false);
      expect(/\s/.test(withStandInChars(ch))).toBe(false);
    }
  });
});

describe('normalise with stand-ins', () => {
  it('gives a one-byte text of the same length and offsets', () => {
    const text = 'Tid: 10.00–15.30 — «Det går fint», sa hun. Jeg’ll komme…\r\nHilsen Kari';
    const n = normalise(text);
    expect(n.standIns).toBe(true);
    expect(n.narrow).toBe(true);
    expect(/[^\x00-\xff]/.test(n.text)).toBe(false);
    expect(restored(n.text)).toBe(text.replace('\r\n', '\n'));
    const at = text.indexOf('—');
    expect(n.toOriginal(at, at + 1)).toEqual({ start: at, end: at + 1 });
  });
  it('keeps a text with other wide characters two bytes per character, still with stand-ins', () => {
    const n = normalise('Kárášjohka – Karasjok\r\n');
    expect(n.narrow).toBe(false);
    expect(n.standIns).toBe(true);
    expect(restored(n.text)).toBe('Kárášjohka – Karasjok\n');
  });
  it('turns C1 control characters of a paste into spaces, so that no stand-in is ambiguous', () => {
    const n = normalise('Hei\x96 Kari\x92s');
    expect(n.text).toBe('Hei  Kari s');
  });
});

/** The same text with its punctuation typographic, as Word and Outlook write it. */
function typographic(t: string): string {
  let open = true;
  return t
    .replace(/'/g, '’')
    .replace(/"/g, () => {
      open = !open;
      return open ? '”' : '“';
    })
    .replace(/(\d) ?- ?(\d)/g, '$1–$2')
    .replace(/ - /g, ' – ')
    .replace(/--/g, '—')
    .replace(/\.\.\./g, '…')
    .replace(/^(\s*)[-*] /gm, '$1• ');
}

/** Every hyphen a typographic one, and quotes as low-high pairs: rules naming "-" meet "‐" and "–". */
function hyphenated(t: string): string {
  let open = true;
  return t.replace(/-/g, (_, i: number) => (i % 2 === 0 ? '‐' : '–')).replace(/"/g, () => {
    open = !open;
    return open ? '“' : '„';
  });
}

/** The sample and fixture directories, each with its replies. */
function textDirs(): Array<[string, string[]]> {
  const dirs = [SAMPLES_DIR, FIXTURES_DIR, ...readdirSync(path.join(REPO_ROOT, 'test/fixtures')).filter((d) => d.startsWith('email-holdout')).sort().map((d) => path.join(REPO_ROOT, 'test/fixtures', d))];
  return dirs
    .filter((d) => existsSync(d))
    .map((d) => [path.basename(d), readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(d, f), 'utf8'))] as [string, string[]])
    .filter(([, ts]) => ts.length > 0);
}

describe('parsing with and without stand-ins gives the same result', () => {
  const ctx = defaultParseContext();
  const both = (t: string): [unknown, unknown] => {
    STAND_INS.enabled = false;
    const plain = parseEmails(t, ctx);
    STAND_INS.enabled = true;
    return [parseEmails(t, ctx), plain];
  };
  const dirs = textDirs();
  it('on the samples and every fixture directory', () => {
    expect(dirs.length).toBeGreaterThan(10);
    expect(dirs.reduce((n, [, ts]) => n + ts.length, 0)).toBeGreaterThan(1000);
  });
  for (const [dir, ts] of dirs) {
    it(`${dir}: ${ts.length} replies, as written and made typographic`, () => {
      let typo = 0;
      for (const t of ts) {
        for (const variant of [t, typographic(t), hyphenated(t)]) {
          if (variant !== t) typo++;
          const [a, b] = both(variant);
          expect(a).toEqual(b);
          expect(JSON.stringify(a)).not.toMatch(/[\u0080-\u009f]/);
        }
      }
      // The variants do bring the characters in: nearly every reply has a quote or a dash.
      expect(typo).toBeGreaterThan(ts.length / 2);
    });
  }
  it('on a generated paste of 300 replies', () => {
    const t = generateReplies(300, 7);
    const [a, b] = both(typographic(t));
    expect(a).toEqual(b);
  });
  it('on random pastes built from header lines, sign-up wording and typographic characters', () => {
    const pieces = [
      'Fra: Kari Nordmann <kari@hfk.no>\n', 'Sendt: 1. september 2015 10:12\n', 'Til: Aina Sofie Brox\n', 'Emne: SV: Invitasjon\n', '\n',
      'Jeg kommer', ' ikke', '.', ', men ', 'Ola Hansen', ' (ola@rogfk.no)', ' er vegetarianer', 'I can’t attend', ' “melder på”', ' – ', '—', '…', '•', '’', '‘', '„', '”',
      ' vi blir to', 'Med vennlig hilsen\n', '-----Original Message-----\n', '> sitert\n', 'Den fre. 28. aug. 2015 kl. 10:44 skrev Aina <a@kdu.no>:\n',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (a) => {
        const t = a.join('');
        const [x, y] = both(t);
        expect(x).toEqual(y);
      }),
      { numRuns: 300 },
    );
  });
});
