import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { generateReplies } from '../../main/core/email/bench';
import { invoke } from '../../main/core/dispatch';
import { openCore } from '../../main/core/open';
import { importFacts, integrity, startWorker, type ImportFacts } from './harness';

/**
 * Kills a worker that imports e-mail batches with SIGKILL at random moments, `rounds` times, on
 * one database file. After every kill: the file passes integrity_check, and it holds exactly the
 * first j imports, whole, for some j: its facts equal those of a reference database (no kills)
 * after the same j imports. Also every file in backups/ is a whole database (snapshots are
 * written under a temporary name and renamed).
 */
export async function crashRounds(
  dir: string,
  rounds: number,
  replies: number,
  log: (s: string) => void = () => undefined,
  maxDelayMs = 400,
): Promise<{ kills: number; imports: number }> {
  const file = path.join(dir, 'samling.db');
  openCore(file).db.close();
  const reference = openCore(path.join(dir, 'reference', 'samling.db'));
  reference.file = ''; // no snapshots for the reference: it is only counted
  const facts: ImportFacts[] = [importFacts(reference.db)];
  const referenceAfter = (j: number): ImportFacts => {
    while (facts.length <= j) {
      const r = invoke(reference, 'import:commit', { text: generateReplies(replies, facts.length) });
      if (!r.ok) throw new Error(r.error.message);
      facts.push(importFacts(reference.db));
    }
    return facts[j] as ImportFacts;
  };
  let kills = 0;
  let rand = 12345;
  const random = () => ((rand = (rand * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let round = 0; round < rounds; round++) {
    const w = startWorker(['crash', file, String(replies)]);
    await w.waitFor('ready');
    // Every other round lets one import finish first, so that the file grows however slow the
    // machine is; then a kill from "right away" to a few imports in: sometimes inside a
    // snapshot, sometimes mid-commit.
    if (round % 2 === 1) await w.waitFor('committed', 120_000);
    await new Promise((r) => setTimeout(r, Math.floor(random() * maxDelayMs)));
    w.child.kill('SIGKILL');
    const { signal } = await w.exited;
    if (signal === 'SIGKILL') kills++;
    expect(integrity(file), `round ${round}`).toBe('ok');
    const db = new Database(file, { readonly: true });
    const got = importFacts(db);
    db.close();
    expect(got, `round ${round}: the database holds exactly ${got.importChanges} whole imports`).toEqual(referenceAfter(got.importChanges));
    log(`round ${round}: ${got.importChanges} imports, ${got.signups} sign-ups`);
  }
  const backups = path.join(dir, 'backups');
  for (const name of readdirSync(backups).filter((n) => n.endsWith('.db'))) expect(integrity(path.join(backups, name)), name).toBe('ok');
  reference.db.close();
  const db = new Database(file, { readonly: true });
  const imports = importFacts(db).importChanges;
  db.close();
  return { kills, imports };
}
