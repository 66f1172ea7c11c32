import type { OrgKind, SignupSource, SignupState } from '../../api/types';
import type { DB } from '../connection';
import { stmt } from '../stmt';
import type { OrgSearchRow } from './search';

// Reads for the Excel/CSV exports (main/core/exports). Large lists are read in pages by keyset
// (sort_key, id) rather than with one long-lived `.iterate()`: the writer awaits the file stream
// between pages, and an iterator left open across an await would keep the shared connection
// "busy" for every other request (browser mode, IPC) until the export ended. Each page is read
// whole (`.all()`) before the writer yields, so memory stays at one page.

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

// Each list reads only the columns it shows (one query per list below). What a sign-up's
// organisation is called, its county and its regions are the same for every sign-up of that
// organisation, so they are read once per export (orgLabels) instead of joined on every row, and
// the group sessions' titles likewise (sessionTitles).

/** Where the previous page of a list in name order ended: its last row's sort key and person. */
export interface NameOrderKey {
  sortKey: string;
  personId: number;
}

/** Before the first row: no sort key is less than '' and person ids start at 1. */
const FIRST: NameOrderKey = { sortKey: '', personId: 0 };

/**
 * A list in name order (surname first), read page by page: `readPage` gives the rows after the
 * keyset `after`, at most `limit` of them, and `personOf` says whose a row is. Holds one page in
 * memory at a time. The rows do not carry their sort key (turning 100,000 of them into
 * JavaScript strings was a tenth of the reading): the last row's is looked up to continue, in
 * the same read transaction as the page, so it is there even if another process changes the
 * person in between.
 */
export function* inNameOrder<T>(
  db: DB,
  readPage: (after: NameOrderKey, limit: number) => T[],
  personOf: (row: T) => number,
  pageSize = 1000,
): Generator<T> {
  type Page = { rows: T[]; next: NameOrderKey | null };
  const read = db.transaction((after: NameOrderKey): Page => {
    const rows = readPage(after, pageSize);
    const last = rows[rows.length - 1];
    if (last === undefined || rows.length < pageSize) return { rows, next: null };
    const personId = personOf(last);
    const key = stmt(db, 'SELECT sort_key FROM people WHERE id = ?').get(personId) as { sort_key: string };
    return { rows, next: { sortKey: key.sort_key, personId } };
  });
  for (let after: NameOrderKey | null = FIRST; after !== null; ) {
    const page: Page = read(after);
    yield* page.rows;
    after = page.next;
  }
}

// The people of one event in name order: CROSS JOIN makes SQLite walk people in the order of the
// people_sort index (sort_key, then rowid) and stop after one page, instead of building and
// sorting the whole list for every page. A person has at most one sign-up per event, so
// (sort_key, person id) orders the rows fully.
const PEOPLE_OF_EVENT = `FROM people p CROSS JOIN signups s ON s.person_id = p.id WHERE s.event_id = @eventId`;
const NEXT_PAGE = `AND (p.sort_key, p.id) > (@afterKey, @afterId) ORDER BY p.sort_key, p.id LIMIT @limit`;

function pageArgs(eventId: number, after: NameOrderKey, limit: number) {
  return { eventId, afterKey: after.sortKey, afterId: after.personId, limit };
}

// The sign-up lists read their rows as arrays (better-sqlite3's raw mode: a fifth cheaper than an
// object per row for the participant list, 40 % for the archive's twenty columns), the person's
// id first; the tuple types name each place. Their statements are prepared per list, not cached:
// the shared statement cache (db/stmt.ts) must not hold raw statements.
function rawPages<T extends readonly [personId: number, ...rest: unknown[]]>(
  db: DB,
  sql: string,
  eventId: number,
  params: Record<string, number | string | null> = {},
): Generator<T> {
  const page = db.prepare(sql).raw(true);
  return inNameOrder(
    db,
    (after, limit) => page.all({ ...params, ...pageArgs(eventId, after, limit) }) as T[],
    (row) => row[0],
  );
}

export type VenueRow = [
  personId: number,
  name: string,
  title: string | null,
  email: string | null,
  phone: string | null,
  organisationId: number | null,
  sessionId: number | null,
];

/** The venue's participant list: everyone with a seat. */
export function venueRows(db: DB, eventId: number): Generator<VenueRow> {
  return rawPages<VenueRow>(
    db,
    `SELECT p.id, p.name, p.title, p.email, p.phone, s.organisation_id, s.session_id
     ${PEOPLE_OF_EVENT} AND s.state = 'seated' ${NEXT_PAGE}`,
    eventId,
  );
}

