import { z } from 'zod';
import { empty } from '../schemas';
import { op } from './define';
import { msg, t } from '../../core/i18n';

// Settings that belong to the data rather than to one computer (issue #6): how many automatic
// backups to keep and whether they are made at all. They live in the database's `meta` table, so
// a backup or a moved database file takes them along. Language, theme and the data folder are per
// computer and stay with the renderer (localStorage) or the desktop app's settings file.

/** What settings:get returns and settings:set accepts (every field optional there). */
export interface DataSettings {
  /** How many automatic backups to keep, 1–365. */
  backupKeep: number;
  /** Whether Samling makes backups by itself. */
  backupAuto: boolean;
}

export const BACKUP_KEEP_MIN = 1;
export const BACKUP_KEEP_MAX = 365;
export const DATA_SETTINGS_DEFAULTS: DataSettings = { backupKeep: 20, backupAuto: true };

const keepMessage = () => msg`Antall sikkerhetskopier å beholde må være et helt tall fra ${BACKUP_KEEP_MIN} til ${BACKUP_KEEP_MAX}.`;

export const settingsSet = z
  .object({
    backupKeep: z
      .number({ error: keepMessage })
      .int({ error: keepMessage })
      .min(BACKUP_KEEP_MIN, { error: keepMessage })
      .max(BACKUP_KEEP_MAX, { error: keepMessage })
      .optional(),
    backupAuto: z.boolean({ error: () => t('Automatisk sikkerhetskopi må være på eller av (true eller false).') }).optional(),
  })
  .strict();

export const settingsOps = {
  'settings:get': op<DataSettings>()(empty, false, 'Innstillinger for sikkerhetskopier'),
  'settings:set': op<DataSettings>()(settingsSet, true, 'Endre innstillinger for sikkerhetskopier'),
} as const;
