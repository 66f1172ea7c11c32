import type { DB } from '../../db/connection';
import { DATA_2015 } from './data2015';


export const DEFAULT_EVENT = {
  title: 'Oppstartssamling – Utviklingsprogrammet for byregioner, fase 2',
  short_title: 'Oppstartssamling 2015',
  starts_at: '2015-09-24T10:00:00',
  ends_at: '2015-09-24T15:30:00',
  venue: 'Bjørvika konferansesenter',
  address: 'Operagata 1',
  city: 'Oslo',
  deadline: '2015-09-07',
  capacity: null,
  lunch: 1,
  lunch_note: 'Lunsj dekkes av arrangøren.',
  travel_note: 'Reise og eventuelt opphold dekkes av hver fylkeskommune.',
  seat_rules: JSON.stringify({ county: 1 }),
  organiser_org: 'Distriktssenteret',
  organiser_name: 'Aina Sofie Brox',
  organiser_title: 'seniorrådgiver',
  organiser_email: 'aina-sofie.brox@kdu.no',
  organiser_domains: JSON.stringify(['kdu.no']),
} as const;

/** Regions the invitation names as new in phase 2 (resources/data/README.md). */
const yes = (v: string) => v.trim().toLowerCase() === 'yes';

/**
 * Fills an empty database with the built-in default: the kick-off meeting of 24.09.2015 and the
 * 2015 registry. Runs once, on first start; not a migration, and not in the change log (there is
 * nothing before it to go back to). Returns false when the database already had data.
 */
export function seedDefaults(db: DB, now: Date = new Date()): boolean {
  const done = db.prepare(`SELECT value FROM meta WHERE key = 'seeded'`).get();
  if (done) return false;
  const ts = now.toISOString();
  db.transaction(() => {
    const meta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    meta.run('seeded', ts);
    meta.run('registry_source', 'Byregionprogrammet 2015 (innebygd register)');
    meta.run('registry_year', '2015');

    const insOrg = db.prepare(`INSERT INTO organisations
      (kind, name, short_name, number, administration, county_id, email_domains, postmottak, theme_id, phase1, phase2, source, notes, created_at, updated_at)
      VALUES (@kind, @name, @short_name, @number, @administration, @county_id, @email_domains, @postmottak, @theme_id, @phase1, @phase2, @source, @notes, @ts, @ts)`);
    const base = { short_name: null, number: null, administration: null, county_id: null, email_domains: '[]', postmottak: null, theme_id: null, phase1: 0, phase2: 0, source: null, notes: null, ts };

    const countyIds = new Map<string, number>();
    for (const c of DATA_2015.counties) {
      const id = Number(
        insOrg.run({
          ...base,
          kind: 'county',
          name: c.name,
          number: c.number,
          administration: c.organisation,
          email_domains: JSON.stringify(c.email_domain ? [c.email_domain] : []),
          postmottak: c.postmottak || null,
          source: 'Innebygd register 2015',
          notes: c.email_domain_checked === 'yes' ? null : 'E-postdomenet er ikke kontrollert mot en kilde.',
        }).lastInsertRowid,
      );
      countyIds.set(c.number, id);
    }
    const muniIds = new Map<string, number>();
    for (const m of DATA_2015.municipalities) {
      const id = Number(
        insOrg.run({
          ...base,
          kind: 'municipality',
          name: m.name,
          number: m.number,
          county_id: countyIds.get(m.county_number) ?? null,
          notes: m.other_names || null,
          source: 'Innebygd register 2015',
        }).lastInsertRowid,
      );
      muniIds.set(m.number, id);
    }
    const insTheme = db.prepare('INSERT INTO themes (name) VALUES (?) ON CONFLICT(name) DO UPDATE SET name = excluded.name RETURNING id');
    const regionIds = new Map<string, number>();
    for (const r of DATA_2015.regions) {
      const themeId = r.theme ? (insTheme.get(r.theme) as { id: number }).id : null;
      const firstCounty = r.county_numbers.split(/[;,\s]+/).filter(Boolean)[0];
      const id = Number(
        insOrg.run({
          ...base,
          kind: 'region',
          name: r.name,
          short_name: r.short_name || null,
          county_id: firstCounty ? (countyIds.get(firstCounty) ?? null) : null,
          theme_id: themeId,
          phase1: yes(r.phase1) ? 1 : 0,
          phase2: yes(r.phase2) ? 1 : 0,
          source: r.source || null,
        }).lastInsertRowid,
      );
      regionIds.set(r.name, id);
    }
    const insMember = db.prepare('INSERT OR IGNORE INTO region_members (region_id, municipality_id) VALUES (?, ?)');
    for (const rm of DATA_2015.regionMunicipalities) {
      const r = regionIds.get(rm.region);
      const m = muniIds.get(rm.municipality_number);
      if (r && m) insMember.run(r, m);
    }
    db.prepare(
      `INSERT INTO events (title, short_title, starts_at, ends_at, venue, address, city, deadline, capacity, lunch, lunch_note, travel_note,
        seat_rules, organiser_org, organiser_name, organiser_title, organiser_email, organiser_domains, created_at, updated_at)
       VALUES (@title, @short_title, @starts_at, @ends_at, @venue, @address, @city, @deadline, @capacity, @lunch, @lunch_note, @travel_note,
        @seat_rules, @organiser_org, @organiser_name, @organiser_title, @organiser_email, @organiser_domains, @ts, @ts)`,
    ).run({ ...DEFAULT_EVENT, ts });
  })();
  return true;
}
