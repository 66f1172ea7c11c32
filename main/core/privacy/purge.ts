import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../snapshots';
import { createSnapshot, listBackups } from '../snapshots';
import type { CoreContext } from '../context';

/**
 * Deletes every backup Samling keeps (the backups folder, and the copies made next to the
 * database before a restore) and takes one fresh backup, so she is never left without one and
 * the fresh one no longer holds what was deleted. Copies of damaged files (`.skadet-…`) are left:
 * they may be the only copy of data that could not be opened, and README says how to remove them.
 */
export function purgeBackups(ctx: CoreContext): { removed: number; fresh: BackupInfo } {
  let removed = 0;
  for (const b of listBackups(ctx.file)) {
    rmSync(b.file, { force: true });
    removed++;
  }
  const dir = path.dirname(path.resolve(ctx.file));
  const base = path.basename(ctx.file);
  if (existsSync(dir))
    for (const name of readdirSync(dir))
      if (name.startsWith(`${base}.before-restore-`) || name.startsWith(`${base}.for-gjenoppretting-`)) {
        rmSync(path.join(dir, name), { force: true });
        removed++;
      }
  return { removed, fresh: createSnapshot(ctx, 'manuell') };
}
