import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DietCode } from '../../../main/api/types';
import type { CoreContext } from '../../../main/core/context';
import { invoke } from '../../../main/core/dispatch';
import { openCore } from '../../../main/core/open';
import { personSortKey } from '../../../main/core/text';

// Real databases in temp folders for the export and import tests (and the benchmark).

export interface TestDb {
  ctx: CoreContext;
  dir: string;
  close(): void;
}

export function openTestDb(): TestDb {
  const dir = mkdtempSync(path.join(tmpdir(), 'samling-export-'));
  const ctx = openCore(path.join(dir, 'samling.db'));
  ctx.now = () => new Date('2015-09-10T08:00:00Z');
  return {
    ctx,
    dir,
    close() {
      ctx.db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function orgId(ctx: CoreContext, kind: string, nameOrNumber: string): number {
  const r = ctx.db
    .prepare('SELECT id FROM organisations WHERE kind = ? AND (number = ? OR name = ?)')
    .get(kind, nameOrNumber, nameOrNumber) as { id: number } | undefined;
  if (!r) throw new Error(`no ${kind} ${nameOrNumber}`);
  return r.id;
}

export function addSession(ctx: CoreContext, title: string, room: string, capacity: number | null): number {
  return Number(
    ctx.db
      .prepare(`INSERT INTO group_sessions (event_id, title, room, capacity, starts_at, ends_at) VALUES (1, ?, ?, ?, '2015-09-24T13:00:00', '2015-09-24T14:30:00')`)
      .run(title, room, capacity).lastInsertRowid,
  );
}

export interface SampleSignup {
  name: string;
  email: string;
  org: [string, string];
  diets?: DietCode[];
  dietNote?: string;
  lunch?: boolean;
  state?: 'seated' | 'waiting' | 'cancelled' | 'declined';
  receivedAt?: string;
  sessionId?: number;
  title?: string;
  phone?: string;
}

export function addSignup(ctx: CoreContext, s: SampleSignup): number {
  const res = invoke(ctx, 'signups:create', {
    name: s.name,
    email: s.email,
    organisationId: orgId(ctx, s.org[0], s.org[1]),
    diets: s.diets ?? [],
    dietNote: s.dietNote ?? null,
    lunch: s.lunch ?? true,
    state: s.state,
    receivedAt: s.receivedAt ?? '2015-08-20T09:00:00',
    sessionId: s.sessionId ?? null,
    title: s.title ?? null,
    phone: s.phone ?? null,
  });
  if (!res.ok) throw new Error(res.error.message);
  return (res.value as { id: number }).id;
}

/**
 * The sample event: counties 01–06 seated with names that test Norwegian order (Z Æ Ø Å) and a
 * name that looks like a formula; diets and notes for the caterer; one waiting and one cancelled.
 */
export function addSampleSignups(ctx: CoreContext): { sessionA: number; sessionB: number } {
  const sessionA = addSession(ctx, 'Gruppe A: Næringsutvikling', 'Salong 1', 20);
  const sessionB = addSession(ctx, 'Gruppe B: Areal/transport?', 'Salong 2', 15);
  addSignup(ctx, { name: 'Åse Åsen', email: 'ase@ostfoldfk.no', org: ['county', '01'], diets: ['gluten', 'lactose'], sessionId: sessionA, title: 'rådgiver', phone: '+47 900 00 001' });
  addSignup(ctx, { name: 'Øystein Ødegård', email: 'oystein@akershus-fk.no', org: ['county', '02'], diets: ['vegetarian'], sessionId: sessionB });
  addSignup(ctx, { name: 'Ærlig Ærlendsen', email: 'aerlig@oslo.kommune.no', org: ['county', '03'], dietNote: 'Tåler ikke koriander' });
  addSignup(ctx, { name: 'Zara Zimmer', email: 'zara@hedmark.org', org: ['county', '04'], diets: ['gluten'], dietNote: 'Cøliaki – streng' , sessionId: sessionA});
  addSignup(ctx, { name: '=SUM(1) Hacker', email: 'hack@oppland.org', org: ['county', '05'], lunch: true, title: '+47 lurer' });
  addSignup(ctx, { name: 'Anders Andersen', email: 'anders@bfk.no', org: ['county', '06'], lunch: false, diets: ['nuts'] });
  addSignup(ctx, { name: 'Vera Venter', email: 'vera@ostfoldfk.no', org: ['county', '01'], diets: ['vegan'], receivedAt: '2015-08-21T10:00:00' });
  addSignup(ctx, { name: 'Carl Cancel', email: 'carl@akershus-fk.no', org: ['county', '02'], state: 'cancelled', diets: ['fish'] });
  return { sessionA, sessionB };
}

/** Inserts `n` seated sign-ups straight into the tables (fast enough for 100,000). */
export function addManySignups(ctx: CoreContext, n: number): void {
  const orgs = (ctx.db.prepare(`SELECT id FROM organisations WHERE kind = 'municipality' ORDER BY id`).all() as { id: number }[]).map((r) => r.id);
  const person = ctx.db.prepare(
    `INSERT INTO people (name, email, sort_key, phone, title, organisation_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const signup = ctx.db.prepare(
    `INSERT INTO signups (event_id, person_id, organisation_id, state, received_at, source, lunch, diets, diet_note, created_at, updated_at)
     VALUES (1, ?, ?, 'seated', ?, 'spreadsheet', 1, ?, ?, ?, ?)`,
  );
  const given = ['Kari', 'Ola', 'Åse', 'Øyvind', 'Ærle', 'Zoe', 'Ingrid', 'Per'];
  const sur = ['Nordmann', 'Hansen', 'Ås', 'Øren', 'Ærø', 'Zahl', 'Berg', 'Dahl', 'Lie'];
  const diets: DietCode[][] = [[], [], [], ['gluten'], ['lactose', 'milk'], ['vegetarian'], []];
  const now = '2015-09-01T10:00:00.000Z';
  ctx.db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const name = `${given[i % given.length]} ${sur[(i * 7) % sur.length]}${i}`;
      const pid = Number(person.run(name, `p${i}@example.no`, personSortKey(name), '+47 900 00 000', 'rådgiver', null, now, now).lastInsertRowid);
      const d = diets[i % diets.length] ?? [];
      signup.run(pid, orgs[i % orgs.length] ?? null, `2015-08-${String(1 + (i % 28)).padStart(2, '0')}T09:00:00`, JSON.stringify(d), i % 50 === 0 ? 'Merknad ' + i : null, now, now);
    }
  })();
}
