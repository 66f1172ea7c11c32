import { describe, expect, it } from 'vitest';
import { english } from '../../../renderer/src/i18n/en';
import { bokmaal, language, nb, setLanguage, type Catalogue } from '../../../renderer/src/i18n/nb';
import { nynorsk } from '../../../renderer/src/i18n/nn';

// The three catalogues must say everything (tsc checks the keys; this checks the values), and
// nynorsk and English must really be translations, not copies of the bokmål that slipped through.

type Leaf = { path: string; value: unknown };

function leaves(obj: unknown, prefix = ''): Leaf[] {
  if (typeof obj !== 'object' || obj === null) return [{ path: prefix, value: obj }];
  return Object.entries(obj).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

function at(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (typeof o === 'object' && o !== null ? (o as Record<string, unknown>)[k] : undefined), obj);
}

/**
 * An argument that is whatever a text function wants: a number in comparisons and sums, a
 * recognisable token ('ARG1', 'ARG0.rows') when put into the text, an object with such values
 * for the functions that take counts. So every function can be called without knowing its types,
 * and its output shows which arguments it used.
 */
function sample(label: string): unknown {
  return new Proxy(
    {},
    {
      get(_t, key) {
        if (key === Symbol.toPrimitive) return (hint: string) => (hint === 'number' ? 7 : label);
        if (typeof key === 'symbol') return undefined;
        return sample(`${label}.${key}`);
      },
    },
  );
}

function callWithSamples(fn: (...args: unknown[]) => string): string {
  return fn(...Array.from({ length: Math.max(fn.length, 1) }, (_, i) => sample(`ARG${i}`)));
}

const tokens = (s: string) => new Set(s.match(/ARG\d+(\.\w+)?/g) ?? []);

const catalogues: [string, Catalogue][] = [
  ['nn', nynorsk],
  ['en', english],
];
const nbLeaves = leaves(bokmaal);
const stringLeaves = nbLeaves.filter((l) => typeof l.value === 'string');

