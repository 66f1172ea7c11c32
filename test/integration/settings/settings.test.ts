import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../../main/core/context';
import { readDataSettings } from '../../../main/core/settings/handlers';
import { fails, freshCore, ok } from '../../helpers/db';

let ctx: CoreContext;
let file: string;
let close: () => void;
beforeEach(() => {
  ({ ctx, file, close } = freshCore());
});
afterEach(() => close());

describe('settings:get / settings:set', () => {
  it('gives the defaults on a new database', () => {
    expect(ok(ctx, 'settings:get')).toEqual({ backupKeep: 20, backupAuto: true });
  });

  it('stores the choices in meta and reads them back', () => {
    expect(ok(ctx, 'settings:set', { backupKeep: 7 })).toEqual({ backupKeep: 7, backupAuto: true });
    expect(ok(ctx, 'settings:set', { backupAuto: false })).toEqual({ backupKeep: 7, backupAuto: false });
    expect(ok(ctx, 'settings:get')).toEqual({ backupKeep: 7, backupAuto: false });
    const meta = ctx.db.prepare(`SELECT key, value FROM meta WHERE key LIKE 'backup_%' ORDER BY key`).all();
    expect(meta).toEqual([
      { key: 'backup_auto', value: 'false' },
      { key: 'backup_keep', value: '7' },
    ]);
    expect(readDataSettings(ctx)).toEqual({ backupKeep: 7, backupAuto: false });
  });

  it('accepts the limits 1 and 365', () => {
    expect(ok(ctx, 'settings:set', { backupKeep: 1 }).backupKeep).toBe(1);
    expect(ok(ctx, 'settings:set', { backupKeep: 365 }).backupKeep).toBe(365);
  });

  it.each([0, 366, -3, 2.5, '10', null])('rejects backupKeep %s in Norwegian and stores nothing', (bad) => {
    const err = fails(ctx, 'settings:set', { backupKeep: bad });
    expect(err.code).toBe('invalid_input');
    expect(err.message).toMatch(/helt tall fra 1 til 365/);
    expect(err.fields?.backupKeep).toMatch(/sikkerhetskopier/);
    expect(ok(ctx, 'settings:get').backupKeep).toBe(20);
  });

  it('rejects a backupAuto that is not true or false, and unknown keys', () => {
    expect(fails(ctx, 'settings:set', { backupAuto: 'ja' }).message).toMatch(/på eller av/);
    expect(fails(ctx, 'settings:set', { language: 'nn' }).message).toMatch(/kjenner ikke feltet «language»/);
  });

  it('falls back to the defaults when meta holds something unreadable', () => {
    ctx.db.prepare(`INSERT INTO meta (key, value) VALUES ('backup_keep', 'mange'), ('backup_auto', 'kanskje')`).run();
    expect(ok(ctx, 'settings:get')).toEqual({ backupKeep: 20, backupAuto: true });
  });

  it('is not an undoable change: Angre leaves the setting alone', () => {
    ok(ctx, 'settings:set', { backupKeep: 5 });
    const log = ok(ctx, 'changelog:list', {});
    expect(log.some((c) => c.operation.startsWith('settings:'))).toBe(false);
  });
});

describe('app:paths', () => {
  it('reports the folder, file and backup folder of the open database', () => {
    const p = ok(ctx, 'app:paths');
    expect(p.dbFile).toBe(path.resolve(file));
    expect(p.dataDir).toBe(path.dirname(path.resolve(file)));
    expect(p.backupsDir).toBe(path.join(p.dataDir, 'backups'));
  });
});
