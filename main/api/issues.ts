import type { z } from 'zod';

/** Norwegian names of input fields, for messages that do not come with their own wording. */
const LABELS: Record<string, string> = {
  id: 'Id',
  eventId: 'Samling',
  name: 'Navn',
  email: 'E-post',
  phone: 'Telefon',
  title: 'Tittel',
  organisationId: 'Organisasjon',
  state: 'Status',
  receivedAt: 'Mottatt',
  lunch: 'Lunsj',
  diets: 'Kosthold',
  dietNote: 'Merknad om mat',
  sessionId: 'Gruppesamling',
  notes: 'Merknad',
  kind: 'Type',
  number: 'Nummer',
  countyId: 'Fylke',
  emailDomains: 'E-postdomener',
  postmottak: 'Postmottak',
  themeId: 'Tema',
  startsAt: 'Start',
  endsAt: 'Slutt',
  venue: 'Sted',
  deadline: 'Påmeldingsfrist',
  capacity: 'Kapasitet',
  limit: 'Antall',
  offset: 'Fra rad',
  q: 'Søk',
  sort: 'Sortering',
  dir: 'Retning',
};

function fallback(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'må fylles ut' : 'har feil type';
    case 'too_small':
      return `er for ${issue.origin === 'string' ? 'kort' : 'lite'}`;
    case 'too_big':
      return `er for ${issue.origin === 'string' ? 'lang' : 'stort'}`;
    case 'unrecognized_keys':
      return `kjenner ikke ${issue.keys.length > 1 ? 'feltene' : 'feltet'} ${issue.keys.map((k) => `«${k}»`).join(', ')}`;
    case 'invalid_value':
      return 'har en verdi som ikke er tillatt';
    default:
      return 'er ugyldig';
  }
}

/**
 * Turns zod's issues into one Norwegian sentence and a message per field. Messages written in
 * the schemas (fields.ts) are used as they are; zod's own English defaults are never shown.
 */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): { message: string; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  const lines: string[] = [];
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '';
    const top = String(issue.path[0] ?? '');
    const label = LABELS[top] ?? (top || 'Inndata');
    const own = issue.message && !/^(Invalid|Expected|Too|Unrecognized|Required)/i.test(issue.message) ? issue.message : null;
    const text = own ?? `${label} ${fallback(issue)}.`;
    if (key && !fields[key]) fields[key] = text;
    if (!lines.includes(text)) lines.push(text);
  }
  return { message: lines.join(' '), fields };
}
