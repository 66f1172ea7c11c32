import type { Event, EventSummary, SeatRules } from '../../api/types';
import type { DB } from '../connection';
import { stmt } from '../stmt';

export interface EventRow {
  id: number;
  title: string;
  short_title: string | null;
  starts_at: string;
  ends_at: string;
  venue: string;
  address: string;
  city: string;
  deadline: string | null;
  capacity: number | null;
  lunch: number;
  lunch_note: string | null;
  travel_note: string | null;
  seat_rules: string;
  organiser_org: string;
  organiser_name: string;
  organiser_title: string;
  organiser_email: string;
  organiser_domains: string;
  archived: number;
  retention_until: string | null;
  created_at: string;
  updated_at: string;
}

export function mapEvent(r: EventRow): Event {
  return {
    id: r.id,
    title: r.title,
    shortTitle: r.short_title,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    venue: r.venue,
    address: r.address || null,
    city: r.city || null,
    deadline: r.deadline,
    capacity: r.capacity,
    lunch: r.lunch === 1,
    lunchNote: r.lunch_note,
    travelNote: r.travel_note,
    seatRules: JSON.parse(r.seat_rules) as SeatRules,
    organiserOrg: r.organiser_org || null,
    organiserName: r.organiser_name || null,
    organiserTitle: r.organiser_title || null,
    organiserEmail: r.organiser_email || null,
    organiserDomains: JSON.parse(r.organiser_domains) as string[],
    archived: r.archived === 1,
    retentionUntil: r.retention_until,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function getEventRow(db: DB, id: number): EventRow | undefined {
  return stmt(db, 'SELECT * FROM events WHERE id = ?').get(id) as EventRow | undefined;
}

/** The event the app opens on: the next upcoming one that is not archived, else the newest. */
export function currentEventRow(db: DB, today: string): EventRow | undefined {
  return (
    (db
      .prepare('SELECT * FROM events WHERE archived = 0 AND substr(ends_at, 1, 10) >= ? ORDER BY starts_at LIMIT 1')
      .get(today) as EventRow | undefined) ??
    (db.prepare('SELECT * FROM events WHERE archived = 0 ORDER BY starts_at DESC LIMIT 1').get() as EventRow | undefined) ??
    (db.prepare('SELECT * FROM events ORDER BY starts_at DESC LIMIT 1').get() as EventRow | undefined)
  );
}

export function listEvents(db: DB, includeArchived: boolean): EventSummary[] {
  const rows = db
    .prepare(`SELECT * FROM events ${includeArchived ? '' : 'WHERE archived = 0'} ORDER BY starts_at DESC`)
    .all() as EventRow[];
  const counts = db
    .prepare('SELECT event_id, state, COUNT(*) AS n FROM signups GROUP BY event_id, state')
    .all() as { event_id: number; state: string; n: number }[];
  return rows.map((r) => {
    const c = { seated: 0, waiting: 0, cancelled: 0, declined: 0, total: 0 };
    for (const k of counts) {
      if (k.event_id !== r.id) continue;
      c[k.state as 'seated'] = k.n;
      c.total += k.n;
    }
    return { ...mapEvent(r), counts: c };
  });
}
