import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { SignupList } from '../../../main/api/types';
import { samling, samlingJson } from './run';

// Every step starts the real command line (about a second each, more on a busy machine).
vi.setConfig({ testTimeout: 120_000 });

function demoDb(args: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samling-'));
  const db = path.join(dir, 'demo.db');
  const r = samling(['--db', db, 'demo', ...args, '--json']);
  if (r.code !== 0) throw new Error(r.stderr);
  return db;
}

function allSignups(db: string): unknown[] {
  const conn = new Database(db, { readonly: true });
  try {
    return conn
      .prepare(
        `SELECT p.name, p.email, p.phone, s.event_id, s.state, s.received_at, s.source, s.lunch, s.diets, s.diet_note, s.late_accepted
         FROM signups s JOIN people p ON p.id = s.person_id ORDER BY s.id`,
      )
      .all();
  } finally {
    conn.close();
  }
}

describe('demo', () => {
  it('makes exactly the requested number of sign-ups, the same for the same seed', () => {
    const a = demoDb(['--signups', '2000', '--events', '4', '--seed', '7']);
    const b = demoDb(['--signups', '2000', '--events', '4', '--seed', '7']);
    const rowsA = allSignups(a);
    expect(rowsA).toHaveLength(2000);
    expect(allSignups(b)).toEqual(rowsA);
    const listA = samling(['--db', a, 'signups', '--json']);
    const listB = samling(['--db', b, 'signups', '--json']);
    expect(listA.code).toBe(0);
    expect(listA.stdout).toBe(listB.stdout);
    expect((JSON.parse(listA.stdout) as SignupList).total).toBeGreaterThan(0);

    const other = demoDb(['--signups', '2000', '--events', '4', '--seed', '8']);
    expect(allSignups(other)).not.toEqual(rowsA);
  });

  it('makes realistic data: Norwegian names, county e-mail domains, states by the rules, nothing in the change log', () => {
    const db = demoDb(['--signups', '3000', '--events', '6', '--seed', '1']);
    const conn = new Database(db, { readonly: true });
    try {
      const names = (conn.prepare('SELECT name FROM people').all() as { name: string }[]).map((r) => r.name).join(' ');
      expect(names).toMatch(/[ÆØÅæøå]/);
      const domains = new Set(
        (conn.prepare(`SELECT value FROM organisations, json_each(email_domains) WHERE kind = 'county'`).all() as { value: string }[]).map(
          (r) => r.value,
        ),
      );
      const emails = (conn.prepare('SELECT email FROM people').all() as { email: string }[]).map((r) => r.email);
      expect(emails.every((e) => /^[a-z0-9.-]+@/.test(e) && domains.has(e.split('@')[1] ?? ''))).toBe(true);
      // With one seat per county, no county holds two seats at one event.
      const doubled = conn
        .prepare(
          `SELECT COUNT(*) AS n FROM (SELECT s.event_id, s.organisation_id FROM signups s JOIN events e ON e.id = s.event_id
             JOIN organisations o ON o.id = s.organisation_id
           WHERE s.state = 'seated' AND o.kind = 'county' AND json_extract(e.seat_rules, '$.county') = 1
           GROUP BY s.event_id, s.organisation_id HAVING COUNT(*) > 1)`,
        )
        .get() as { n: number };
      expect(doubled.n).toBe(0);
      const states = conn.prepare('SELECT state, COUNT(*) AS n FROM signups GROUP BY state').all() as { state: string; n: number }[];
      expect(states.map((s) => s.state).sort()).toEqual(['cancelled', 'declined', 'seated', 'waiting']);
      const withDiets = (conn.prepare(`SELECT COUNT(*) AS n FROM signups WHERE diets <> '[]'`).get() as { n: number }).n;
      expect(withDiets / 3000).toBeGreaterThan(0.1);
      expect(withDiets / 3000).toBeLessThan(0.4);
      expect((conn.prepare('SELECT COUNT(*) AS n FROM changes').get() as { n: number }).n).toBe(0);
    } finally {
      conn.close();
    }
  });

  it('needs --signups', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samling-'));
    const r = samling(['--db', path.join(dir, 'x.db'), 'demo']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--signups/);
    expect(samlingJson<unknown[]>(['--db', path.join(dir, 'x.db'), 'ops', '--json']).length).toBeGreaterThan(0);
  });
});
