import { t } from '../i18n';
import { inEveryLanguage } from './labels';
import type { RawCell, Table } from './sheetread';

// Which column holds which field. Headers are recognised in Norwegian (bokmål and nynorsk) and
// English, as web forms, Excel templates and earlier lists write them (our own lists in any of
// the three languages: each field's label counts as a synonym); the user can override every
// choice in the import page.

export const SHEET_KINDS = ['regions', 'organisations', 'signups'] as const;
export type SheetKind = (typeof SHEET_KINDS)[number];

export interface FieldKeys {
  signups:
    | 'name' | 'givenName' | 'surname' | 'email' | 'phone' | 'title' | 'organisation' | 'receivedAt' | 'lunch' | 'diets'
    | 'dietNote' | 'session' | 'state' | 'notes';
  organisations: 'kind' | 'name' | 'number' | 'county' | 'shortName' | 'administration' | 'domains' | 'postmottak' | 'notes';
  regions: 'name' | 'shortName' | 'theme' | 'municipalities' | 'postmottak' | 'domains' | 'phase1' | 'phase2' | 'notes';
}

export interface FieldDef<Key extends string = string> {
  key: Key;
  /** The field's name in the current language, for the import page's column choices. */
  label: () => string;
  required?: boolean;
  synonyms: string[];
}

export const FIELDS: { [K in SheetKind]: FieldDef<FieldKeys[K]>[] } = {
  signups: [
    { key: 'name', label: () => t('Navn'), synonyms: ['navn', 'fullt navn', 'deltaker', 'deltakarens namn', 'namn', 'name', 'full name', 'participant'] },
    { key: 'givenName', label: () => t('Fornavn'), synonyms: ['fornavn', 'førenamn', 'first name', 'given name', 'firstname'] },
    { key: 'surname', label: () => t('Etternavn'), synonyms: ['etternavn', 'etternamn', 'last name', 'surname', 'family name', 'lastname'] },
    { key: 'email', label: () => t('E-post'), synonyms: ['e-post', 'epost', 'e-postadresse', 'email', 'e-mail', 'mail', 'email address'] },
    { key: 'phone', label: () => t('Telefon'), synonyms: ['telefon', 'mobil', 'tlf', 'telefonnummer', 'mobilnummer', 'phone', 'mobile', 'phone number'] },
    { key: 'title', label: () => t('Stilling'), synonyms: ['stilling', 'tittel', 'stillingstittel', 'rolle', 'title', 'job title', 'position'] },
    {
      key: 'organisation',
      label: () => t('Organisasjon'),
      synonyms: ['organisasjon', 'fylkeskommune', 'virksomhet', 'arbeidsgiver', 'representerer', 'kommune', 'organisation', 'organization', 'employer', 'fylke'],
    },
    {
      key: 'receivedAt',
      label: () => t('Mottatt'),
      synonyms: ['mottatt', 'tidspunkt', 'innsendt', 'registrert', 'tidsstempel', 'dato', 'timestamp', 'submitted', 'submitted at', 'created', 'date'],
    },
    { key: 'lunch', label: () => t('Lunsj'), synonyms: ['lunsj', 'ønsker lunsj', 'lunch'] },
    {
      key: 'diets',
      label: () => t('Allergier og matpreferanser'),
      synonyms: ['allergier og matpreferanser', 'allergier', 'allergi', 'matallergi', 'kosthold', 'matpreferanser', 'spesialkost', 'diett', 'kosthald', 'dietary requirements', 'allergies', 'diet'],
    },
    { key: 'dietNote', label: () => t('Merknad om mat'), synonyms: ['merknad om mat', 'annet om mat', 'diet note', 'food note'] },
    { key: 'session', label: () => t('Gruppesamling'), synonyms: ['gruppesamling', 'gruppe', 'parallellsesjon', 'workshop', 'group session', 'session'] },
    { key: 'state', label: () => t('Status'), synonyms: ['status', 'state'] },
    { key: 'notes', label: () => t('Merknad'), synonyms: ['merknad', 'kommentar', 'kommentarer', 'melding', 'notes', 'comment', 'comments'] },
  ],
  organisations: [
    { key: 'kind', label: () => t('Type'), synonyms: ['type', 'organisasjonstype', 'kind', 'organisation type'] },
    { key: 'name', label: () => t('Navn'), required: true, synonyms: ['navn', 'namn', 'organisasjon', 'name', 'organisation', 'organization'] },
    { key: 'number', label: () => t('Nummer'), synonyms: ['nummer', 'nr', 'kommunenummer', 'fylkesnummer', 'number', 'no'] },
    { key: 'county', label: () => t('Fylke'), synonyms: ['fylke', 'county'] },
    { key: 'shortName', label: () => t('Kortnavn'), synonyms: ['kortnavn', 'short name'] },
    { key: 'administration', label: () => t('Administrasjon'), synonyms: ['administrasjon', 'administration'] },
    { key: 'domains', label: () => t('E-postdomener'), synonyms: ['e-postdomener', 'e-postdomene', 'domener', 'domene', 'domains', 'domain', 'email domains'] },
    { key: 'postmottak', label: () => t('Postmottak'), synonyms: ['postmottak', 'sentral e-post', 'felles e-post', 'mailbox', 'central mailbox', 'e-post', 'email'] },
    { key: 'notes', label: () => t('Merknad'), synonyms: ['merknad', 'kommentar', 'notes'] },
  ],
  regions: [
    { key: 'name', label: () => t('Byregion'), required: true, synonyms: ['byregion', 'region', 'navn', 'name', 'region name'] },
    { key: 'shortName', label: () => t('Kortnavn'), synonyms: ['kortnavn', 'short name'] },
    { key: 'theme', label: () => t('Tema'), synonyms: ['tema', 'satsingsområde', 'theme', 'topic'] },
    { key: 'municipalities', label: () => t('Kommuner'), synonyms: ['kommuner', 'kommune', 'kommunenummer', 'medlemmer', 'municipalities', 'municipality', 'members'] },
    { key: 'postmottak', label: () => t('Postmottak'), synonyms: ['postmottak', 'sentral e-post', 'e-post', 'mailbox', 'email'] },
    { key: 'domains', label: () => t('E-postdomener'), synonyms: ['e-postdomener', 'e-postdomene', 'domener', 'domains'] },
    { key: 'phase1', label: () => t('Fase 1'), synonyms: ['fase 1', 'phase 1'] },
    { key: 'phase2', label: () => t('Fase 2'), synonyms: ['fase 2', 'phase 2'] },
    { key: 'notes', label: () => t('Merknad'), synonyms: ['merknad', 'kommentar', 'notes'] },
  ],
};

