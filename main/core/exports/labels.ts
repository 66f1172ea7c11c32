import type { DietCode, OrgKind, SignupSource, SignupState } from '../../api/types';
import { DIET_WORDS } from '../diet-words';
import { DIET_CODES, DIET_LABELS_NB } from '../email/diets';
import { LANGS, t, withLang } from '../i18n';

// The words the exported lists use, in the current language (main/core/i18n): the organiser who
// works in nynorsk sends the venue a nynorsk list. Diet labels are the e-mail parser's vocabulary
// (main/core/diet-words.ts) so that a diet reads the same in the app, in a parsed reply and on
// the caterer's list; the state, kind and source words are also those of the history view.

export { DIET_CODES, DIET_LABELS_NB, DIET_WORDS };

export const STATE_WORDS: Record<SignupState, () => string> = {
  seated: () => t('Har plass'),
  waiting: () => t('Venteliste'),
  cancelled: () => t('Avmeldt'),
  declined: () => t('Avvist'),
};

export const KIND_WORDS: Record<OrgKind, () => string> = {
  county: () => t('Fylkeskommune'),
  region: () => t('Byregion'),
  municipality: () => t('Kommune'),
  other: () => t('Annen'),
};

export const SOURCE_WORDS: Record<SignupSource, () => string> = {
  manual: () => t('Registrert for hånd'),
  email: () => t('E-post'),
  spreadsheet: () => t('Regneark'),
};

function resolve<K extends string>(words: Record<K, () => string>): Record<K, string> {
  return Object.fromEntries(Object.entries<() => string>(words).map(([k, w]) => [k, w()])) as Record<K, string>;
}

/**
 * The words of one list, rendered once in the current language when the list is planned: the
 * rows are written later (and a large list has 100,000 of them), so they take their words from
 * here rather than asking the catalogue per cell or depending on the language of a later call.
 */
export interface ListWords {
  state: Record<SignupState, string>;
  kind: Record<OrgKind, string>;
  source: Record<SignupSource, string>;
  diet: Record<DietCode, string>;
  yes: string;
  no: string;
}

export function listWords(): ListWords {
  return {
    state: resolve(STATE_WORDS),
    kind: resolve(KIND_WORDS),
    source: resolve(SOURCE_WORDS),
    diet: resolve(DIET_WORDS),
    yes: t('Ja'),
    no: t('Nei'),
  };
}

/** Diet codes as their labels in canonical order: 'Glutenfri (cøliaki), Laktosefri'. */
export function dietLabels(w: ListWords, codes: readonly DietCode[]): string {
  const set = new Set(codes);
  return DIET_CODES.filter((c) => set.has(c))
    .map((c) => w.diet[c])
    .join(', ');
}

export function yesNo(w: ListWords, v: boolean): string {
  return v ? w.yes : w.no;
}

/** A word in every language (for reading our own lists back in, whatever language wrote them). */
export function inEveryLanguage(word: () => string): string[] {
  return [...new Set(LANGS.map((lang) => withLang(lang, word)))];
}
