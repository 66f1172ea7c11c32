import type { FieldDiff, RowDiff } from '../../api/ops/registry';
import type { DietCode, OrgKind, SignupSource, SignupState } from '../../api/types';
import type { DB } from '../../db/connection';
import { DIET_WORDS } from '../diet-words';
import { DIET_CODES, KIND_WORDS, SOURCE_WORDS, STATE_WORDS } from '../exports/labels';
import { msg, t } from '../i18n';
import { formatDateNb, formatTimeNb } from '../time';

// What a change did, in the organiser's words: each row the change touched, its table and
// columns under their names in the reader's language and each value as she would write it
// (Ja/Nei, 24.09.2015, Glutenfri (cøliaki), the organisation's name rather than its number).
// Never raw JSON. The words are those of main/core/exports/labels.ts, via main/core/i18n.

type Row = Record<string, unknown>;

const TABLES: Record<string, () => string> = {
  meta: () => t('Innstilling'),
  themes: () => t('Tema'),
  organisations: () => t('Organisasjon'),
  region_members: () => t('Medlemskap i byregion'),
  events: () => t('Samling'),
  group_sessions: () => t('Gruppesamling'),
  people: () => t('Person'),
  imported_messages: () => t('Innlimt e-post'),
  signups: () => t('Påmelding'),
};

const LABELS: Record<string, () => string> = {
  key: () => t('Navn'),
  value: () => t('Verdi'),
  name: () => t('Navn'),
  description: () => t('Beskrivelse'),
  kind: () => t('Type'),
  short_name: () => t('Kortnavn'),
  number: () => t('Nummer'),
  administration: () => t('Administrasjon'),
  county_id: () => t('Fylke'),
  email_domains: () => t('E-postdomener'),
  postmottak: () => t('Postmottak'),
  theme_id: () => t('Tema'),
  phase1: () => t('Med i fase 1'),
  phase2: () => t('Med i fase 2'),
  source: () => t('Kilde'),
  notes: () => t('Merknad'),
  region_id: () => t('Byregion'),
  municipality_id: () => t('Kommune'),
  title: () => t('Tittel'),
  short_title: () => t('Kort tittel'),
  starts_at: () => t('Starter'),
  ends_at: () => t('Slutter'),
  venue: () => t('Sted'),
  address: () => t('Adresse'),
  city: () => t('By'),
  deadline: () => t('Påmeldingsfrist'),
  capacity: () => t('Kapasitet'),
  lunch: () => t('Lunsj'),
  lunch_note: () => t('Om lunsj'),
  travel_note: () => t('Om reise'),
  seat_rules: () => t('Plasser per organisasjon'),
  organiser_org: () => t('Arrangør'),
  organiser_name: () => t('Kontaktperson'),
  organiser_title: () => t('Kontaktpersonens stilling'),
  organiser_email: () => t('Kontaktpersonens e-post'),
  organiser_domains: () => t('Arrangørens e-postdomener'),
  archived: () => t('Arkivert'),
  event_id: () => t('Samling'),
  room: () => t('Rom'),
  email: () => t('E-post'),
  phone: () => t('Telefon'),
  organisation_id: () => t('Organisasjon'),
  person_id: () => t('Person'),
  state: () => t('Status'),
  received_at: () => t('Mottatt'),
  lunch_count: () => t('Lunsj'),
  diets: () => t('Allergier og matpreferanser'),
  diet_note: () => t('Merknad om mat'),
  session_id: () => t('Gruppesamling'),
  late_accepted: () => t('Godtatt etter fristen'),
  seat_decided: () => t('Plass avgjort av arrangøren'),
  state_reason: () => t('Begrunnelse'),
  sender_name: () => t('Avsender'),
  sender_email: () => t('Avsenderens e-post'),
  sent_at: () => t('Sendt'),
  subject: () => t('Emne'),
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
    const parts = (Object.keys(KIND_WORDS) as OrgKind[])
      .filter((k) => v[k] !== undefined && v[k] !== null)
      .map((k) => `${KIND_WORDS[k]().toLowerCase()}: ${v[k]}`);
    return parts.join(', ') || t('ingen grense');
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
    return this.names.get(key) ?? msg`nr. ${id} (finnes ikke lenger)`;
  }

  value(column: string, raw: unknown): string | null {
    if (raw === null || raw === undefined || raw === '') return null;
    if (BOOLEAN.has(column)) return raw === 1 || raw === true ? t('Ja') : t('Nei');
    if (column in REFS) return this.refName(column, Number(raw));
    if (DATE_TIME.has(column)) {
      const s = String(raw);
      return s.length >= 16 ? `${formatDateNb(s)} ${formatTimeNb(s)}` : formatDateNb(s);
    }
    if (column === 'deadline' || column === 'retention_until') return formatDateNb(String(raw));
    if (column === 'state') return STATE_WORDS[raw as SignupState]?.() ?? String(raw);
    if (column === 'kind') return KIND_WORDS[raw as OrgKind]?.() ?? String(raw);
    if (column === 'source' && String(raw) in SOURCE_WORDS) return SOURCE_WORDS[raw as SignupSource]();
    if (column === 'diets') {
      const codes = listOf(raw).filter((c): c is DietCode => (DIET_CODES as readonly string[]).includes(c));
      const set = new Set(codes);
      return codes.length
        ? DIET_CODES.filter((c) => set.has(c))
            .map((c) => DIET_WORDS[c]())
            .join(', ')
        : t('Ingen');
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
        return msg`${this.refName('municipality_id', Number(row.municipality_id))} i ${this.refName('region_id', Number(row.region_id))}`;
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
      fields.push({ column, label: LABELS[column]?.() ?? column.replace(/_/g, ' '), before: action === 'created' ? null : b, after: action === 'deleted' ? null : a });
    }
    return { table, tableLabel: TABLES[table]?.() ?? table, rowId, action, title: this.title(table, after ?? before), fields };
  }
}