export type DietRow = [personId: number, name: string, organisationId: number | null, diets: string, dietNote: string | null];

/**
 * The caterer's lists: seated lunch guests with a diet or a diet note (`needs`), or those with a
 * free-text diet note (`notes`).
 */
export function dietRows(db: DB, eventId: number, which: 'needs' | 'notes'): Generator<DietRow> {
  return rawPages<DietRow>(
    db,
    `SELECT p.id, p.name, s.organisation_id, s.diets, s.diet_note
     ${PEOPLE_OF_EVENT} AND ${scopeSql({ kind: which }).where} ${NEXT_PAGE}`,
    eventId,
  );
}

export type SessionMemberRow = [personId: number, name: string, title: string | null, email: string | null, organisationId: number | null];

/** The seated people of one group session, or (sessionId null) those without one. */
export function sessionMemberRows(db: DB, eventId: number, sessionId: number | null): Generator<SessionMemberRow> {
  return rawPages<SessionMemberRow>(
    db,
    `SELECT p.id, p.name, p.title, p.email, s.organisation_id
     ${PEOPLE_OF_EVENT} AND s.state = 'seated' AND ${sessionId === null ? 's.session_id IS NULL' : 's.session_id = @sessionId'} ${NEXT_PAGE}`,
    eventId,
    sessionId === null ? {} : { sessionId },
  );
}

export type FullSignupRow = [
  personId: number,
  id: number,
  name: string,
  email: string | null,
  phone: string | null,
  title: string | null,
  organisationId: number | null,
  sessionId: number | null,
  state: SignupState,
  receivedAt: string,
  /** 1 when received after the deadline day. */
  late: number,
  lateAccepted: number,
  source: SignupSource,
  lunch: number,
  diets: string,
  dietNote: string | null,
  stateReason: string | null,
  notes: string | null,
  createdAt: string,
  updatedAt: string,
];

/** Every sign-up in every state with all its fields: the archive. */
export function fullSignupRows(db: DB, eventId: number): Generator<FullSignupRow> {
  // The deadline is read once rather than joined per row (late = received after the deadline day).
  const deadline = (stmt(db, 'SELECT deadline FROM events WHERE id = ?').get(eventId) as { deadline: string | null } | undefined)?.deadline ?? null;
  return rawPages<FullSignupRow>(
    db,
    `SELECT p.id, s.id, p.name, p.email, p.phone, p.title, s.organisation_id, s.session_id,
       s.state, s.received_at, (@deadline IS NOT NULL AND substr(s.received_at, 1, 10) > @deadline),
       s.late_accepted, s.source, s.lunch, s.diets, s.diet_note, s.state_reason, s.notes, s.created_at, s.updated_at
     ${PEOPLE_OF_EVENT} ${NEXT_PAGE}`,
    eventId,
    { deadline },
  );
}

export interface OrgLabels {
  /** What the lists call the organisation: a county by its administration ('Østfold fylkeskommune'). */
  name: string;
  kind: OrgKind;
  number: string | null;
  /** The county a sign-up represents: the organisation itself when it is a county, else its county. */
  county_name: string | null;
  /** The region: the organisation itself when it is a region, else the regions its municipality is in. */
  region_names: string | null;
}

/** How every organisation is shown in the lists, by id (read once per export: a few hundred rows). */
export function orgLabels(db: DB): Map<number, OrgLabels> {
  const rows = stmt(
    db,
    `SELECT o.id, CASE WHEN o.kind = 'county' THEN coalesce(o.administration, o.name) ELSE o.name END AS name, o.kind, o.number,
       CASE WHEN o.kind = 'county' THEN o.name ELSE c.name END AS county_name,
       CASE WHEN o.kind = 'region' THEN o.name ELSE (
         SELECT group_concat(r.name, ', ') FROM region_members m JOIN organisations r ON r.id = m.region_id
         WHERE m.municipality_id = o.id) END AS region_names
     FROM organisations o LEFT JOIN organisations c ON c.id = o.county_id`,
  ).all() as (OrgLabels & { id: number })[];
  return new Map(rows.map(({ id, ...labels }) => [id, labels]));
}

/** Every group session's title by id. */
export function sessionTitles(db: DB): Map<number, string> {
  const rows = stmt(db, 'SELECT id, title FROM group_sessions').all() as { id: number; title: string }[];
  return new Map(rows.map((r) => [r.id, r.title]));
}

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

/** An organisation as the registry sheet lists it: what search shows, and the rest of its fields. */
export interface RegistryOrgRow extends OrgSearchRow {
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
