import { z } from 'zod';
import type { BackupInfo } from '../../core/snapshots';
import { op } from './define';
import { t } from '../../core/i18n';

// Automatic and manual backups in the data folder (issue #7). The renderer names a backup by
// the file name the list gave, never by a path: main decides where files live.

export type { BackupInfo } from '../../core/snapshots';

export interface BackupList {
  folder: string;
  keep: number;
  backups: BackupInfo[];
}

export interface BackupRestoreResult {
  restored: BackupInfo;
  before: BackupInfo;
}

const backupName = z
  .string({ error: () => t('Navnet på sikkerhetskopien må være tekst.') })
  .min(1, { error: () => t('Velg en sikkerhetskopi.') })
  .max(255, { error: () => t('Navnet på sikkerhetskopien er for langt.') })
  .regex(/^[^/\\]+\.db$/, { error: () => t('Ugyldig navn på sikkerhetskopi.') });

const confirmed = z.literal(true, { error: () => t('Dette må bekreftes (confirm: true).') });

export const backupsOps = {
  'backups:list': op<BackupList>()(z.object({}).strict().optional().default({}), false, 'Sikkerhetskopiene i datamappen, nyeste først'),
  // Not "mutates": a snapshot changes no data, and VACUUM INTO cannot run inside a transaction.
  'backups:create': op<BackupInfo>()(z.object({}).strict().optional().default({}), false, 'Ta en sikkerhetskopi nå'),
  'backups:restore': op<BackupRestoreResult>()(
    z.object({ name: backupName, confirm: confirmed }).strict(),
    // Not in one transaction: the file is swapped under the open connection (see core/safety.ts).
    false,
    'Gjenopprett en sikkerhetskopi (dagens data tas vare på som egen sikkerhetskopi først)',
  ),
  'backups:setKeep': op<BackupList>()(
    z
      .object({
        keep: z
          .number({ error: () => t('Antallet må være et tall.') })
          .int({ error: () => t('Antallet må være et helt tall.') })
          .min(3, { error: () => t('Behold minst 3 sikkerhetskopier.') })
          .max(500, { error: () => t('Behold høyst 500 sikkerhetskopier.') }),
      })
      .strict(),
    false,
    'Hvor mange sikkerhetskopier som beholdes',
  ),
  'backups:purge': op<{ removed: number; fresh: BackupInfo }>()(
    z.object({ confirm: confirmed }).strict(),
    false,
    'Slett alle eldre sikkerhetskopier (de kan inneholde slettede personopplysninger) og ta en ny',
  ),
};
