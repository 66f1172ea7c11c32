import type { EventStat } from '../../api/ops/privacy';
import type { DB } from '../../db/connection';
import { DIET_CODES, DIET_LABELS_NB } from '../email/diets';

// The numbers an anonymised event keeps: how many signed up (per state), and of those who got a
// seat: per county, per kind of organisation, per group session, per diet, lunch and source.
// Counts only, never a row that could point at one person's allergies.

const STATE_LABELS: Record<string, string> = { seated: 'Har plass', waiting: 'Venteliste', cancelled: 'Avmeldt', declined: 'Avvist' };
const KIND_LABELS: Record<string, string> = { county: 'Fylkeskommune', region: 'Byregion', municipality: 'Kommune', other: 'Annen' };
const SOURCE_LABELS: Record<string, string> = { manual: 'Registrert for hånd', email: 'E-post', spreadsheet: 'Regneark' };

interface Row {
  state: string;
  source: string;
  lunch: number;
  diets: string;
  kind: string | null;
  county_id: number | null;
  county_name: string | null;
  session_id: number | null;
  session_title: string | null;
}

export function computeStats(db: DB, eventId: number): EventStat[] {
  const rows = db
    .prepare(
      `SELECT s.state, s.source, s.lunch, s.diets, o.kind,
              CASE WHEN o.kind = 'county' THEN o.id ELSE o.county_id END AS county_id,
              c.name AS county_name, s.session_id, g.title AS session_title
       FROM signups s
       LEFT JOIN organisations o ON o.id = s.organisation_id
       LEFT JOIN organisations c ON c.id = (CASE WHEN o.kind = 'county' THEN o.id ELSE o.county_id END)
       LEFT JOIN group_sessions g ON g.id = s.session_id
       WHERE s.event_id = ?`,
    )
    .all(eventId) as Row[];
  const counts = new Map<string, EventStat>();
  const add = (dimension: EventStat['dimension'], key: string, label: string) => {
    const k = `${dimension}\u0000${key}`;
    const hit = counts.get(k);
    if (hit) hit.count++;
    else counts.set(k, { dimension, key, label, count: 1 });
  };
  for (const r of rows) {
    add('total', 'all', 'Påmeldinger i alt');
    add('state', r.state, STATE_LABELS[r.state] ?? r.state);
    if (r.state !== 'seated') continue;
    add('county', r.county_id === null ? 'none' : String(r.county_id), r.county_name ?? 'Uten fylke');
    add('kind', r.kind ?? 'none', r.kind ? (KIND_LABELS[r.kind] ?? r.kind) : 'Uten organisasjon');
    if (r.session_id !== null) add('session', String(r.session_id), r.session_title ?? 'Gruppesamling');
    add('lunch', r.lunch ? 'yes' : 'no', r.lunch ? 'Spiser lunsj' : 'Spiser ikke lunsj');
    add('source', r.source, SOURCE_LABELS[r.source] ?? r.source);
    let diets: unknown;
    try {
      diets = JSON.parse(r.diets);
    } catch {
      diets = [];
    }
    for (const code of Array.isArray(diets) ? diets : [])
      if (typeof code === 'string') add('diet', code, (DIET_LABELS_NB as Record<string, string>)[code] ?? code);
  }
  const order = ['total', 'state', 'county', 'kind', 'session', 'diet', 'lunch', 'source'];
  const dietOrder = DIET_CODES as readonly string[];
  return [...counts.values()].sort(
    (a, b) =>
      order.indexOf(a.dimension) - order.indexOf(b.dimension) ||
      (a.dimension === 'diet' ? dietOrder.indexOf(a.key) - dietOrder.indexOf(b.key) : a.label.localeCompare(b.label, 'nb')),
  );
}

export function storeStats(db: DB, eventId: number, stats: readonly EventStat[]): void {
  db.prepare('DELETE FROM event_stats WHERE event_id = ?').run(eventId);
  const ins = db.prepare('INSERT INTO event_stats (event_id, dimension, key, label, count) VALUES (?, ?, ?, ?, ?)');
  for (const s of stats) ins.run(eventId, s.dimension, s.key, s.label, s.count);
}

export function readStats(db: DB, eventId: number): EventStat[] {
  return db
    .prepare('SELECT dimension, key, label, count FROM event_stats WHERE event_id = ? ORDER BY id')
    .all(eventId) as EventStat[];
}
