import type { OpParsed } from '../../api/contract';
import { BACKUP_KEEP_MAX, BACKUP_KEEP_MIN, DATA_SETTINGS_DEFAULTS, type DataSettings, type settingsOps } from '../../api/ops/settings';
import type { CoreContext } from '../context';
import type { HandlersFor } from '../handlers';

// The backup settings in the `meta` table: `backup_keep` holds a whole number as text ('20') and
// `backup_auto` 'true' or 'false'. A missing or unreadable value means the default, so an old
// database (or one edited by hand) never stops the app. Written directly, not through the change
// log: a preference is not data the organiser expects Ctrl+Z to take back.

const KEYS = { backupKeep: 'backup_keep', backupAuto: 'backup_auto' } as const;

function metaValue(ctx: CoreContext, key: string): string | undefined {
  const row = ctx.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

function setMeta(ctx: CoreContext, key: string, value: string): void {
  ctx.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** The backup settings, defaults filled in. For the backup code as well as the op. */
export function readDataSettings(ctx: CoreContext): DataSettings {
  const keepRaw = Number(metaValue(ctx, KEYS.backupKeep));
  const keep = Number.isInteger(keepRaw) && keepRaw >= BACKUP_KEEP_MIN && keepRaw <= BACKUP_KEEP_MAX ? keepRaw : DATA_SETTINGS_DEFAULTS.backupKeep;
  const autoRaw = metaValue(ctx, KEYS.backupAuto);
  const auto = autoRaw === 'true' ? true : autoRaw === 'false' ? false : DATA_SETTINGS_DEFAULTS.backupAuto;
  return { backupKeep: keep, backupAuto: auto };
}

export function settingsGet(ctx: CoreContext): DataSettings {
  return readDataSettings(ctx);
}

export function settingsSet(ctx: CoreContext, input: OpParsed<'settings:set'>): DataSettings {
  if (input.backupKeep !== undefined) setMeta(ctx, KEYS.backupKeep, String(input.backupKeep));
  if (input.backupAuto !== undefined) setMeta(ctx, KEYS.backupAuto, String(input.backupAuto));
  return readDataSettings(ctx);
}

export const settingsHandlers: HandlersFor<typeof settingsOps> = {
  'settings:get': settingsGet,
  'settings:set': settingsSet,
};
