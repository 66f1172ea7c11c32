import type { DietCode, OrgKind, Signup, SignupSource, SignupState } from '../../api/types';
import type { DB } from '../connection';
import { stmt } from '../stmt';

interface SignupJoinRow {
  id: number;
  event_id: number;
  person_id: number;
  name: string;
  email: string | null;
  phone: string | null;
  title: string | null;
  organisation_id: number | null;
  organisation_name: string | null;
  organisation_kind: OrgKind | null;
  county_number: string | null;
  county_name: string | null;
  state: SignupState;
  late: number;
  late_accepted: number;
  received_at: string;
  source: SignupSource;
  message_id: number | null;
  lunch: number;
  diets: string;
  diet_note: string | null;
  session_id: number | null;
  session_title: string | null;
  state_reason: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

// The county a sign-up represents: the organisation itself when it is a county, else its county.
const SELECT = `
  SELECT s.id, s.event_id, s.person_id, p.name, p.email, p.phone, p.title,
    s.organisation_id, o.name AS organisation_name, o.kind AS organisation_kind,
    CASE WHEN o.kind = 'county' THEN o.number ELSE c.number END AS county_number,
    CASE WHEN o.kind = 'county' THEN o.name ELSE c.name END AS county_name,
    s.state, (e.deadline IS NOT NULL AND substr(s.received_at, 1, 10) > e.deadline) AS late,
    s.late_accepted, s.received_at, s.source, s.message_id, s.lunch, s.diets, s.diet_note,
    s.session_id, g.title AS session_title, s.state_reason, s.notes, s.created_at, s.updated_at
  FROM signups s
  JOIN people p ON p.id = s.person_id
  JOIN events e ON e.id = s.event_id
  LEFT JOIN organisations o ON o.id = s.organisation_id
  LEFT JOIN organisations c ON c.id = o.county_id
  LEFT JOIN group_sessions g ON g.id = s.session_id`;

function mapSignup(r: SignupJoinRow): Signup {
  return {
    id: r.id,
    eventId: r.event_id,
    personId: r.person_id,
    name: r.name,
    email: r.email,
    phone: r.phone,
    title: r.title,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    organisationKind: r.organisation_kind,
    countyNumber: r.county_number,
    countyName: r.county_name,
    state: r.state,
    late: r.late === 1,
    lateAccepted: r.late_accepted === 1,
    receivedAt: r.received_at,
    source: r.source,
    messageId: r.message_id,
    lunch: r.lunch === 1,
    diets: JSON.parse(r.diets) as DietCode[],
    dietNote: r.diet_note,
    sessionId: r.session_id,
    sessionTitle: r.session_title,
    stateReason: r.state_reason,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface SignupFilter {
  eventId: number;
  state?: SignupState | SignupState[];
  organisationId?: number;
  /** Already folded with nbSortKey. */
  q?: string;
  /** Organisations whose name matched q. */
  orgIds?: number[];
  late?: boolean;
  sort?: 'name' | 'organisation' | 'receivedAt' | 'state' | 'county';
  dir?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}

const ORDER: Record<NonNullable<SignupFilter['sort']>, string> = {
  name: 'p.sort_key',
  organisation: 'o.name',
  receivedAt: 's.received_at',
  state: `CASE s.state WHEN 'seated' THEN 0 WHEN 'waiting' THEN 1 WHEN 'cancelled' THEN 2 ELSE 3 END`,
  county: 'county_number',
};

function filterSql(f: SignupFilter): { where: string; params: Record<string, unknown> } {
  const where = ['s.event_id = @eventId'];
  const params: Record<string, unknown> = { eventId: f.eventId };
  if (f.state !== undefined) {
    const states = Array.isArray(f.state) ? f.state : [f.state];
    if (states.length === 0) where.push('0');
    else {
      where.push(`s.state IN (${states.map((_, i) => `@st${i}`).join(', ')})`);
      states.forEach((st, i) => (params[`st${i}`] = st));
    }
  }
  if (f.organisationId !== undefined) {
    where.push('(s.organisation_id = @org OR o.county_id = @org)');
    params.org = f.organisationId;
  }
  if (f.late !== undefined) {
    where.push(`(e.deadline IS NOT NULL AND substr(s.received_at, 1, 10) > e.deadline) = @late`);
    params.late = f.late ? 1 : 0;
  }
  if (f.q) {
    where.push(`(p.search_key LIKE @q ESCAPE '\\' OR s.organisation_id IN (SELECT value FROM json_each(@orgIds)))`);
    params.q = `%${f.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    params.orgIds = JSON.stringify(f.orgIds ?? []);
  }
  return { where: where.join(' AND '), params };
}

export function listSignups(db: DB, f: SignupFilter): { rows: Signup[]; total: number } {
  const { where, params } = filterSql(f);
  const order = `${ORDER[f.sort ?? 'name']} ${f.dir === 'desc' ? 'DESC' : 'ASC'}, p.sort_key, s.id`;
  const limit = f.limit ?? 500;
  const offset = f.offset ?? 0;
  const rows = db
    .prepare(`${SELECT} WHERE ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`)
    .all(params) as SignupJoinRow[];
  const total =
    rows.length < limit && offset === 0
      ? rows.length
      : (
          db
            .prepare(
              `SELECT COUNT(*) AS n FROM signups s JOIN people p ON p.id = s.person_id JOIN events e ON e.id = s.event_id
               LEFT JOIN organisations o ON o.id = s.organisation_id WHERE ${where}`,
            )
            .get(params) as { n: number }
        ).n;
  return { rows: rows.map(mapSignup), total };
}

export function getSignup(db: DB, id: number): Signup | undefined {
  const r = stmt(db, `${SELECT} WHERE s.id = ?`).get(id) as SignupJoinRow | undefined;
  return r && mapSignup(r);
}

export interface SignupRow {
  id: number;
  event_id: number;
  person_id: number;
  organisation_id: number | null;
  state: SignupState;
  received_at: string;
  source: SignupSource;
  message_id: number | null;
  lunch: number;
  diets: string;
  diet_note: string | null;
  session_id: number | null;
  late_accepted: number;
  state_reason: string | null;
  notes: string | null;
}

export function getSignupRow(db: DB, id: number): SignupRow | undefined {
  return stmt(db, 'SELECT * FROM signups WHERE id = ?').get(id) as SignupRow | undefined;
}

export interface PersonRow {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  title: string | null;
  organisation_id: number | null;
}

export function findPersonByEmail(db: DB, email: string): PersonRow | undefined {
  return stmt(db, 'SELECT id, name, email, phone, title, organisation_id FROM people WHERE email = ?').get(email) as
    | PersonRow
    | undefined;
}

export function getPersonRow(db: DB, id: number): PersonRow | undefined {
  return stmt(db, 'SELECT id, name, email, phone, title, organisation_id FROM people WHERE id = ?').get(id) as
    | PersonRow
    | undefined;
}

export function signupForPerson(db: DB, eventId: number, personId: number): SignupRow | undefined {
  return stmt(db, 'SELECT * FROM signups WHERE event_id = ? AND person_id = ?').get(eventId, personId) as SignupRow | undefined;
}

/** q already folded with nbSortKey. */
export function searchPeople(db: DB, q: string, limit = 20) {
  const like = `%${q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
  return db
    .prepare(
      `SELECT p.id, p.name, p.email, p.phone, p.title, p.organisation_id AS organisationId, o.name AS organisationName
       FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id
       WHERE p.search_key LIKE @q ESCAPE '\\' ORDER BY p.sort_key LIMIT @limit`,
    )
    .all({ q: like, limit }) as {
    id: number;
    name: string;
    email: string | null;
    phone: string | null;
    title: string | null;
    organisationId: number | null;
    organisationName: string | null;
  }[];
}
