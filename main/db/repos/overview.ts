import type { DB } from '../connection';

// The home page's numbers, each one aggregate query, so the overview stays quick with thousands
// of sign-ups: counting happens in SQLite, not in JavaScript over every row.

export function stateCounts(db: DB, eventId: number, deadline: string | null): { state: string; n: number; late: number }[] {
  return db
    .prepare(
      `SELECT state, COUNT(*) AS n,
         SUM(CASE WHEN @deadline IS NOT NULL AND substr(received_at, 1, 10) > @deadline THEN 1 ELSE 0 END) AS late
       FROM signups WHERE event_id = @eventId GROUP BY state`,
    )
    .all({ eventId, deadline }) as { state: string; n: number; late: number }[];
}

/** Counties with at least one seated person, and how many counties the registry has. */
export function countySeats(db: DB, eventId: number): { seated: number; total: number } {
  return db
    .prepare(
      `SELECT
         (SELECT COUNT(DISTINCT s.organisation_id) FROM signups s JOIN organisations o ON o.id = s.organisation_id
           WHERE s.event_id = ? AND s.state = 'seated' AND o.kind = 'county') AS seated,
         (SELECT COUNT(*) FROM organisations WHERE kind = 'county') AS total`,
    )
    .get(eventId) as { seated: number; total: number };
}

/**
 * Regions with someone seated: signed up for the region itself or for one of its member
 * municipalities. Total: the regions in phase 2 (all regions when none is marked).
 */
export function regionSeats(db: DB, eventId: number): { seated: number; total: number | null } {
  return db
    .prepare(
      `WITH seated AS (SELECT organisation_id AS org FROM signups WHERE event_id = ? AND state = 'seated' AND organisation_id IS NOT NULL)
       SELECT
         (SELECT COUNT(*) FROM organisations r WHERE r.kind = 'region' AND (
            r.id IN (SELECT org FROM seated)
            OR EXISTS (SELECT 1 FROM region_members m WHERE m.region_id = r.id AND m.municipality_id IN (SELECT org FROM seated))
         )) AS seated,
         (SELECT CASE WHEN SUM(phase2) > 0 THEN SUM(phase2) ELSE COUNT(*) END FROM organisations WHERE kind = 'region') AS total`,
    )
    .get(eventId) as { seated: number; total: number | null };
}

/** Seated lunch guests: their ids (for the change since the last catering list) and diets. */
export function lunchGuests(db: DB, eventId: number): { id: number; diets: string; note: number }[] {
  return db
    .prepare(
      `SELECT id, diets, CASE WHEN diet_note IS NOT NULL AND trim(diet_note) <> '' THEN 1 ELSE 0 END AS note
       FROM signups WHERE event_id = ? AND state = 'seated' AND lunch = 1 ORDER BY id`,
    )
    .all(eventId) as { id: number; diets: string; note: number }[];
}

/** Sign-ups received per day (every state: a cancellation was still an answer). */
export function receivedPerDay(db: DB, eventId: number): { day: string; n: number }[] {
  return db
    .prepare(`SELECT substr(received_at, 1, 10) AS day, COUNT(*) AS n FROM signups WHERE event_id = ? GROUP BY day ORDER BY day`)
    .all(eventId) as { day: string; n: number }[];
}

export interface CateringExportRow {
  id: number;
  event_id: number;
  at: string;
  lunches: number;
  diets: string;
  signup_ids: string;
}

export function lastCateringExport(db: DB, eventId: number): CateringExportRow | undefined {
  return db.prepare('SELECT * FROM catering_exports WHERE event_id = ? ORDER BY id DESC LIMIT 1').get(eventId) as
    | CateringExportRow
    | undefined;
}

export function insertCateringExport(
  db: DB,
  row: { eventId: number; at: string; lunches: number; diets: string; signupIds: string },
): number {
  return Number(
    db
      .prepare('INSERT INTO catering_exports (event_id, at, lunches, diets, signup_ids) VALUES (@eventId, @at, @lunches, @diets, @signupIds)')
      .run(row).lastInsertRowid,
  );
}
