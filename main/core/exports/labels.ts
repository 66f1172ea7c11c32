import type { DietCode, OrgKind, SignupSource, SignupState } from '../../api/types';
import { DIET_CODES, DIET_LABELS_NB } from '../email/diets';

// Norwegian words the exported lists use. Diet labels come from the e-mail parser's vocabulary so
// that a diet reads the same in the app, in a parsed reply and on the caterer's list.

export { DIET_CODES, DIET_LABELS_NB };

export const STATE_LABELS_NB: Record<SignupState, string> = {
  seated: 'Har plass',
  waiting: 'Venteliste',
  cancelled: 'Avmeldt',
  declined: 'Avvist',
};

export const SOURCE_LABELS_NB: Record<SignupSource, string> = {
  manual: 'Registrert for hånd',
  email: 'E-post',
  spreadsheet: 'Regneark',
};

export const KIND_LABELS_NB: Record<OrgKind, string> = {
  county: 'Fylkeskommune',
  region: 'Byregion',
  municipality: 'Kommune',
  other: 'Annen',
};

export function dietLabels(codes: readonly DietCode[]): string {
  const set = new Set(codes);
  return DIET_CODES.filter((c) => set.has(c))
    .map((c) => DIET_LABELS_NB[c])
    .join(', ');
}

export function yesNo(v: boolean): string {
  return v ? 'Ja' : 'Nei';
}
