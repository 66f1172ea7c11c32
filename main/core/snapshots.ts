import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AppErrorInfo } from '../api/types';
import type { DB } from '../db/connection';
import type { CoreContext } from './context';
import { AppError } from './errors';
import { msg, t } from './i18n';

// Automatic snapshots in `<data dir>/backups/` (issue #7). Written with `VACUUM INTO`, not with
// better-sqlite3's `db.backup()`: VACUUM INTO is synchronous, so it fits the synchronous core
// (`invoke` and every handler are synchronous; an op can make a snapshot and answer in one
// call), it writes one consistent snapshot of the last committed state even while other
// connections write (WAL readers never block writers), and the copy comes out compact. It cannot
// run inside a transaction, so dispatch calls `snapshotBeforeOp` just before it opens the one
// for a risky operation. A snapshot is written under a temporary name, synced and renamed, so a
// crash or a full disk never leaves half a file that looks like a backup.

export type BackupKind =
  | 'manuell'
  | 'daglig'
  | 'for-import'
  | 'for-regnearkimport'
  | 'for-anonymisering'
  | 'for-sletting'
  | 'for-gjenoppretting'
  | 'for-oppgradering';

/** Each kind's label, in the current language (a function: the list is read during a call). */
const KIND_LABELS: Record<BackupKind, () => string> = {
  manuell: () => t('Tatt manuelt'),
  daglig: () => t('Daglig sikkerhetskopi'),
  'for-import': () => t('Før import av e-post'),
  'for-regnearkimport': () => t('Før import av regneark'),
  'for-anonymisering': () => t('Før anonymisering'),
  'for-sletting': () => t('Før sletting av en person'),
  'for-gjenoppretting': () => t('Før gjenoppretting'),
  'for-oppgradering': () => t('Før oppgradering av databasen'),
};

export interface BackupInfo {
  /** The file name inside the backups folder: what the renderer sends back to restore. */
  name: string;
  file: string;
  kind: BackupKind;
  label: string;
  /** When it was taken (ISO 8601). */
  at: string;
  bytes: number;
}

/** Operations that get an automatic snapshot first, and which kind it is. */
export const SNAPSHOT_BEFORE: Readonly<Record<string, BackupKind>> = {
  'import:commit': 'for-import',
  'sheets:commit': 'for-regnearkimport',
  'privacy:anonymiseEvent': 'for-anonymisering',
  'privacy:deletePerson': 'for-sletting',
};

export const DEFAULT_KEEP = 20;
export const MIN_KEEP = 3;
export const MAX_KEEP = 500;
const DAY_MS = 24 * 60 * 60 * 1000;
const KEEP_KEY = 'backup_keep';

export function backupsDir(dbFile: string): string {
  return path.join(path.dirname(path.resolve(dbFile)), 'backups');
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[:.]/g, '-');
}

/** `samling-for-import-2025-09-01T10-11-12-123Z.db` → kind and time; also the migration copies. */
function parseName(name: string): { kind: BackupKind; at: Date | null } | null {
  if (!name.endsWith('.db')) return null;
  const m = /^.+?-([a-z-]+?)-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-\d+)?\.db$/.exec(name);
  const at = (s: string | undefined) => {
    if (!s) return null;
    const d = new Date(s.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z'));
    return Number.isNaN(d.getTime()) ? null : d;
  };
  if (/-skjema\d+-/.test(name)) return { kind: 'for-oppgradering', at: at(/(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)/.exec(name)?.[1]) };
  if (m && m[1] && m[1] in KIND_LABELS) return { kind: m[1] as BackupKind, at: at(m[2]) };
  return { kind: 'manuell', at: null };
}

/** Every backup in the folder next to `dbFile`, newest first. */
export function listBackups(dbFile: string): BackupInfo[] {
  const dir = backupsDir(dbFile);
  if (!dbFile || !existsSync(dir)) return [];
  const out: BackupInfo[] = [];
  for (const name of readdirSync(dir)) {
    const parsed = parseName(name);
    if (!parsed) continue;
    const file = path.join(dir, name);
    let st;
    try {
      st = statSync(file);
    } catch {
      continue;
    }
    if (!st.isFile()) continue;
    const at = parsed.at ?? st.mtime;
    out.push({ name, file, kind: parsed.kind, label: KIND_LABELS[parsed.kind](), at: at.toISOString(), bytes: st.size });
  }
  return out.sort((a, b) => b.at.localeCompare(a.at) || b.name.localeCompare(a.name));
}

/** Finds a backup by the name the list gave; never a path (the renderer sends no paths). */
export function findBackup(dbFile: string, name: string): BackupInfo {
  const hit = name.includes('/') || name.includes('\\') ? undefined : listBackups(dbFile).find((b) => b.name === name);
  if (!hit) throw new AppError('not_found', msg`Fant ikke sikkerhetskopien «${name}». Den kan ha blitt slettet.`);
  return hit;
}

