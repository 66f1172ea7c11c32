import type { OrgKind, SignupSource, SignupState } from '../../api/types';
import type { DB } from '../connection';

// Reads for the Excel/CSV exports (main/core/exports). Large lists are read in pages by keyset
// (sort_key, id) rather than with one long-lived `.iterate()`: the writer awaits the file stream
// between pages, and an iterator left open across an await would keep the shared connection
// "busy" for every other request (browser mode, IPC) until the export ended. Each page is read
// with `.iterate()` to the end before the writer yields, so memory stays at one page.

export type SignupScope =
  /** Everyone with a seat: the venue's participant list. */
  | { kind: 'seated' }
  /** Seated, taking lunch, with a diet or a diet note: the caterer's detail sheet. */
  | { kind: 'needs' }
  /** Seated, taking lunch, with a free-text diet note. */
  | { kind: 'notes' }
  /** Seated in one group session. */
  | { kind: 'session'; sessionId: number }
  /** Seated without a group session. */
  | { kind: 'nosession' }
  /** Every sign-up in every state: the archive. */
  | { kind: 'all' };

export interface ExportSignupRow {
  id: number;
  sort_key: string;
  person_id: number;
  name: string;
  email: string | null;
  phone: string | null;
  title: string | null;
  organisation_name: string | null;
  organisation_kind: OrgKind | null;
  organisation_number: string | null;
  county_name: string | null;
  region_names: string | null;
  session_title: string | null;
  session_room: string | null;
  state: SignupState;
  received_at: string;
  late: number;
  late_accepted: number;
  source: SignupSource;
  lunch: number;
  diets: string;
  diet_note: string | null;
  state_reason: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

// The county a sign-up represents: the organisation itself when it is a county, else its county.
// The region: the organisation itself when it is a region, else the regions its municipality is in.
const SELECT = `
  SELECT s.id, p.sort_key, p.id AS person_id, p.name, p.email, p.phone, p.title,
    CASE WHEN o.kind = 'county' THEN coalesce(o.administration, o.name) ELSE o.name END AS organisation_name, o.kind AS organisation_kind, o.number AS organisation_number,
    CASE WHEN o.kind = 'county' THEN o.name ELSE c.name END AS county_name,
    CASE WHEN o.kind = 'region' THEN o.name ELSE (
      SELECT group_concat(r.name, ', ') FROM region_members m JOIN organisations r ON r.id = m.region_id
      WHERE m.municipality_id = o.id) END AS region_names,
    g.title AS session_title, g.room AS session_room,
    s.state, s.received_at, (@deadline IS NOT NULL AND substr(s.received_at, 1, 10) > @deadline) AS late,
    s.late_accepted, s.source, s.lunch, s.diets, s.diet_note, s.state_reason, s.notes, s.created_at, s.updated_at
  FROM people p
  CROSS JOIN signups s ON s.person_id = p.id
  LEFT JOIN organisations o ON o.id = s.organisation_id
  LEFT JOIN organisations c ON c.id = o.county_id
  LEFT JOIN group_sessions g ON g.id = s.session_id`;
// CROSS JOIN makes SQLite walk people in the order of the people_sort index (sort_key, then
// rowid) and stop after one page, instead of building and sorting the whole list for every page.
// A person has at most one sign-up per event, so (sort_key, person id) orders the rows fully.

function scopeSql(scope: SignupScope): { where: string; params: Record<string, number> } {
  switch (scope.kind) {
    case 'seated':
      return { where: `s.state = 'seated'`, params: {} };
    case 'needs':
      return {
        where: `s.state = 'seated' AND s.lunch = 1 AND (s.diets <> '[]' OR coalesce(trim(s.diet_note), '') <> '')`,
        params: {},
      };
    case 'notes':
      return { where: `s.state = 'seated' AND s.lunch = 1 AND coalesce(trim(s.diet_note), '') <> ''`, params: {} };
    case 'session':
      return { where: `s.state = 'seated' AND s.session_id = @sessionId`, params: { sessionId: scope.sessionId } };
    case 'nosession':
      return { where: `s.state = 'seated' AND s.session_id IS NULL`, params: {} };
    case 'all':
      return { where: '1', params: {} };
  }
}

export function countSignups(db: DB, eventId: number, scope: SignupScope): number {
  const { where, params } = scopeSql(scope);
  return (
    db.prepare(`SELECT COUNT(*) AS n FROM signups s WHERE s.event_id = @eventId AND ${where}`).get({ ...params, eventId }) as {
      n: number;
    }
  ).n;
}

/** One page of sign-ups in name order (surname first), after the keyset `after` (sort key, person id). */
export function signupPage(
  db: DB,
  eventId: number,
  scope: SignupScope,
  after: { sortKey: string; id: number } | null,
  limit: number,
): ExportSignupRow[] {
  const { where, params } = scopeSql(scope);
  const keyset = after ? 'AND (p.sort_key > @afterKey OR (p.sort_key = @afterKey AND p.id > @afterId))' : '';
  const stmt = db.prepare(
    `${SELECT} WHERE s.event_id = @eventId AND ${where} ${keyset} ORDER BY p.sort_key, p.id LIMIT @limit`,
  );
  const out: ExportSignupRow[] = [];
  // The deadline is read once rather than joined per row (late = received after the deadline day).
  const deadline = (db.prepare('SELECT deadline FROM events WHERE id = ?').get(eventId) as { deadline: string | null } | undefined)?.deadline ?? null;
  const args = { ...params, eventId, limit, deadline, ...(after ? { afterKey: after.sortKey, afterId: after.id } : {}) };
  for (const r of stmt.iterate(args)) out.push(r as ExportSignupRow);
  return out;
}

/** Every sign-up of the scope, page by page; holds one page in memory at a time. */
export function* signupsInPages(db: DB, eventId: number, scope: SignupScope, pageSize = 1000): Generator<ExportSignupRow> {
  let after: { sortKey: string; id: number } | null = null;
  for (;;) {
    const page = signupPage(db, eventId, scope, after, pageSize);
    for (const r of page) yield r;
    const last = page[page.length - 1];
    if (!last || page.length < pageSize) return;
    after = { sortKey: last.sort_key, id: last.person_id };
  }
}

export function countLunches(db: DB, eventId: number): number {
  return (
    db.prepare(`SELECT COUNT(*) AS n FROM signups WHERE event_id = ? AND state = 'seated' AND lunch = 1`).get(eventId) as {
      n: number;
    }
  ).n;
}

/** How many seated lunch guests have each diet code. */
export function dietCounts(db: DB, eventId: number): { code: string; n: number }[] {
  return db
    .prepare(
      `SELECT j.value AS code, COUNT(DISTINCT s.id) AS n FROM signups s, json_each(s.diets) j
       WHERE s.event_id = ? AND s.state = 'seated' AND s.lunch = 1 GROUP BY j.value`,
    )
    .all(eventId) as { code: string; n: number }[];
}

export interface SessionRow {
  id: number;
  title: string;
  room: string;
  capacity: number | null;
  starts_at: string | null;
  ends_at: string | null;
  theme_name: string | null;
  seated: number;
}

export function listSessions(db: DB, eventId: number): SessionRow[] {
  return db
    .prepare(
      `SELECT g.id, g.title, g.room, g.capacity, g.starts_at, g.ends_at, t.name AS theme_name,
         (SELECT COUNT(*) FROM signups s WHERE s.session_id = g.id AND s.state = 'seated') AS seated
       FROM group_sessions g LEFT JOIN themes t ON t.id = g.theme_id
       WHERE g.event_id = ? ORDER BY g.starts_at, g.title, g.id`,
    )
    .all(eventId) as SessionRow[];
}

export interface ChaseRow {
  id: number;
  kind: OrgKind;
  name: string;
  number: string | null;
  administration: string | null;
  postmottak: string | null;
  email_domains: string;
  waiting: number;
  cancelled: number;
  /** For regions without their own mailbox: the member municipalities' mailboxes. */
  member_mailboxes: string | null;
}

/**
 * Organisations that hold seats by the event's rules but have no seated person. A county is
 * represented only by a sign-up for the county itself; a region also by one for any of its
 * member municipalities (the municipalities make up the region).
 */
export function chaseRows(db: DB, eventId: number, kinds: ('county' | 'region')[]): ChaseRow[] {
  if (kinds.length === 0) return [];
  const repOrgs = `(o.id = s.organisation_id OR (o.kind = 'region' AND s.organisation_id IN
      (SELECT municipality_id FROM region_members WHERE region_id = o.id)))`;
  return db
    .prepare(
      `SELECT o.id, o.kind, o.name, o.number, o.administration, o.postmottak, o.email_domains,
         (SELECT COUNT(*) FROM signups s WHERE s.event_id = @eventId AND s.state = 'waiting' AND ${repOrgs}) AS waiting,
         (SELECT COUNT(*) FROM signups s WHERE s.event_id = @eventId AND s.state IN ('cancelled', 'declined') AND ${repOrgs}) AS cancelled,
         CASE WHEN o.kind = 'region' THEN (SELECT group_concat(k.postmottak, ', ') FROM region_members m
           JOIN organisations k ON k.id = m.municipality_id WHERE m.region_id = o.id AND k.postmottak IS NOT NULL) END AS member_mailboxes
       FROM organisations o
       WHERE o.kind IN (${kinds.map((k) => `'${k}'`).join(', ')})
         AND NOT EXISTS (SELECT 1 FROM signups s WHERE s.event_id = @eventId AND s.state = 'seated' AND ${repOrgs})
       ORDER BY CASE o.kind WHEN 'county' THEN 0 ELSE 1 END, o.number, o.name`,
    )
    .all({ eventId }) as ChaseRow[];
}

export function countOrgsOfKinds(db: DB, kinds: ('county' | 'region')[]): number {
  if (kinds.length === 0) return 0;
  return (
    db.prepare(`SELECT COUNT(*) AS n FROM organisations WHERE kind IN (${kinds.map((k) => `'${k}'`).join(', ')})`).get() as {
      n: number;
    }
  ).n;
}

export interface RegistryOrgRow {
  id: number;
  kind: OrgKind;
  name: string;
  short_name: string | null;
  number: string | null;
  administration: string | null;
  county_name: string | null;
  email_domains: string;
  postmottak: string | null;
  theme_name: string | null;
  phase1: number;
  phase2: number;
  source: string | null;
  notes: string | null;
}

export function registryOrgs(db: DB): RegistryOrgRow[] {
  return db
    .prepare(
      `SELECT o.id, o.kind, o.name, o.short_name, o.number, o.administration, c.name AS county_name, o.email_domains,
         o.postmottak, t.name AS theme_name, o.phase1, o.phase2, o.source, o.notes
       FROM organisations o LEFT JOIN organisations c ON c.id = o.county_id LEFT JOIN themes t ON t.id = o.theme_id
       ORDER BY CASE o.kind WHEN 'county' THEN 0 WHEN 'municipality' THEN 1 WHEN 'region' THEN 2 ELSE 3 END, o.number, o.name`,
    )
    .all() as RegistryOrgRow[];
}

export function registryMemberships(db: DB): { region: string; municipality: string; number: string | null; county: string | null }[] {
  return db
    .prepare(
      `SELECT r.name AS region, k.name AS municipality, k.number, c.name AS county
       FROM region_members m JOIN organisations r ON r.id = m.region_id JOIN organisations k ON k.id = m.municipality_id
       LEFT JOIN organisations c ON c.id = k.county_id ORDER BY r.name, k.number`,
    )
    .all() as { region: string; municipality: string; number: string | null; county: string | null }[];
}

export function registryThemes(db: DB): { name: string; description: string | null; regions: string | null }[] {
  return db
    .prepare(
      `SELECT t.name, t.description, (SELECT group_concat(o.name, ', ') FROM organisations o WHERE o.theme_id = t.id) AS regions
       FROM themes t ORDER BY t.name`,
    )
    .all() as { name: string; description: string | null; regions: string | null }[];
}

// ---- Lookups for spreadsheet imports (main/core/exports/import-*.ts) ----

export interface MatchOrgRow {
  id: number;
  kind: OrgKind;
  name: string;
  short_name: string | null;
  number: string | null;
  administration: string | null;
  email_domains: string;
  county_id: number | null;
  theme_id: number | null;
  postmottak: string | null;
}

export function orgsForMatching(db: DB): MatchOrgRow[] {
  return db
    .prepare(
      'SELECT id, kind, name, short_name, number, administration, email_domains, county_id, theme_id, postmottak FROM organisations ORDER BY id',
    )
    .all() as MatchOrgRow[];
}

export function themesForMatching(db: DB): { id: number; name: string }[] {
  return db.prepare('SELECT id, name FROM themes ORDER BY id').all() as { id: number; name: string }[];
}

export function regionMemberRows(db: DB, regionId: number): { id: number; municipality_id: number }[] {
  return db.prepare('SELECT id, municipality_id FROM region_members WHERE region_id = ?').all(regionId) as {
    id: number;
    municipality_id: number;
  }[];
}

export interface ExistingSignup {
  id: number;
  person_id: number;
  name: string;
  email: string | null;
  organisation_id: number | null;
}

/** The event's sign-ups with their person, for matching imported rows (by e-mail, else by name). */
export function signupsForMatching(db: DB, eventId: number): ExistingSignup[] {
  return db
    .prepare(
      `SELECT s.id, s.person_id, p.name, p.email, s.organisation_id FROM signups s JOIN people p ON p.id = s.person_id
       WHERE s.event_id = ?`,
    )
    .all(eventId) as ExistingSignup[];
}

export function personIdByEmail(db: DB, email: string): number | undefined {
  return (db.prepare('SELECT id FROM people WHERE email = ?').get(email) as { id: number } | undefined)?.id;
}
