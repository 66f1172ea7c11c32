import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/main';
import { invoke } from '../../../main/core/dispatch';
import { openCore } from '../../../main/core/open';
import { latestGoodBackup, openCoreSafely, restoreOffline } from '../../../main/core/safety';
import { createSnapshot, listBackups } from '../../../main/core/snapshots';
import { runWeb } from '../../../main/web/main';
import { tempDir } from '../../helpers/db';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

/** A real database with one sign-up and one backup of it, closed. */
function prepared(): { dir: string; file: string } {
  const { dir, cleanup } = tempDir('samling-damaged-');
  cleanups.push(cleanup);
  const file = path.join(dir, 'samling.db');
  const ctx = openCore(file);
  const r = invoke(ctx, 'signups:create', { name: 'Kari Nordmann', email: 'kari@example.no' });
  expect(r.ok).toBe(true);
  createSnapshot(ctx, 'manuell');
  // Enough rows that truncation cuts real pages.
  for (let i = 0; i < 40; i++) invoke(ctx, 'signups:create', { name: `Person ${i}`, email: `p${i}@example.no`, notes: 'x'.repeat(2000) });
  ctx.db.pragma('wal_checkpoint(TRUNCATE)');
  ctx.db.close();
  return { dir, file };
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => void (out += t), err: (t) => void (err += t), readStdin: async () => '' });
  return { code, out, err };
}

const damages: [string, (file: string) => void][] = [
  ['truncated to half', (f) => truncateSync(f, Math.floor(statSync(f).size / 2 / 4096) * 4096 + 100)],
  ['truncated at a page boundary', (f) => truncateSync(f, Math.floor(statSync(f).size / 2 / 4096) * 4096)],
  ['garbage bytes over the header', (f) => writeFileSync(f, Buffer.concat([Buffer.alloc(4096, 0xab), readFileSync(f).subarray(4096)]))],
  ['garbage bytes in the middle (b-tree pages)', (f) => {
    const b = readFileSync(f);
    for (let p = 2; p * 4096 < b.length - 4096; p += 3) b.fill(0x5a, p * 4096 + 8, p * 4096 + 4000);
    writeFileSync(f, b);
  }],
  ['zero length', (f) => writeFileSync(f, '')],
  ['random bytes, not SQLite at all', (f) => writeFileSync(f, Buffer.from(Array.from({ length: 10000 }, (_, i) => (i * 7919) % 256)))],
];

describe('opening a damaged database', () => {
  for (const [what, damage] of damages)
    it(`${what}: reported in Norwegian, copy kept aside, never overwritten, restorable`, async () => {
      const { dir, file } = prepared();
      damage(file);
      const damagedBytes = readFileSync(file);
      const r = openCoreSafely(file);
      expect(r.status).toBe('damaged');
      if (r.status !== 'damaged') return;
      expect(r.code).toBe('db_damaged');
      expect(r.message).toMatch(/kan ikke brukes/);
      expect(r.backups.length).toBeGreaterThan(0);
      expect(r.copy).not.toBeNull();
      expect(readFileSync(r.copy ?? '')).toEqual(damagedBytes);
      expect(readFileSync(file)).toEqual(damagedBytes); // untouched

      // The CLI names the way out; browser mode refuses to start with the same advice.
      const c = await cli(['--db', file, 'info', '--json']);
      expect(c.code).toBe(1);
      expect(c.err).toMatch(/samling restore --latest/);
      await expect(runWeb(['--db', file, '--no-open'], dir)).rejects.toThrow(/restore --latest/);
      expect(readFileSync(file)).toEqual(damagedBytes);

      const restored = await cli(['--db', file, 'restore', '--latest', '--json']);
      expect(restored.code, restored.err).toBe(0);
      const ok = openCoreSafely(file);
      expect(ok.status).toBe('ok');
      if (ok.status !== 'ok') return;
      const names = (ok.ctx.db.prepare('SELECT name FROM people').all() as { name: string }[]).map((p) => p.name);
      expect(names).toEqual(['Kari Nordmann']);
      ok.ctx.db.close();
      expect(readdirSync(dir).filter((n) => n.includes('.skadet-')).length).toBeGreaterThan(0);
    });

  it('a folder in place of the file is reported, not touched', async () => {
    const { dir, cleanup } = tempDir('samling-damaged-');
    cleanups.push(cleanup);
    const file = path.join(dir, 'samling.db');
    mkdirSync(file);
    const r = openCoreSafely(file);
    expect(r.status).toBe('damaged');
    if (r.status === 'damaged') expect(r.message).toMatch(/mappe/);
    expect(statSync(file).isDirectory()).toBe(true);
    expect((await cli(['--db', file, 'info'])).err).toMatch(/mappe/);
  });

  it('an unreadable file is reported', (ctx) => {
    if (process.getuid?.() === 0) {
      console.log('skipped: running as root, which reads files whatever their mode');
      ctx.skip();
    }
    const { file } = prepared();
    chmodSync(file, 0o000);
    const r = openCoreSafely(file);
    chmodSync(file, 0o600);
    expect(r.status).toBe('damaged');
  });

  it('a missing file is a new database; a healthy one opens and gets its daily backup', () => {
    const { dir, cleanup } = tempDir('samling-damaged-');
    cleanups.push(cleanup);
    const file = path.join(dir, 'samling.db');
    const r = openCoreSafely(file);
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.dailyBackup?.kind).toBe('daglig');
    r.ctx.db.close();
    const again = openCoreSafely(file);
    expect(again.status === 'ok' && again.dailyBackup).toBe(null); // not twice a day
    if (again.status === 'ok') again.ctx.db.close();
    const tomorrow = openCoreSafely(file, { now: new Date() });
    if (tomorrow.status === 'ok') tomorrow.ctx.db.close();
    expect(listBackups(file).filter((b) => b.kind === 'daglig')).toHaveLength(1);
  });

  it('restoreOffline skips a damaged backup for latestGoodBackup and keeps the damaged file', () => {
    const { file } = prepared();
    const [good] = listBackups(file);
    expect(good).toBeDefined();
    writeFileSync(file, 'ikke en database');
    const best = latestGoodBackup(file);
    expect(best?.name).toBe(good?.name);
    const r = restoreOffline(file, best?.file ?? '');
    expect(r.previous && existsSync(r.previous)).toBe(true);
    expect(readFileSync(r.previous ?? '', 'utf8')).toBe('ikke en database');
  });
});
