import type { z } from 'zod';
import { msg, t } from '../core/i18n';

/** The names of input fields, for messages that do not come with their own wording. */
const LABELS: Record<string, () => string> = {
  id: () => t('Id'),
  eventId: () => t('Samling'),
  name: () => t('Navn'),
  email: () => t('E-post'),
  phone: () => t('Telefon'),
  title: () => t('Tittel'),
  organisationId: () => t('Organisasjon'),
  state: () => t('Status'),
  receivedAt: () => t('Mottatt'),
  lunch: () => t('Lunsj'),
  diets: () => t('Kosthold'),
  dietNote: () => t('Merknad om mat'),
  sessionId: () => t('Gruppesamling'),
  notes: () => t('Merknad'),
  kind: () => t('Type'),
  number: () => t('Nummer'),
  countyId: () => t('Fylke'),
  emailDomains: () => t('E-postdomener'),
  postmottak: () => t('Postmottak'),
  themeId: () => t('Tema'),
  startsAt: () => t('Start'),
  endsAt: () => t('Slutt'),
  venue: () => t('Sted'),
  deadline: () => t('Påmeldingsfrist'),
  capacity: () => t('Kapasitet'),
  limit: () => t('Antall'),
  offset: () => t('Fra rad'),
  q: () => t('Søk'),
  sort: () => t('Sortering'),
  dir: () => t('Retning'),
};

function labelOf(top: string): string {
  const label = Object.hasOwn(LABELS, top) ? LABELS[top] : undefined;
  return label ? label() : top || t('Inndata');
}

/** One whole sentence per kind of problem (word order differs between the languages). */
function fallback(label: string, issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? msg`${label} må fylles ut.` : msg`${label} har feil type.`;
    case 'too_small':
      return issue.origin === 'string' ? msg`${label} er for kort.` : msg`${label} er for lite.`;
    case 'too_big':
      return issue.origin === 'string' ? msg`${label} er for lang.` : msg`${label} er for stort.`;
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `«${k}»`).join(', ');
      return issue.keys.length > 1 ? msg`${label} kjenner ikke feltene ${keys}.` : msg`${label} kjenner ikke feltet ${keys}.`;
    }
    case 'invalid_value':
      return msg`${label} har en verdi som ikke er tillatt.`;
    default:
      return msg`${label} er ugyldig.`;
  }
}

/**
 * Turns zod's issues into one sentence and a message per field, in the current language.
 * Messages written in the schemas (fields.ts) are used as they are; zod's own English defaults
 * are never shown.
 */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): { message: string; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  const lines: string[] = [];
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '';
    const top = String(issue.path[0] ?? '');
    const own = issue.message && !/^(Invalid|Expected|Too|Unrecognized|Required)/i.test(issue.message) ? issue.message : null;
    // Own messages are usually rendered already (error: () => t('…')); a fixed bokmål one is
    // looked up here, at format time, in case a schema gave a plain string.
    const text = own !== null ? t(own) : fallback(labelOf(top), issue);
    if (key && !fields[key]) fields[key] = text;
    if (!lines.includes(text)) lines.push(text);
  }
  return { message: lines.join(' '), fields };
}