export type Mapping = Record<string, number | null>;

/** Letters and digits only: "E-post:" and "e post" and "EPOST" are the same header. */
export function normHeader(s: string): string {
  return s.toLocaleLowerCase('nb').replace(/[^a-z0-9æøåäöüé]/g, '');
}

export function cellString(c: RawCell | undefined): string {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) {
    const iso = c.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
  }
  if (typeof c === 'boolean') return c ? 'ja' : 'nei';
  return String(c).trim();
}

export function headersOf(table: Table): string[] {
  return (table.rows[0] ?? []).map((c) => cellString(c));
}

/**
 * Guesses the mapping: exact header matches first, then headers that begin with or contain a
 * field's word ("Allergier eller andre hensyn vi bør kjenne til?"). Each column is used once.
 */
export function autoMapping(kind: SheetKind, headers: string[]): Mapping {
  const fields = FIELDS[kind];
  const norm = headers.map(normHeader);
  const mapping: Mapping = {};
  const used = new Set<number>();
  const take = (key: string, col: number) => {
    mapping[key] = col;
    used.add(col);
  };
  const synonyms = new Map(fields.map((f) => [f.key, [...new Set([...f.synonyms, ...inEveryLanguage(f.label)].map(normHeader))]]));
  for (const f of fields) {
    const syn = synonyms.get(f.key) ?? [];
    const col = norm.findIndex((h, i) => !used.has(i) && syn.includes(h));
    if (col >= 0) take(f.key, col);
  }
  for (const f of fields) {
    if (mapping[f.key] !== undefined) continue;
    const syn = (synonyms.get(f.key) ?? []).filter((s) => s.length >= 4);
    const col = norm.findIndex((h, i) => !used.has(i) && syn.some((s) => h.startsWith(s)));
    const col2 = col >= 0 ? col : norm.findIndex((h, i) => !used.has(i) && syn.some((s) => s.length >= 6 && h.includes(s)));
    if (col2 >= 0) take(f.key, col2);
  }
  for (const f of fields) if (mapping[f.key] === undefined) mapping[f.key] = null;
  return mapping;
}

