import { AsyncLocalStorage } from 'node:async_hooks';
import { en } from './en';
import { nn } from './nn';

// The core's messages in the user's language. Every message is written in bokmål in the code,
// and the bokmål text is the key: msg`Fant ikke arket «${sheet}» i filen.` has the key
// 'Fant ikke arket «{0}» i filen.', looked up in nn.ts / en.ts for the current language (missing
// → bokmål). The current language belongs to the call, not the process: invoke() runs each
// operation inside withLang(), so two windows or HTTP clients with different languages never
// see each other's. test/unit/i18n-catalogue.test.ts reads every msg`…`, note`…` and t('…')
// in main/ and checks that both catalogues have each key with the same placeholders.
//
//  - msg`…`  a message rendered now, in the current language (errors, warnings, drafts).
//  - t('…')  a fixed text rendered now; use it in a function that runs at call time, e.g. a
//            zod `error: () => t('…')` (schemas are built at module load, when no call is on).
//  - note`…` a message kept for later, as { k, a } (the change log stores it as JSON and renders
//            it in whatever language the history is read in).

export type Lang = 'nb' | 'nn' | 'en';
export const LANGS: readonly Lang[] = ['nb', 'nn', 'en'];

export function isLang(v: unknown): v is Lang {
  return typeof v === 'string' && (LANGS as readonly string[]).includes(v);
}

/** A language from outside (header, option, setting): unknown or missing → bokmål. */
export function parseLang(v: unknown): Lang {
  const s = typeof v === 'string' ? v.trim().toLowerCase() : v;
  return isLang(s) ? s : 'nb';
}

const CATALOGUES: Record<Exclude<Lang, 'nb'>, Readonly<Record<string, string>>> = { nn, en };

const store = new AsyncLocalStorage<Lang>();

/** The language of the call in progress; bokmål outside any call. */
export function currentLang(): Lang {
  return store.getStore() ?? 'nb';
}

/** Runs `fn` (and everything it awaits) in the given language. */
export function withLang<T>(lang: Lang, fn: () => T): T {
  return store.run(lang, fn);
}

/** The key of a tagged template: its text parts joined by {0}, {1}, … */
export function keyOf(strings: readonly string[]): string {
  let key = strings[0] ?? '';
  for (let i = 1; i < strings.length; i++) key += `{${i - 1}}${strings[i] ?? ''}`;
  return key;
}

/** The template for a key in a language: the catalogue's, or the bokmål key itself. */
export function lookup(key: string, lang: Lang = currentLang()): string {
  if (lang === 'nb') return key;
  return CATALOGUES[lang][key] ?? key;
}

/** Fills {0}, {1}, … in one pass (an argument that itself contains "{1}" stays as it is). */
function fill(template: string, args: readonly string[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => args[Number(i)] ?? whole);
}

/** A fixed text in the current language (see the top of this file for when to use it). */
export function t(key: string): string {
  return lookup(key);
}

type Value = string | number;

/** A message rendered now, in the current language. Values are shown as they are (String(v)). */
export function msg(strings: TemplateStringsArray, ...values: readonly Value[]): string {
  return fill(lookup(keyOf(strings)), values.map(String));
}

/** A message kept for later: the key and its arguments; an argument may be a message itself. */
export interface Note {
  k: string;
  a: NoteArg[];
}
/** A list of values or messages, shown joined by ", " or by the language's "and". */
export interface NoteList {
  l: NoteArg[];
  j: 'comma' | 'and';
}
export type NoteArg = string | number | Note | NoteList;

export function note(strings: TemplateStringsArray, ...values: readonly NoteArg[]): Note {
  return { k: keyOf(strings), a: [...values] };
}

export function noteList(items: readonly NoteArg[], j: NoteList['j'] = 'comma'): NoteList {
  return { l: [...items], j };
}

const AND: Record<Lang, string> = { nb: ' og ', nn: ' og ', en: ' and ' };

/** Shows a kept message (or a plain string, kept from before there were notes) in a language. */
export function render(m: NoteArg, lang: Lang = currentLang()): string {
  if (typeof m === 'string') return m;
  if (typeof m === 'number') return String(m);
  if ('l' in m) return m.l.map((x) => render(x, lang)).join(m.j === 'and' ? AND[lang] : ', ');
  return fill(lookup(m.k, lang), m.a.map((x) => render(x, lang)));
}

function isNoteArg(v: unknown, depth = 0): v is NoteArg {
  if (depth > 20) return false;
  if (typeof v === 'string' || typeof v === 'number') return true;
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.l)) return (o.j === 'comma' || o.j === 'and') && o.l.every((x) => isNoteArg(x, depth + 1));
  return typeof o.k === 'string' && Array.isArray(o.a) && o.a.every((x) => isNoteArg(x, depth + 1));
}

/** A note stored as JSON, or null when the text is not one (then show the stored string). */
export function parseNote(json: string | null | undefined): Note | null {
  if (!json) return null;
  try {
    const v: unknown = JSON.parse(json);
    return isNoteArg(v) && typeof v === 'object' && 'k' in v ? v : null;
  } catch {
    return null;
  }
}
