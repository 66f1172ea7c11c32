import type { OrgKind } from '../../api/types';
import type { DB } from '../connection';

// Bulk writes for synthetic demo data (main/core/demo.ts). Plain prepared inserts inside the
// caller's transaction; deliberately NOT through ChangeRecorder: demo data is not user work and
// 100 000 rows in the change log would only make undo meaningless.

export interface DemoOrg {
  id: number;
  kind: OrgKind;
  name: string;
  countyId: number | null;
  domains: string[];
}

export function demoRegistry(db: DB): DemoOrg[] {
  const rows = db
    .prepare(`SELECT id, kind, name, county_id, email_domains FROM organisations WHERE kind IN ('county', 'region', 'municipality') ORDER BY id`)
    .all() as { id: number; kind: OrgKind; name: string; county_id: number | null; email_domains: string }[];
  return rows.map((r) => ({ id: r.id, kind: r.kind, name: r.name, countyId: r.county_id, domains: JSON.parse(r.email_domains) as string[] }));
}

/** Every e-mail address already in use, lower-cased, with its person. */
export function existingPeopleByEmail(db: DB): Map<string, number> {
  const rows = db.prepare('SELECT id, lower(email) AS email FROM people WHERE email IS NOT NULL').all() as { id: number; email: string }[];
  return new Map(rows.map((r) => [r.email, r.id]));
}

export interface DemoEventRow {
  title: string;
  short_title: string;
  starts_at: string;
  ends_at: string;
  venue: string;
  address: string;
  city: string;
  deadline: string;
  capacity: number | null;
  lunch: number;
  lunch_note: string | null;
  seat_rules: string;
  organiser_org: string;
  organiser_name: string;
  organiser_title: string;
  organiser_email: string;
  organiser_domains: string;
  created_at: string;
}

export interface DemoPersonRow {
  name: string;
  email: string;
  sort_key: string;
  phone: string | null;
  title: string | null;
  organisation_id: number;
  created_at: string;
}

export interface DemoSignupRow {
  event_id: number;
  person_id: number;
  organisation_id: number;
  state: string;
  received_at: string;
  source: string;
  lunch: number;
  diets: string;
  diet_note: string | null;
  late_accepted: number;
  state_reason: string | null;
  created_at: string;
}

export function demoInserters(db: DB) {
  const event = db.prepare(`INSERT INTO events (title, short_title, starts_at, ends_at, venue, address, city, deadline, capacity, lunch,
      lunch_note, seat_rules, organiser_org, organiser_name, organiser_title, organiser_email, organiser_domains, created_at, updated_at)
    VALUES (@title, @short_title, @starts_at, @ends_at, @venue, @address, @city, @deadline, @capacity, @lunch,
      @lunch_note, @seat_rules, @organiser_org, @organiser_name, @organiser_title, @organiser_email, @organiser_domains, @created_at, @created_at)`);
  const person = db.prepare(`INSERT INTO people (name, email, sort_key, phone, title, organisation_id, created_at, updated_at)
    VALUES (@name, @email, @sort_key, @phone, @title, @organisation_id, @created_at, @created_at)`);
  const signup = db.prepare(`INSERT INTO signups (event_id, person_id, organisation_id, state, received_at, source, lunch, diets,
      diet_note, late_accepted, state_reason, created_at, updated_at)
    VALUES (@event_id, @person_id, @organisation_id, @state, @received_at, @source, @lunch, @diets,
      @diet_note, @late_accepted, @state_reason, @created_at, @created_at)`);
  return {
    event: (r: DemoEventRow) => Number(event.run(r).lastInsertRowid),
    person: (r: DemoPersonRow) => Number(person.run(r).lastInsertRowid),
    signup: (r: DemoSignupRow) => {
      signup.run(r);
    },
  };
}

/**
 * A larger page cache while the bulk insert runs (the signups indexes are written in random
 * order); returns a function that puts the old size back.
 */
export function enlargeCache(db: DB, kib = 131_072): () => void {
  const old = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = -${kib}`);
  return () => {
    db.pragma(`cache_size = ${old}`);
  };
}
