import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/main';
import { generateReplies } from '../../../main/core/email/bench';
import { backupsDir, listBackups } from '../../../main/core/snapshots';
import { fails, freshCoresPerTest, ok } from '../../helpers/db';

const core = freshCoresPerTest();

describe('automatic backups', () => {
  it('an e-mail import is preceded by a snapshot of the state before it', () => {
    const { ctx } = core();
    ok(ctx, 'signups:create', { name: 'Før Importen', email: 'for@example.no' });
    ok(ctx, 'import:commit', { text: generateReplies(5, 1) });
    const [snap] = listBackups(ctx.file);
    expect(snap?.kind).toBe('for-import');
    // The snapshot holds the state just before: the manual sign-up, none of the imported ones.
    const copy = new Database(snap?.file ?? '', { readonly: true });
    expect((copy.prepare('SELECT name FROM people').all() as { name: string }[]).map((p) => p.name)).toEqual(['Før Importen']);
    copy.close();
    expect((ctx.db.prepare(`SELECT COUNT(*) AS n FROM signups`).get() as { n: number }).n).toBeGreaterThan(1);
  });

  it('a refused import (bad input) makes no snapshot; keeps the newest N', () => {
    const { ctx } = core();
    fails(ctx, 'import:commit', { text: '' });
    expect(listBackups(ctx.file)).toHaveLength(0);
    ok(ctx, 'backups:setKeep', { keep: 3 });
    for (let i = 0; i < 6; i++) ok(ctx, 'backups:create');
    const list = ok(ctx, 'backups:list');
    expect(list.keep).toBe(3);
    expect(list.backups).toHaveLength(3);
    expect(list.backups.every((b) => b.kind === 'manuell')).toBe(true);
    expect(fails(ctx, 'backups:setKeep', { keep: 1 }).message).toMatch(/minst 3/);
  });

  it('restore round trip under the running core: what came after is gone, and kept as its own backup', () => {
    const { ctx } = core();
    ok(ctx, 'signups:create', { name: 'Kari Nordmann', email: 'kari@example.no' });
    const snap = ok(ctx, 'backups:create');
    ok(ctx, 'signups:create', { name: 'Ola Etterpå', email: 'ola@example.no' });
    const people = () => (ctx.db.prepare('SELECT name FROM people ORDER BY name').all() as { name: string }[]).map((p) => p.name);
    expect(people()).toEqual(['Kari Nordmann', 'Ola Etterpå']);
    expect(fails(ctx, 'backups:restore', { name: snap.name }).message).toMatch(/bekreftes/);
    expect(fails(ctx, 'backups:restore', { name: '../samling.db', confirm: true }).code).toBe('invalid_input');
    const r = ok(ctx, 'backups:restore', { name: snap.name, confirm: true });
    expect(people()).toEqual(['Kari Nordmann']); // ctx.db is the reopened file
    expect(r.before.kind).toBe('for-gjenoppretting');
    // And back again: nothing was lost by restoring.
    ok(ctx, 'backups:restore', { name: r.before.name, confirm: true });
    expect(people()).toEqual(['Kari Nordmann', 'Ola Etterpå']);
    ok(ctx, 'signups:create', { name: 'Per Etter Gjenoppretting', email: 'per@example.no' });
    expect(people()).toHaveLength(3);
  });

  it('purge removes every backup and leaves one fresh one', () => {
    const { ctx } = core();
    ok(ctx, 'backups:create');
    ok(ctx, 'backups:create');
    const r = ok(ctx, 'backups:purge', { confirm: true });
    expect(r.removed).toBe(2);
    expect(readdirSync(backupsDir(ctx.file))).toEqual([r.fresh.name]);
  });

  it('the command line lists backups as JSON and restores the latest', async () => {
    const { ctx, file } = core();
    ok(ctx, 'signups:create', { name: 'Kari Nordmann', email: 'kari@example.no' });
    ok(ctx, 'backups:create');
    ok(ctx, 'signups:create', { name: 'Ola Etterpå', email: 'ola@example.no' });
    ctx.db.close();
    let out = '';
    const io = { out: (t: string) => void (out += t), err: (t: string) => void (out += t), readStdin: async () => '' };
    expect(await runCli(['--db', file, 'backups', '--json'], io)).toBe(0);
    const listed = JSON.parse(out) as { backups: { name: string; kind: string }[] };
    expect(listed.backups[0]?.kind).toBe('manuell');
    out = '';
    expect(await runCli(['--db', file, 'restore', '--latest'], io), out).toBe(0);
    expect(out).toMatch(/gjenopprettet/);
    out = '';
    expect(await runCli(['--db', file, 'restore'], io)).toBe(1);
    expect(out).toMatch(/--latest/);
    // Reopen for the cleanup and check the data.
    ctx.db = (await import('../../../main/core/open')).openCore(file).db;
    expect((ctx.db.prepare('SELECT name FROM people').all() as { name: string }[]).map((p) => p.name)).toEqual(['Kari Nordmann']);
  });
});