describe('the catalogues', () => {
  it('bokmål has texts to compare with', () => {
    expect(stringLeaves.length).toBeGreaterThan(400);
  });

  for (const [lang, cat] of catalogues) {
    describe(lang, () => {
      it('has every key of bokmål, of the same kind, and no key bokmål lacks', () => {
        const problems: string[] = [];
        for (const { path, value } of nbLeaves) {
          const other = at(cat, path);
          if (typeof other !== typeof value) problems.push(`${path}: ${typeof value} in nb, ${typeof other} in ${lang}`);
        }
        const known = new Set(nbLeaves.map((l) => l.path));
        for (const { path } of leaves(cat)) if (!known.has(path)) problems.push(`${path}: only in ${lang}`);
        expect(problems).toEqual([]);
      });

      it('has no empty text, and every function gives a whole sentence with the same arguments', () => {
        const problems: string[] = [];
        for (const { path, value } of leaves(cat)) {
          if (typeof value === 'string') {
            if (value.trim() === '') problems.push(`${path}: empty`);
            continue;
          }
          if (typeof value !== 'function') continue;
          const out = callWithSamples(value as (...a: unknown[]) => string);
          if (typeof out !== 'string' || out.trim() === '') problems.push(`${path}: returns nothing`);
          else if (/undefined|NaN|\[object/.test(out)) problems.push(`${path}: «${out}»`);
          // Same placeholders as bokmål: a translation that drops a name or a number is wrong.
          const nbOut = callWithSamples(at(bokmaal, path) as (...a: unknown[]) => string);
          const want = [...tokens(nbOut)].sort().join(' ');
          const got = [...tokens(out)].sort().join(' ');
          if (want !== got) problems.push(`${path}: uses ${got || 'no arguments'}, bokmål ${want || 'none'}`);
        }
        expect(problems).toEqual([]);
      });

      it('functions also work with plain numbers and names (0, 1, 2)', () => {
        for (const { path, value } of leaves(cat)) {
          if (typeof value !== 'function') continue;
          const fn = value as (...a: unknown[]) => unknown;
          for (const n of [0, 1, 2]) {
            const nbFn = at(bokmaal, path) as (...a: unknown[]) => unknown;
            // Only where bokmål takes plain values (a probe call with numbers must not throw there).
            let probe: unknown;
            try {
              probe = nbFn(...Array.from({ length: fn.length }, () => n));
            } catch {
              continue;
            }
            if (typeof probe !== 'string') continue;
            const out = fn(...Array.from({ length: fn.length }, () => n));
            expect(typeof out === 'string' && out.trim().length > 0, `${lang} ${path}(${n})`).toBe(true);
          }
        }
      });
    });
  }

  it('English differs from bokmål in at least 80 % of the texts, and has no Norwegian letters', () => {
    const same = stringLeaves.filter((l) => at(english, l.path) === l.value);
    expect(same.length / stringLeaves.length).toBeLessThan(0.2);
    // Names of the languages are written in their own language in every catalogue.
    const allowed = /^settings\.(languages\.(nb|nn)|languageHelp)$/;
    const norwegian = leaves(english).filter((l) => typeof l.value === 'string' && /[æøåÆØÅ]/.test(l.value) && !allowed.test(l.path));
    expect(norwegian.map((l) => `${l.path}: ${String(l.value)}`)).toEqual([]);
  });

  it('nynorsk differs from bokmål where it should, and uses no bokmål-only words', () => {
    const same = stringLeaves.filter((l) => at(nynorsk, l.path) === l.value);
    // Many words are the same in both (Status, Tema, Lagre, Avbryt …), but most sentences are not.
    expect(same.length / stringLeaves.length).toBeLessThan(0.5);
    const known: Record<string, string> = {
      'nav.overview': 'Oversikt',
      'nav.signups': 'Påmeldingar',
      'nav.changelog': 'Endringslogg',
      'nav.settings': 'Innstillingar',
      'nav.language': 'Språk',
      'app.save': 'Lagre',
      'app.cancel': 'Avbryt',
      'undo.button': 'Angre',
      'undo.redo': 'Gjer om',
      'states.waiting': 'Venteliste',
      'states.seated': 'Har plass',
      late: 'Etter fristen',
      'overview.lunch': 'Lunsj',
      'kindsPlural.county': 'Fylkeskommunar',
      'kindsPlural.region': 'Byregionar',
      'kindsPlural.municipality': 'Kommunar',
      'signupForm.diets': 'Allergiar og matpreferansar',
      'import.nav': 'Importer e-post',
      'exports.nav': 'Eksport',
      'allocation.nav': 'Setefordeling',
      'allocation.tabs.purreliste': 'Purreliste',
      'settings.title': 'Innstillingar',
      'settings.themes.light': 'Lyst',
      'settings.themes.dark': 'Mørkt',
    };
    for (const [path, want] of Object.entries(known)) expect(at(nynorsk, path), path).toBe(want);
    const bokmaalOnly = /\b(ikke|hva|hvem|hvor|hvis|fra|noen|noe|ble|være|ennå|jeg|navn|mottatt|deltakere|påmeldinger|fylkeskommuner|kommuner|byregioner|organisasjoner|allergier|endringer|innstillinger|lagret|slettet|endret|følger|velg|søke|høyre|gjør)\b/i;
    const slips = leaves(nynorsk).filter((l) => typeof l.value === 'string' && bokmaalOnly.test(l.value));
    expect(slips.map((l) => `${l.path}: ${String(l.value)}`)).toEqual([]);
  });
});

describe('setLanguage', () => {
  it('changes the texts in place, so sections kept at module level follow, and can go back', () => {
    const nav = nb.nav; // like `const t = nb.allocation` at the top of a view file
    expect(language()).toBe('nb');
    expect(nav.signups).toBe('Påmeldinger');
    setLanguage('nn');
    expect(language()).toBe('nn');
    expect(nav.signups).toBe('Påmeldingar');
    expect(nb.signups.count(2, 2)).toBe('2 påmeldingar');
    setLanguage('en');
    expect(nav.signups).toBe('Sign-ups');
    setLanguage('nb');
    expect(nav.signups).toBe('Påmeldinger');
    // The catalogues themselves are never written to.
    expect(bokmaal.nav.signups).toBe('Påmeldinger');
    expect(nynorsk.nav.signups).toBe('Påmeldingar');
  });
});
