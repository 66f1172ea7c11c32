import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { OpInput, OpName, OpResult } from '../../../main/api/contract';
import type { AllocationOrg, AllocationView } from '../../../main/api/ops/allocation';
import type { OrgKind, SignupState } from '../../../main/api/types';
import type { CoreContext } from '../../../main/core/context';
import { invoke } from '../../../main/core/dispatch';
import { openCore } from '../../../main/core/open';

/** A fresh core on a real database file in its own temp folder (seeded with the 2015 default). */
export function freshCore(): { ctx: CoreContext; dir: string; close(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samling-'));
  const ctx = openCore(path.join(dir, 'samling.db'));
  // A fixed clock after the deadline, so texts that depend on "today" are stable.
  ctx.now = () => new Date('2015-09-10T08:00:00Z');
  return {
    ctx,
    dir,
    close() {
      ctx.db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Calls an operation and returns its value; fails the test with the Norwegian message otherwise. */
export function ok<K extends OpName>(ctx: CoreContext, name: K, input?: OpInput<K>): OpResult<K> {
  const r = invoke(ctx, name, input);
  if (!r.ok) throw new Error(`${name} feilet: ${r.error.code}: ${r.error.message}`);
  return r.value as OpResult<K>;
}

/** Calls an operation that must fail; returns the error code and message. */
export function fails(ctx: CoreContext, name: OpName, input?: unknown): { code: string; message: string } {
  const r = invoke(ctx, name, input);
  if (r.ok) throw new Error(`${name} skulle ha feilet, men lyktes`);
  return r.error;
}

export function orgId(ctx: CoreContext, kind: OrgKind, name: string): number {
  const row = ctx.db.prepare('SELECT id FROM organisations WHERE kind = ? AND name = ?').get(kind, name) as { id: number } | undefined;
  if (!row) throw new Error(`Fant ikke ${kind} ${name}`);
  return row.id;
}

let seq = 0;
export function signup(ctx: CoreContext, name: string, organisationId: number | null, receivedAt: string): number {
  seq++;
  const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${seq}@example.no`;
  return ok(ctx, 'signups:create', { name, email, organisationId, receivedAt }).id;
}

export function states(ctx: CoreContext): Map<number, SignupState> {
  const rows = ctx.db.prepare('SELECT id, state FROM signups').all() as { id: number; state: SignupState }[];
  return new Map(rows.map((r) => [r.id, r.state]));
}

export function orgView(view: AllocationView, id: number): AllocationOrg {
  const o = view.organisations.find((x) => x.organisationId === id);
  if (!o) throw new Error(`Organisasjon ${id} er ikke i setefordelingen`);
  return o;
}
