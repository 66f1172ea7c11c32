import type { FieldDiff, RowDiff } from '../../api/ops/registry';
import type { DietCode, OrgKind, SignupSource, SignupState } from '../../api/types';
import type { DB } from '../../db/connection';
import { DIET_CODES, KIND_LABELS_NB, SOURCE_LABELS_NB, STATE_LABELS_NB, dietLabels } from '../exports/labels';
import { formatDateNb, formatTimeNb } from '../time';

// What a change did, in the organiser's words: each row the change touched, its table and
// columns under Norwegian names and each value as she would write it (Ja/Nei, 24.09.2015,
// Glutenfri (cøliaki), the organisation's name rather than its number). Never raw JSON.

type Row = Record<string, unknown>;

const TABLES: Record<string, string> = {
  meta: 'Innstilling',
  themes: 'Tema',
  organisations: 'Organisasjon',
  region_members: 'Medlemskap i byregion',
  events: 'Samling',
  group_sessions: 'Gruppesamling',
  people: 'Person',
  imported_messages: 'Innlimt e-post',
  signups: 'Påmelding',
};

const LABELS: Record<string, string> = {
  key: 'Navn',
  value: 'Verdi',
  name: 'Navn',
  description: 'Beskrivelse',
  kind: 'Type',
  short_name: 'Kortnavn',
  number: 'Nummer',
  administration: 'Administrasjon',
  county_id: 'Fylke',
  email_domains: 'E-postdomener',
  postmottak: 'Postmottak',
  theme_id: 'Tema',
  phase1: 'Med i fase 1',
  phase2: 'Med i fase 2',
  source: 'Kilde',
  notes: 'Merknad',
  region_id: 'Byregion',
  municipality_id: 'Kommune',
  title: 'Tittel',
  short_title: 'Kort tittel',
  starts_at: 'Starter',
  ends_at: 'Slutter',
  venue: 'Sted',
  address: 'Adresse',
  city: 'By',
  deadline: 'Påmeldingsfrist',
  capacity: 'Kapasitet',
  lunch: 'Lunsj',
  lunch_note: 'Om lunsj',
  travel_note: 'Om reise',
  seat_rules: 'Plasser per organisasjon',
  organiser_org: 'Arrangør',
  organiser_name: 'Kontaktperson',
  organiser_title: 'Kontaktpersonens stilling',
  organiser_email: 'Kontaktpersonens e-post',
  organiser_domains: 'Arrangørens e-postdomener',
  archived: 'Arkivert',
  event_id: 'Samling',
  room: 'Rom',
  email: 'E-post',
  phone: 'Telefon',
  organisation_id: 'Organisasjon',
  person_id: 'Person',
  state: 'Status',
  received_at: 'Mottatt',
  lunch_count: 'Lunsj',
  diets: 'Allergier og matpreferanser',
  diet_note: 'Merknad om mat',
  session_id: 'Gruppesamling',
  late_accepted: 'Godtatt etter fristen',
  seat_decided: 'Plass avgjort av arrangøren',
  state_reason: 'Begrunnelse',
  sender_name: 'Avsender',
  sender_email: 'Avsenderens e-post',
  sent_at: 'Sendt',
  subject: 'Emne',
};

/** Bookkeeping columns the organiser never needs to see. */
const HIDDEN = new Set(['id', 'sort_key', 'search_key', 'created_at', 'updated_at', 'hash', 'raw', 'parsed', 'batch', 'imported_at', 'message_id']);
const BOOLEAN = new Set(['phase1', 'phase2', 'lunch', 'archived', 'late_accepted', 'seat_decided']);
const DATE_TIME = new Set(['starts_at', 'ends_at', 'received_at', 'sent_at']);
const REFS: Record<string, { table: string; column: string }> = {
  county_id: { table: 'organisations', column: 'name' },
  organisation_id: { table: 'organisations', column: 'name' },
  region_id: { table: 'organisations', column: 'name' },
  municipality_id: { table: 'organisations', column: 'name' },
  theme_id: { table: 'themes', column: 'name' },
  event_id: { table: 'events', column: 'title' },
  person_id: { table: 'people', column: 'name' },
  session_id: { table: 'group_sessions', column: 'title' },
};