/** The user's choices over the guess; a column number outside the sheet counts as "not used". */
export function resolveMapping(kind: SheetKind, headers: string[], given: Mapping | undefined): Mapping {
  const auto = autoMapping(kind, headers);
  if (!given) return auto;
  const out: Mapping = { ...auto };
  for (const f of FIELDS[kind]) {
    if (!(f.key in given)) continue;
    const v = given[f.key];
    out[f.key] = v === null || v === undefined || v < 0 || v >= headers.length ? null : v;
  }
  return out;
}

/** A row's values by field key ('' when the field is not mapped or the cell is empty). */
export function rowValues<K extends SheetKind>(
  kind: K,
  mapping: Mapping,
  row: RawCell[],
): { text: Record<FieldKeys[K], string>; raw: Record<FieldKeys[K], RawCell> } {
  const text = {} as Record<FieldKeys[K], string>;
  const raw = {} as Record<FieldKeys[K], RawCell>;
  for (const f of FIELDS[kind] as FieldDef<FieldKeys[K]>[]) {
    const col = mapping[f.key];
    const c = col === null || col === undefined ? null : (row[col] ?? null);
    raw[f.key] = c;
    text[f.key] = cellString(c);
  }
  return { text, raw };
}

/** "ja", "x", "yes", "1" and friends; null when the text says neither. */
export function parseYesNo(s: string): boolean | null {
  const t = s.trim().toLocaleLowerCase('nb');
  if (t === '') return null;
  if (['ja', 'j', 'yes', 'y', 'x', '1', 'true', 'sann', 'ok', 'ønsker lunsj'].includes(t)) return true;
  if (['nei', 'n', 'no', '0', 'false', 'usann', 'nei takk', 'ingen'].includes(t)) return false;
  return null;
}

/** A time from a sheet: an xlsx date, '24.08.2015 13:45', '2015-08-24 13:45:00', '24.08.2015'. */
export function parseWallTime(c: RawCell): string | null {
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? null : c.toISOString().slice(0, 19);
  if (typeof c === 'number' && c > 20000 && c < 80000) {
    // An Excel serial that arrived as a plain number (CSV saved from a date column).
    const d = new Date(Math.round((c - 25569) * 86400) * 1000);
    return d.toISOString().slice(0, 19);
  }
  const s = cellString(c);
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})(?:[ T,]+(?:kl\.?\s*)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$/.exec(s);
  let y: number, mo: number, d: number, h: number, mi: number, se: number;
  if (m) {
    y = Number(m[3]!.length === 2 ? '20' + m[3] : m[3]);
    mo = Number(m[2]);
    d = Number(m[1]);
    h = Number(m[4] ?? 0);
    mi = Number(m[5] ?? 0);
    se = Number(m[6] ?? 0);
  } else {
    m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(s);
    if (!m) return null;
    y = Number(m[1]);
    mo = Number(m[2]);
    d = Number(m[3]);
    h = Number(m[4] ?? 0);
    mi = Number(m[5] ?? 0);
    se = Number(m[6] ?? 0);
  }
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, se));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || h > 23 || mi > 59 || se > 59) return null;
  return date.toISOString().slice(0, 19);
}

/** "Bergen, Askøy; Os og Fjell" → ['Bergen', 'Askøy', 'Os', 'Fjell']. */
export function splitList(s: string): string[] {
  return s
    .split(/[,;\n/]|\s+og\s+|\s+and\s+/)
    .map((t) => t.trim())
    .filter(Boolean);
}
