import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inNameOrder, venueRows } from '../../../main/db/repos/exports';
import { writeExport } from '../../../main/core/exports/write';
import { personSortKey } from '../../../main/core/text';
import { openTestDb, type TestDb } from './fixtures';

// The sign-up lists are read in pages of 1,000 by keyset (sort key, person id). Many people with
// the same name put equal sort keys across page boundaries: every row must still come exactly
// once, in (sort key, person id) order, and people not at this event or without a seat must not.

let t: TestDb;
beforeAll(() => {
  t = openTestDb();
  const db = t.ctx.db;
  const person = db.prepare(`INSERT INTO people (name, email, sort_key, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')`);
  const signup = db.prepare(
    `INSERT INTO signups (event_id, person_id, state, received_at, source, created_at, updated_at) VALUES (?, ?, ?, '2015-08-20T09:00:00', 'manual', 'x', 'x')`,
  );
  const other = Number(
    db.prepare(`INSERT INTO events (title, starts_at, ends_at, created_at, updated_at) VALUES ('Annen', '2015-10-01T10:00:00', '2015-10-01T15:00:00', 'x', 'x')`).run()
      .lastInsertRowid,
  );
  const names = ['Kari Nordmann', 'Ola Nordmann', 'Åse Ås'];
  db.transaction(() => {
    for (let i = 0; i < 3500; i++) {
      const name = names[i % 3]!;
      const pid = person.run(name, `p${i}@example.no`, personSortKey(name)).lastInsertRowid;
      signup.run(i % 10 === 0 ? other : 1, pid, i % 7 === 0 ? 'waiting' : 'seated');
    }
  })();
});
afterAll(() => t.close());

describe('lists read in pages', () => {
  it('gives every seated person once, in name order, across pages full of equal names', async () => {
    const expected = t.ctx.db
      .prepare(`SELECT p.id FROM people p JOIN signups s ON s.person_id = p.id WHERE s.event_id = 1 AND s.state = 'seated' ORDER BY p.sort_key, p.id`)
      .pluck()
      .all() as number[];
    expect(expected.length).toBeGreaterThan(2000);
    expect([...venueRows(t.ctx.db, 1)].map((r) => r[0])).toEqual(expected);
    // Smaller pages: a page boundary inside every run of equal names.
    const page = t.ctx.db.prepare(
      `SELECT p.id FROM people p CROSS JOIN signups s ON s.person_id = p.id
       WHERE s.event_id = 1 AND s.state = 'seated' AND (p.sort_key, p.id) > (@afterKey, @afterId) ORDER BY p.sort_key, p.id LIMIT @limit`,
    );
    const ids = [...inNameOrder(t.ctx.db, (after, limit) => page.pluck().all({ afterKey: after.sortKey, afterId: after.personId, limit }) as number[], (id) => id, 7)];
    expect(ids).toEqual(expected);

    const file = path.join(t.dir, 'venue.csv');
    const res = await writeExport(t.ctx, { list: 'venue', format: 'csv' }, file);
    expect(res.rows).toBe(expected.length);
    const lines = readFileSync(file, 'utf8').split('\r\n').filter(Boolean);
    expect(lines.length).toBe(expected.length + 1);
    const surnames = lines.slice(1).map((l) => l.split(';')[0]);
    expect(surnames.indexOf('Ås')).toBe(surnames.lastIndexOf('Nordmann') + 1);
  });
});