function listOf(raw: unknown): string[] {
  try {
    const v: unknown = JSON.parse(String(raw));
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}

function seatRulesText(raw: unknown): string {
  try {
    const v = JSON.parse(String(raw)) as Partial<Record<OrgKind, number | null>>;
    const parts = (Object.keys(KIND_LABELS_NB) as OrgKind[])
      .filter((k) => v[k] !== undefined && v[k] !== null)
      .map((k) => `${KIND_LABELS_NB[k].toLowerCase()}: ${v[k]}`);
    return parts.join(', ') || 'ingen grense';
  } catch {
    return '';
  }
}

export class Describer {
  private names = new Map<string, string | null>();
  constructor(private readonly db: DB) {}

  private refName(column: string, id: number): string {
    const ref = REFS[column];
    if (!ref) return String(id);
    const key = `${ref.table}:${id}`;
    if (!this.names.has(key)) {
      const r = this.db.prepare(`SELECT ${ref.column} AS n FROM ${ref.table} WHERE id = ?`).get(id) as { n: string } | undefined;
      this.names.set(key, r?.n ?? null);
    }
    return this.names.get(key) ?? `nr. ${id} (finnes ikke lenger)`;
  }

  value(column: string, raw: unknown): string | null {
    if (raw === null || raw === undefined || raw === '') return null;
    if (BOOLEAN.has(column)) return raw === 1 || raw === true ? 'Ja' : 'Nei';
    if (column in REFS) return this.refName(column, Number(raw));
    if (DATE_TIME.has(column)) {
      const s = String(raw);
      return s.length >= 16 ? `${formatDateNb(s)} ${formatTimeNb(s)}` : formatDateNb(s);
    }
    if (column === 'deadline' || column === 'retention_until') return formatDateNb(String(raw));
    if (column === 'state') return STATE_LABELS_NB[raw as SignupState] ?? String(raw);
    if (column === 'kind') return KIND_LABELS_NB[raw as OrgKind] ?? String(raw);
    if (column === 'source' && String(raw) in SOURCE_LABELS_NB) return SOURCE_LABELS_NB[raw as SignupSource];
    if (column === 'diets') {
      const codes = listOf(raw).filter((c): c is DietCode => (DIET_CODES as readonly string[]).includes(c));
      return codes.length ? dietLabels(codes) : 'Ingen';
    }
    if (column === 'email_domains' || column === 'organiser_domains') return listOf(raw).join(', ') || null;
    if (column === 'seat_rules') return seatRulesText(raw);
    return String(raw);
  }

  title(table: string, row: Row | undefined): string | null {
    if (!row) return null;
    switch (table) {
      case 'signups':
        return row.person_id ? this.refName('person_id', Number(row.person_id)) : null;
      case 'region_members':
        return `${this.refName('municipality_id', Number(row.municipality_id))} i ${this.refName('region_id', Number(row.region_id))}`;
      case 'events':
      case 'group_sessions':
        return typeof row.title === 'string' ? row.title : null;
      case 'imported_messages':
        return typeof row.subject === 'string' ? row.subject : null;
      case 'meta':
        return typeof row.key === 'string' ? row.key : null;
      default:
        return typeof row.name === 'string' ? row.name : null;
    }
  }

  row(table: string, rowId: number, before: Row | undefined, after: Row | undefined): RowDiff {
    const action: RowDiff['action'] = !before ? 'created' : !after ? 'deleted' : 'changed';
    const columns = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((c) => !HIDDEN.has(c));
    const fields: FieldDiff[] = [];
    for (const column of columns) {
      const b = this.value(column, before?.[column]);
      const a = this.value(column, after?.[column]);
      // A new or deleted row lists what it held; a changed row only what changed.
      if (action === 'changed' ? b === a : a === null && b === null) continue;
      fields.push({ column, label: LABELS[column] ?? column.replace(/_/g, ' '), before: action === 'created' ? null : b, after: action === 'deleted' ? null : a });
    }
    return { table, tableLabel: TABLES[table] ?? table, rowId, action, title: this.title(table, after ?? before), fields };
  }
}


