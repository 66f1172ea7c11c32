import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/db/connection';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../main/db/migrations';
import { openCore } from '../../../main/core/open';
import { tempDir } from '../../helpers/db';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
function dir() {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('database', () => {
  it('creates a new file with WAL, foreign keys, STRICT tables and the newest schema', () => {
    const file = path.join(dir(), 'ny.db');
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const tables = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table'`).all() as { name: string; sql: string }[];
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['events', 'organisations', 'region_members', 'themes', 'group_sessions', 'people', 'signups', 'imported_messages', 'changes', 'change_rows']),
    );
    for (const t of tables) expect(t.sql, t.name).toMatch(/\)\s*STRICT\s*$/);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('migrations are numbered in steps of 10, ascending', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    for (const v of versions) expect(v % 10).toBe(0);
  });

  it('migrates from every earlier version, keeping a copy of the file first', () => {
    for (const m of MIGRATIONS.slice(0, -1)) {
      const d = dir();
      const file = path.join(d, 'gammel.db');
      const old = new Database(file);
      for (const mm of MIGRATIONS.filter((x) => x.version <= m.version)) mm.up(old);
      old.pragma(`user_version = ${m.version}`);
      old.close();
      const db = openDatabase(file);
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      db.close();
      expect(readdirSync(path.join(d, 'backups')).length).toBe(1);
    }
  });

  it('applies all pending migrations in one transaction: a failing one leaves the file as it was', () => {
    const file = path.join(dir(), 'halv.db');
    const db = new Database(file);
    // A table that the first migration also creates makes it fail midway.
    db.exec('CREATE TABLE signups (x INTEGER)');
    db.close();
    expect(() => openDatabase(file)).toThrow();
    const again = new Database(file);
    expect(again.pragma('user_version', { simple: true })).toBe(0);
    expect(again.prepare(`SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'events'`).get()).toEqual({ n: 0 });
    again.close();
  });

  it('refuses a database from a newer Samling with a Norwegian message, without touching it', () => {
    const file = path.join(dir(), 'ny.db');
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 10}`);
    db.close();
    expect(() => openDatabase(file)).toThrow(/nyere versjon av Samling/);
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 10);
    check.close();
  });

  it('seeds the built-in 2015 default once: the event and the registry', () => {
    const file = path.join(dir(), 's.db');
    const ctx = openCore(file);
    const count = (kind: string) =>
      (ctx.db.prepare('SELECT COUNT(*) AS n FROM organisations WHERE kind = ?').get(kind) as { n: number }).n;
    expect(count('county')).toBe(19);
    expect(count('municipality')).toBe(428);
    expect(count('region')).toBe(21);
    const numbers = (ctx.db.prepare(`SELECT number FROM organisations WHERE kind = 'county' ORDER BY number`).all() as { number: string }[]).map((r) => r.number);
    expect(numbers).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '14', '15', '16', '17', '18', '19', '20']);
    const event = ctx.db.prepare('SELECT * FROM events').all() as { title: string; deadline: string; starts_at: string }[];
    expect(event).toHaveLength(1);
    expect(event[0]).toMatchObject({
      title: 'Oppstartssamling – Utviklingsprogrammet for byregioner, fase 2',
      deadline: '2015-09-07',
      starts_at: '2015-09-24T10:00:00',
    });
    ctx.db.close();
    // Opening again adds nothing.
    const again = openCore(file);
    expect((again.db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n).toBe(1);
    expect((again.db.prepare(`SELECT COUNT(*) AS n FROM organisations`).get() as { n: number }).n).toBe(468);
    again.db.close();
    expect(existsSync(file)).toBe(true);
  });
});