/** Writes a consistent copy of `db` to `target` (which must not exist) via a temporary file. */
export function vacuumInto(db: DB, target: string): void {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.tmp-${process.pid}`);
  rmSync(tmp, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    const fd = openSync(tmp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

export function backupKeep(ctx: CoreContext): number {
  const row = ctx.db.prepare('SELECT value FROM meta WHERE key = ?').get(KEEP_KEY) as { value: string } | undefined;
  const n = row ? Number(row.value) : DEFAULT_KEEP;
  return Number.isInteger(n) && n >= MIN_KEEP && n <= MAX_KEEP ? n : DEFAULT_KEEP;
}

/** A setting, not user data: kept in meta outside the change log (undo never touches it). */
export function setBackupKeep(ctx: CoreContext, keep: number): void {
  ctx.db
    .prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
    .run(KEEP_KEY, String(keep));
}

/**
 * Keeps the newest `keep` backups, and always the newest daily one (so that a day with many
 * imports does not push out the only copy from yesterday). Also removes temporary files that a
 * killed process left behind (older than ten minutes: a running snapshot elsewhere is younger).
 */
export function pruneBackups(dbFile: string, keep: number, now = new Date()): string[] {
  const all = listBackups(dbFile);
  const newestDaily = all.find((b) => b.kind === 'daglig');
  const removed: string[] = [];
  all.forEach((b, i) => {
    if (i < keep || b === newestDaily) return;
    rmSync(b.file, { force: true });
    removed.push(b.name);
  });
  const dir = backupsDir(dbFile);
  if (existsSync(dir))
    for (const name of readdirSync(dir)) {
      if (!/\.tmp-\d+$/.test(name)) continue;
      const file = path.join(dir, name);
      try {
        if (now.getTime() - statSync(file).mtimeMs > 10 * 60 * 1000) rmSync(file, { force: true });
      } catch {
        /* another process removed it meanwhile */
      }
    }
  return removed;
}

/** Takes one snapshot now (outside any transaction) and prunes old ones. */
export function createSnapshot(ctx: CoreContext, kind: BackupKind): BackupInfo {
  if (!ctx.file || ctx.file === ':memory:') throw new AppError('no_file', t('Databasen ligger bare i minnet og kan ikke sikkerhetskopieres.'));
  if (ctx.db.inTransaction) throw new Error('createSnapshot must run outside a transaction');
  const dir = backupsDir(ctx.file);
  const base = path.basename(ctx.file, path.extname(ctx.file)) || 'samling';
  let name = `${base}-${kind}-${stamp(ctx.now())}.db`;
  for (let i = 2; existsSync(path.join(dir, name)); i++) name = `${base}-${kind}-${stamp(ctx.now())}-${i}.db`;
  try {
    mkdirSync(dir, { recursive: true });
    vacuumInto(ctx.db, path.join(dir, name));
  } catch (e) {
    const detail = (e as Error).message;
    if (/SQLITE_FULL|disk is full|ENOSPC/i.test(detail))
      throw new AppError('disk_full', t('Disken er full, så sikkerhetskopien kunne ikke lages. Ingenting ble endret. Frigjør plass og prøv igjen.'));
    throw new AppError('backup_failed', msg`Sikkerhetskopien kunne ikke lages, så ingenting ble endret: ${detail}`);
  }
  pruneBackups(ctx.file, backupKeep(ctx), ctx.now());
  const info = listBackups(ctx.file).find((b) => b.name === name);
  if (!info) throw new AppError('backup_failed', t('Sikkerhetskopien forsvant rett etter at den ble laget.'));
  return info;
}

/**
 * Called by dispatch before a risky operation's transaction: a snapshot first, and the
 * operation is refused (nothing stored) when the snapshot cannot be made. In-memory databases
 * (some tests) have nothing to copy.
 */
export function snapshotBeforeOp(ctx: CoreContext, name: string): AppErrorInfo | null {
  const kind = SNAPSHOT_BEFORE[name];
  if (!kind || !ctx.file || ctx.file === ':memory:') return null;
  try {
    createSnapshot(ctx, kind);
    return null;
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, message: e.message };
    return { code: 'backup_failed', message: msg`Sikkerhetskopien kunne ikke lages, så ingenting ble endret: ${(e as Error).message}` };
  }
}

/** The daily snapshot: made on open when the newest automatic one is older than 24 hours. */
export function dailySnapshotIfDue(ctx: CoreContext): BackupInfo | null {
  if (!ctx.file || ctx.file === ':memory:') return null;
  const newest = listBackups(ctx.file)[0];
  if (newest && ctx.now().getTime() - new Date(newest.at).getTime() < DAY_MS) return null;
  return createSnapshot(ctx, 'daglig');
}
