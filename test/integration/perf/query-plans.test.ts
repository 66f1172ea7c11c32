import type { Statement } from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../../main/core/context';
import { generateDemo } from '../../../main/core/demo';
import { invoke } from '../../../main/core/dispatch';
import { openCore } from '../../../main/core/open';
import { tempDir } from '../../helpers/db';

// The hot reads must stay indexed as the data grows (issue #8): on a demo database the plan of
// every statement the list, allocation and overview operations run is checked for a full scan
// of the sign-ups (or people) table. The statements are recorded as the operations run them,
// with their parameters, so the plans checked are the real ones, not copies of the SQL.

interface Recorded {
  sql: string;
  args: unknown[];
}

let ctx: CoreContext;
let cleanup: () => void;
let eventId: number;
let recorded: Recorded[] = [];

beforeAll(() => {
  const t = tempDir();
  cleanup = t.cleanup;
  ctx = openCore(path.join(t.dir, 'plans.db'));
  generateDemo(ctx, { signups: 5000, events: 10, seed: 1 });
  const db = ctx.db;
  const prepare = db.prepare.bind(db);
  // Record every statement run through this connection (also those cached by main/db/stmt.ts:
  // they are prepared here first, on this fresh connection).
  db.prepare = ((sql: string) => {
    const s = prepare(sql);
    for (const m of ['get', 'all', 'run', 'iterate'] as const) {
      const f = s[m].bind(s) as (...a: unknown[]) => unknown;
      (s as unknown as Record<string, unknown>)[m] = (...args: unknown[]) => {
        recorded.push({ sql, args });
        return f(...args);
      };
    }
    return s;
  }) as typeof db.prepare;
  const info = invoke(ctx, 'app:info', {});
  if (!info.ok) throw new Error(info.error.message);
  eventId = (info.value as { event: { id: number } }).event.id;
}, 60_000);

afterAll(() => {
  ctx.db.close();
  cleanup();
});

/** Runs an operation and returns the plan lines of each query it made that reads sign-ups or people. */
function plansOf(name: string, input: unknown): { sql: string; plan: string[] }[] {
  recorded = [];
  const env = invoke(ctx, name, input);
  expect(env.ok, JSON.stringify(env)).toBe(true);
  const out: { sql: string; plan: string[] }[] = [];
  for (const r of recorded) {
    if (!/^\s*(SELECT|WITH)\b/i.test(r.sql) || !/\b(signups|people)\b/.test(r.sql)) continue;
    const explain = ctx.db.prepare(`EXPLAIN QUERY PLAN ${r.sql}`) as Statement<unknown[]>;
    const rows = explain.all(...r.args) as { detail: string }[];
    out.push({ sql: r.sql, plan: rows.map((x) => x.detail) });
  }
  expect(out.length, `${name} read no sign-ups`).toBeGreaterThan(0);
  if (process.env.SHOW_PLANS) for (const o of out) console.log(`${name}: ${o.sql.replace(/\s+/g, ' ').slice(0, 120)}\n  ${o.plan.join('\n  ')}`);
  return out;
}

/** A full scan of sign-ups or people without an index: what makes a read grow with the whole database. */
function fullScans(plans: { sql: string; plan: string[] }[]): string[] {
  const bad: string[] = [];
  for (const p of plans)
    for (const line of p.plan)
      if (/^SCAN (signups|people|s|p)\b/.test(line) && !/USING (COVERING )?INDEX/.test(line)) bad.push(`${line}\n  in ${p.sql.replace(/\s+/g, ' ').slice(0, 200)}`);
  return bad;
}

describe('query plans of the hot reads (5,000 demo sign-ups over 10 events)', () => {
  it('signups:list with the default sort uses an index', () => {
    expect(fullScans(plansOf('signups:list', { eventId, limit: 500 }))).toEqual([]);
  });

  it('signups:list filtered by state uses an index', () => {
    expect(fullScans(plansOf('signups:list', { eventId, state: 'seated', limit: 500 }))).toEqual([]);
  });

  it('signups:list filtered by organisation uses an index', () => {
    const org = ctx.db.prepare('SELECT organisation_id AS id FROM signups WHERE event_id = ? AND organisation_id IS NOT NULL LIMIT 1').get(eventId) as {
      id: number;
    };
    expect(fullScans(plansOf('signups:list', { eventId, organisationId: org.id, limit: 500 }))).toEqual([]);
  });

  it('allocation:get reads the seat rows through an index', () => {
    expect(fullScans(plansOf('allocation:get', { eventId }))).toEqual([]);
  });

  it('the overview aggregates use an index', () => {
    expect(fullScans(plansOf('overview:get', { eventId }))).toEqual([]);
  });

  it('the check itself sees a full scan', () => {
    const sql = `SELECT s.id FROM signups s WHERE s.notes = ?`;
    const plan = (ctx.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x') as { detail: string }[]).map((x) => x.detail);
    expect(fullScans([{ sql, plan }])).toHaveLength(1);
  });

  it('app:info uses an index', () => {
    expect(fullScans(plansOf('app:info', {}))).toEqual([]);
  });
});
