import type { OrgKind, SignupState } from '../../api/types';
import type { DB } from '../connection';
import { stmt } from '../stmt';

// Queries for seat allocation, group sessions and the chase list. Reads only: every write goes
// through the ChangeRecorder in main/core/allocation.

export interface SeatRowDb {
  id: number;
  name: string;
  email: string | null;
  title: string | null;
  organisation_id: number | null;
  organisation_name: string | null;
  kind: OrgKind | null;
  state: SignupState;
  received_at: string;
  late_accepted: number;
  seat_decided: number;
  session_id: number | null;
  state_reason: string | null;
}

/** Every sign-up of the event with what the seat rules need, in queue order. */
const SEAT_ROWS = `SELECT s.id, p.name, p.email, p.title, s.organisation_id, o.name AS organisation_name, o.kind,
    s.state, s.received_at, s.late_accepted, s.seat_decided, s.session_id, s.state_reason
  FROM signups s JOIN people p ON p.id = s.person_id
  LEFT JOIN organisations o ON o.id = s.organisation_id`;

export function loadSeatRows(db: DB, eventId: number): SeatRowDb[] {
  return stmt(db, `${SEAT_ROWS} WHERE s.event_id = ? ORDER BY s.received_at, s.id`).all(eventId) as SeatRowDb[];
}

/** One organisation's sign-ups at an event (index signups_event_org), in queue order. */
export function loadSeatRowsOfOrg(db: DB, eventId: number, organisationId: number): SeatRowDb[] {
  return stmt(db, `${SEAT_ROWS} WHERE s.event_id = ? AND s.organisation_id = ? ORDER BY s.received_at, s.id`).all(
    eventId,
    organisationId,
  ) as SeatRowDb[];
}

/** One sign-up as the seat rules see it (to keep a batch's in-memory seat rows current). */
export function loadSeatRow(db: DB, signupId: number): (SeatRowDb & { event_id: number }) | undefined {
  return stmt(db, `${SEAT_ROWS.replace('SELECT s.id,', 'SELECT s.id, s.event_id,')} WHERE s.id = ?`).get(signupId) as
    | (SeatRowDb & { event_id: number })
    | undefined;
}

/** The sign-ups of one person (index signups_person). */
export function signupIdsOfPerson(db: DB, personId: number): number[] {
  return (stmt(db, 'SELECT id FROM signups WHERE person_id = ?').all(personId) as { id: number }[]).map((r) => r.id);
}

export interface AllocOrgRow {
  id: number;
  kind: OrgKind;
  name: string;
  number: string | null;
  administration: string | null;
  county_id: number | null;
  county_name: string | null;
  email_domains: string;
  postmottak: string | null;
  theme_id: number | null;
  theme_name: string | null;
}

const ORG_SELECT = `SELECT o.id, o.kind, o.name, o.number, o.administration, o.county_id, c.name AS county_name,
    o.email_domains, o.postmottak, o.theme_id, t.name AS theme_name
  FROM organisations o LEFT JOIN organisations c ON c.id = o.county_id LEFT JOIN themes t ON t.id = o.theme_id`;

/** Organisations of the given kinds, plus any organisation the given ids name. */
export function loadAllocOrgs(db: DB, kinds: OrgKind[], ids: number[]): AllocOrgRow[] {
  const rows = db.prepare(ORG_SELECT).all() as AllocOrgRow[];
  const want = new Set(ids);
  return rows.filter((r) => kinds.includes(r.kind) || want.has(r.id));
}

export function getAllocOrg(db: DB, id: number): AllocOrgRow | undefined {
  return db.prepare(`${ORG_SELECT} WHERE o.id = ?`).get(id) as AllocOrgRow | undefined;
}

/** Region → the counties of its member municipalities (else the region's own county). */
export function loadRegionCounties(db: DB): { region_id: number; county_id: number; county_name: string; county_number: string | null }[] {
  return db
    .prepare(
      `SELECT DISTINCT r.id AS region_id, c.id AS county_id, c.name AS county_name, c.number AS county_number
       FROM organisations r
       JOIN region_members m ON m.region_id = r.id
       JOIN organisations k ON k.id = m.municipality_id
       JOIN organisations c ON c.id = k.county_id AND c.kind = 'county'
       WHERE r.kind = 'region'
       UNION
       SELECT r.id, c.id, c.name, c.number FROM organisations r JOIN organisations c ON c.id = r.county_id AND c.kind = 'county'
       WHERE r.kind = 'region' AND NOT EXISTS (SELECT 1 FROM region_members m WHERE m.region_id = r.id)
       ORDER BY c.number`,
    )
    .all() as { region_id: number; county_id: number; county_name: string; county_number: string | null }[];
}

/** Municipality → the regions it belongs to, with their themes. */
export function loadMunicipalityRegions(db: DB): { municipality_id: number; region_id: number; region_name: string; theme_id: number | null }[] {
  return db
    .prepare(
      `SELECT m.municipality_id, r.id AS region_id, r.name AS region_name, r.theme_id
       FROM region_members m JOIN organisations r ON r.id = m.region_id`,
    )
    .all() as { municipality_id: number; region_id: number; region_name: string; theme_id: number | null }[];
}

export interface SessionRow {
  id: number;
  event_id: number;
  title: string;
  theme_id: number | null;
  theme_name: string | null;
  room: string;
  capacity: number | null;
  starts_at: string | null;
  ends_at: string | null;
}

const SESSION_SELECT = `SELECT g.id, g.event_id, g.title, g.theme_id, t.name AS theme_name, g.room, g.capacity, g.starts_at, g.ends_at
  FROM group_sessions g LEFT JOIN themes t ON t.id = g.theme_id`;

export function loadSessions(db: DB, eventId: number): SessionRow[] {
  return db.prepare(`${SESSION_SELECT} WHERE g.event_id = ? ORDER BY g.starts_at, g.title, g.id`).all(eventId) as SessionRow[];
}

export function getSessionRow(db: DB, id: number): SessionRow | undefined {
  return db.prepare(`${SESSION_SELECT} WHERE g.id = ?`).get(id) as SessionRow | undefined;
}

export function sessionSignupIds(db: DB, sessionId: number): number[] {
  return (db.prepare('SELECT id FROM signups WHERE session_id = ?').all(sessionId) as { id: number }[]).map((r) => r.id);
}

export function themeExists(db: DB, id: number): boolean {
  return db.prepare('SELECT 1 FROM themes WHERE id = ?').get(id) !== undefined;
}
