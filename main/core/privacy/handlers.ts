import type { backupsOps } from '../../api/ops/backups';
import type { privacyOps } from '../../api/ops/privacy';
import type { HandlersFor } from '../handlers';
import { restoreLive } from '../safety';
import { backupKeep, backupsDir, createSnapshot, listBackups, setBackupKeep } from '../snapshots';
import type { CoreContext } from '../context';
import { anonymiseEvent, privacyStatus } from './anonymise';
import { deletePerson, exportPerson } from './person';
import { purgeBackups } from './purge';
import { readStats } from './stats';

function list(ctx: CoreContext) {
  return { folder: backupsDir(ctx.file), keep: backupKeep(ctx), backups: listBackups(ctx.file) };
}

export const privacyHandlers: HandlersFor<typeof privacyOps> = {
  'privacy:status': (ctx) => privacyStatus(ctx),
  'privacy:stats': (ctx, input) => readStats(ctx.db, input.eventId),
  'privacy:anonymiseEvent': anonymiseEvent,
  'privacy:deletePerson': deletePerson,
  'privacy:exportPerson': exportPerson,
};

export const backupsHandlers: HandlersFor<typeof backupsOps> = {
  'backups:list': (ctx) => list(ctx),
  'backups:create': (ctx) => createSnapshot(ctx, 'manuell'),
  'backups:restore': (ctx, input) => restoreLive(ctx, input.name),
  'backups:setKeep': (ctx, input) => {
    setBackupKeep(ctx, input.keep);
    return list(ctx);
  },
  'backups:purge': (ctx) => purgeBackups(ctx),
};
