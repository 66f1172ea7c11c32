import Database from 'better-sqlite3';
import path from 'node:path';
import { expect } from 'vitest';
import { openCore } from '../../main/core/open';
import { integrity, startWorker } from './harness';

/**
 * `writers` child processes write to one file at the same time: each `count` signups:create
 * (distinct people) and, when `replies` > 0, an import:commit of `replies` e-mails every tenth
 * call. They wait for each other (busy_timeout); afterwards the file is intact and the counts
 * are exact: nothing lost, nothing doubled.
 */
export async function concurrentWriters(dir: string, writers: number, count: number, replies: number): Promise<void> {
  const file = path.join(dir, 'samling.db');
  openCore(file).db.close();
  const ws = Array.from({ length: writers }, (_, i) => startWorker(['writer', file, String(i + 1), String(count), String(replies)]));
  const lines = await Promise.all(ws.map((w) => w.waitFor('done', 300_000)));
  await Promise.all(ws.map((w) => w.exited));
  for (const [i, l] of lines.entries()) expect(l, ws[i]?.output()).toMatch(/^done 0 \d+$/);
  // Identical generated e-mails across writers are recognised as already imported: count what each import said it stored.
  const imported = lines.reduce((sum, l) => sum + Number(l.split(' ')[2]), 0);
  if (replies > 0) expect(imported).toBeGreaterThan(writers * Math.ceil(count / 10) * replies * 0.9);
  expect(integrity(file)).toBe('ok');
  const db = new Database(file, { readonly: true });
  const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const imports = replies > 0 ? Math.ceil(count / 10) : 0;
  expect(n(`SELECT COUNT(*) AS n FROM signups WHERE source = 'manual'`)).toBe(writers * (count - imports));
  expect(n(`SELECT COUNT(*) AS n FROM people WHERE email LIKE 'skriver%@example.no'`)).toBe(writers * (count - imports));
  expect(n(`SELECT COUNT(*) AS n FROM imported_messages`)).toBe(imported);
  expect(n(`SELECT COUNT(*) AS n FROM changes WHERE operation = 'import:commit'`)).toBe(writers * imports);
  expect(n(`SELECT COUNT(*) AS n FROM changes WHERE operation = 'signups:create'`)).toBe(writers * (count - imports));
  db.close();
}
