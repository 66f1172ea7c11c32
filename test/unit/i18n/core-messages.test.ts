import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIET_WORDS } from '../../../main/core/diet-words';
import { DIET_CODES, DIET_LABELS_NB } from '../../../main/core/email/diets';
import { en } from '../../../main/core/i18n/en';
import { keyOf, msg, note, noteList, parseNote, render, t, withLang } from '../../../main/core/i18n';
import { nn } from '../../../main/core/i18n/nn';
import { placeholders, scanMain } from '../../helpers/i18n-keys';

// The core's catalogues against the code: every msg`…`, note`…` and t('…') in main/ must have a
// nynorsk and an English text with the same placeholders, and the catalogues hold nothing else.
// And the AppError rule: no `new AppError(…)` / notFound(…) with a plain text (it would be
// bokmål for everyone), except in the folders below, which are still to be translated.

const ROOT = path.resolve(__dirname, '../../..');

/** Not yet held to the AppError rule (their messages are still bokmål only). Empty: keep it so. */
const NOT_YET_TRANSLATED: string[] = [];

/** t(x) with a computed key, where the key is known to be translated by another route. */
const DYNAMIC_T_ALLOWED = [
  // formatIssues: a schema's own message that was given as a plain string is looked up at format time.
  'main/api/issues.ts',
];

const scan = scanMain(ROOT, NOT_YET_TRANSLATED);
const keys = [...new Set(scan.keys.map((k) => k.key))];
const where = (key: string) =>
  scan.keys
    .filter((k) => k.key === key)
    .map((k) => `${k.file}:${k.line}`)
    .join(', ');

describe('the core catalogues', () => {
  it('find the messages (the scan works)', () => {
    expect(keys.length).toBeGreaterThan(300);
    expect(keys).toContain('{0} må fylles ut.');
    expect(keys).toContain('Fant ikke {0} med id {1}. Den kan ha blitt slettet.');
    expect(keys).toContain('Angret: {0}');
  });

  for (const [lang, catalogue] of [
    ['nn', nn],
    ['en', en],
  ] as const) {
    it(`${lang} has every key of the code`, () => {
      const missing = keys.filter((k) => !Object.hasOwn(catalogue, k)).map((k) => `${JSON.stringify(k)} (${where(k)})`);
      expect(missing).toEqual([]);
    });

    it(`${lang} keeps the placeholders of each key`, () => {
      const wrong = Object.entries(catalogue)
        .filter(([k, v]) => placeholders(k).join() !== placeholders(v).join())
        .map(([k, v]) => `${k} → ${v}`);
      expect(wrong).toEqual([]);
    });

    it(`${lang} has no stale keys and no empty texts`, () => {
      const known = new Set(keys);
      expect(Object.keys(catalogue).filter((k) => !known.has(k))).toEqual([]);
      expect(Object.entries(catalogue).filter(([, v]) => v.trim() === '' && v !== '')).toEqual([]);
    });
  }

  it('nynorsk is not bokmål copied over (most texts with words differ)', () => {
    const sentences = Object.entries(nn).filter(([k]) => k.split(' ').length >= 5);
    const same = sentences.filter(([k, v]) => k === v);
    expect(same.length / sentences.length).toBeLessThan(0.1);
    for (const [, v] of sentences) expect(v).not.toMatch(/\b(ikke|jeg|fra|ble|hvis|noen|ennå|bare|mulig)\b/);
  });
});

describe('the AppError rule', () => {
  it('every AppError outside the listed folders gets a translated message', () => {
    expect(scan.plainErrors.map((e) => `${e.file}:${e.line} ${e.key}`)).toEqual([]);
  });

  it('t() gets a literal key, except where listed', () => {
    const bad = scan.dynamic.filter((d) => !DYNAMIC_T_ALLOWED.includes(d.file));
    expect(bad.map((d) => `${d.file}:${d.line} t(${d.key})`)).toEqual([]);
  });
});

describe('msg, t and note', () => {
  it('keys a template by its bokmål text with numbered placeholders', () => {
    const sheet = 'Ark 1';
    expect(msg`Fant ikke filen ${sheet}.`).toBe('Fant ikke filen Ark 1.');
    const strings = Object.assign(['Fant ikke filen ', '.'], { raw: ['Fant ikke filen ', '.'] });
    expect(keyOf(strings)).toBe('Fant ikke filen {0}.');
  });

  it('renders in the language of the call, bokmål outside one', () => {
    const file = 'a.db';
    expect(withLang('nn', () => msg`Fant ikke filen ${file}.`)).toBe('Fann ikkje fila a.db.');
    expect(withLang('en', () => msg`Fant ikke filen ${file}.`)).toBe('Could not find the file a.db.');
    expect(msg`Fant ikke filen ${file}.`).toBe('Fant ikke filen a.db.');
    expect(withLang('nn', () => t('Søket er for langt.'))).toBe('Søket er for langt.');
    expect(withLang('en', () => t('Søket er for langt.'))).toBe('The search is too long.');
    // Not in a catalogue: bokmål, never nothing.
    expect(withLang('en', () => t('Finnes ikke i noen katalog'))).toBe('Finnes ikke i noen katalog');
  });

  it('follows the language across await', async () => {
    const seen = await withLang('nn', async () => {
      await new Promise((r) => setTimeout(r, 5));
      return t('Hei,');
    });
    expect(seen).toBe('Hei,');
    expect(await withLang('en', async () => (await Promise.resolve(), t('Vennlig hilsen')))).toBe('Kind regards');
  });

  it('keeps a note as {k, a}, nested notes and lists included, and renders it later in any language', () => {
    const n = note`Angret: ${note`Opprettet samlingen «${'Høstsamling'}»`}`;
    expect(n).toEqual({ k: 'Angret: {0}', a: [{ k: 'Opprettet samlingen «{0}»', a: ['Høstsamling'] }] });
    const back = parseNote(JSON.stringify(n));
    expect(back).toEqual(n);
    expect(render(back!, 'nb')).toBe('Angret: Opprettet samlingen «Høstsamling»');
    expect(render(back!, 'nn')).toBe('Angra: Oppretta samlinga «Høstsamling»');
    expect(render(back!, 'en')).toBe('Undid: Created the event “Høstsamling”');
    const kept = note`${noteList(['Kari', 'Ola'], 'and')} beholder plassen`;
    expect(render(kept, 'nb')).toBe('Kari og Ola beholder plassen');
    expect(render(kept, 'en')).toBe('Kari and Ola kept the seat');
    expect(parseNote('ikke json')).toBeNull();
    expect(parseNote('{"k":1}')).toBeNull();
  });

  it('an argument that looks like a placeholder stays as it is', () => {
    const tricky = '{1}';
    const other = 'x';
    expect(withLang('en', () => msg`Filen ${tricky} finnes allerede og er ikke overskrevet.`)).toBe(
      'The file {1} already exists and has not been overwritten.',
    );
    expect(render(note`La ${tricky} til i ${other}`, 'nn')).toBe('La {1} til i x');
  });

  it('the diet words of drafts and history are the diet labels of the e-mail parser', () => {
    // main/core/diet-words.ts spells them out as t('…') so that the scan sees them.
    for (const c of DIET_CODES) {
      expect(DIET_WORDS[c]()).toBe(DIET_LABELS_NB[c]);
      expect(withLang('nn', () => DIET_WORDS[c]())).toBe(nn[DIET_LABELS_NB[c]]);
    }
  });
});
