import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { afterEach } from 'vitest';
import path from 'node:path';
import type { OpInput, OpName, OpResult } from '../../main/api/contract';
import type { AppErrorInfo } from '../../main/api/types';
import type { CoreContext } from '../../main/core/context';
import { invoke } from '../../main/core/dispatch';
import { openCore } from '../../main/core/open';

/** A fresh folder in the system's temp dir, removed by the returned cleanup. */
export function tempDir(prefix = 'samling-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A real database file in a temp folder, opened through the same path as every door. */
export function freshCore(now?: () => Date): { ctx: CoreContext; file: string; dir: string; close: () => void } {
  const { dir, cleanup } = tempDir();
  const file = path.join(dir, 'samling.db');
  const ctx = openCore(file);
  if (now) ctx.now = now;
  return {
    ctx,
    file,
    dir,
    close: () => {
      ctx.db.close();
      cleanup();
    },
  };
}

/**
 * For tests that open several databases: returns a `core()` that gives a fresh one each call,
 * all closed (and their folders removed) after each test.
 */
export function freshCoresPerTest(): () => ReturnType<typeof freshCore> {
  let closers: (() => void)[] = [];
  afterEach(() => {
    for (const c of closers) c();
    closers = [];
  });
  return () => {
    const c = freshCore();
    closers.push(c.close);
    return c;
  };
}

/** Calls an operation and returns its value, failing the test with the message if it failed. */
export function ok<K extends OpName>(ctx: CoreContext, name: K, input?: OpInput<K>): OpResult<K> {
  const r = invoke(ctx, name, input);
  if (!r.ok) throw new Error(`${name} failed: ${r.error.code}: ${r.error.message}`);
  return r.value as OpResult<K>;
}

/** Calls an operation that must fail and returns its error. */
export function fails<K extends OpName>(ctx: CoreContext, name: K, input?: unknown): AppErrorInfo {
  const r = invoke(ctx, name, input);
  if (r.ok) throw new Error(`${name} should have failed but returned ${JSON.stringify(r.value).slice(0, 200)}`);
  return r.error;
}

/** Every row of every domain table: to prove that a failed call stored nothing. */
export function snapshot(ctx: CoreContext): string {
  const tables = ['events', 'organisations', 'region_members', 'themes', 'people', 'signups', 'group_sessions', 'imported_messages', 'changes', 'change_rows'];
  return JSON.stringify(tables.map((t) => ctx.db.prepare(`SELECT * FROM ${t} ORDER BY id`).all()));
}
