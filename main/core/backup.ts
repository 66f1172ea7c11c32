import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { SCHEMA_VERSION } from '../db/migrations';
import type { CoreContext } from './context';
import { AppError } from './errors';
import { openCore } from './open';
import { msg, t } from './i18n';

export interface BackupResult {
  file: string;
  bytes: number;
}

export interface RestoreResult {
  /** The database file that now holds the restored data. */
  dbFile: string;
  /** Where the data that was there before is kept; null when there was no file. */
  previous: string | null;
  /** The schema version of the restored file before it was opened (and migrated). */
  restoredSchema: number;
}

/** Tables every Samling database has; a file without them is some other SQLite database. */
const REQUIRED_TABLES = ['meta', 'organisations', 'events', 'people', 'signups', 'changes'];

function stamp(d: Date): string {
  return d.toISOString().replace(/[:.]/g, '-').replace('T', '_').slice(0, 23);
}

function sameFile(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}

/**
 * Copies the open database to `file` with SQLite's online backup, which is consistent even while
 * the app keeps writing. The copy is written next to the target first and then renamed, so a
 * failure never leaves half a file under the chosen name.
 */
export async function backupTo(ctx: CoreContext, file: string, options: { overwrite?: boolean } = {}): Promise<BackupResult> {
  const target = path.resolve(file);
  if (ctx.file && sameFile(target, ctx.file))
    throw new AppError('invalid_target', t('Sikkerhetskopien kan ikke lagres over selve databasen. Velg et annet filnavn.'));
  if (existsSync(target) && !options.overwrite)
    throw new AppError('exists', msg`Filen ${target} finnes allerede og er ikke overskrevet.`);
  if (!existsSync(path.dirname(target))) throw new AppError('no_folder', msg`Mappen ${path.dirname(target)} finnes ikke.`);
  const tmp = `${target}.tmp-${process.pid}`;
  try {
    await ctx.db.backup(tmp);
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new AppError('backup_failed', msg`Sikkerhetskopien kunne ikke lages: ${(e as Error).message}`);
  }
  return { file: target, bytes: statSync(target).size };
}

function isSqliteFile(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    const n = readSync(fd, head, 0, 16, 0);
    return n === 16 && head.toString('latin1') === 'SQLite format 3\u0000';
  } finally {
    closeSync(fd);
  }
}

/**
 * Checks that `file` is an intact Samling database this version can open; returns its schema
 * version. Throws an AppError with a Norwegian message saying what is wrong otherwise.
 */
export function checkSamlingFile(file: string, nativeBinding?: string): number {
  const name = path.basename(file);
  if (!existsSync(file) || !statSync(file).isFile()) throw new AppError('not_found', msg`Fant ikke filen ${file}.`);
  if (!isSqliteFile(file)) throw new AppError('not_samling', msg`${name} er ikke en Samling-database (ikke en SQLite-fil).`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (e) {
    throw new AppError('not_samling', msg`${name} kan ikke åpnes: ${(e as Error).message}`);
  }
  try {
    const check = db.pragma('integrity_check', { simple: true }) as string;
    if (check !== 'ok') throw new AppError('corrupt', msg`${name} er skadet (integritetskontrollen sier: ${check}). Den er ikke tatt i bruk.`);
    const tables = new Set(
      (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name),
    );
    const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
    if (missing.length) throw new AppError('not_samling', msg`${name} er ikke en Samling-database (mangler tabellene ${missing.join(', ')}).`);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION)
      throw new AppError(
        'db_too_new',
        msg`${name} er laget av en nyere versjon av Samling (skjema ${version}, denne versjonen kjenner ${SCHEMA_VERSION}). Oppdater Samling først.`,
      );
    if (version <= 0) throw new AppError('not_samling', msg`${name} er ikke en Samling-database (mangler skjemaversjon).`);
    return version;
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('corrupt', msg`${name} kan ikke leses: ${(e as Error).message}`);
  } finally {
    db.close();
  }
}

/**
 * Replaces the database file `dbFile` with the backup `file`. The backup is checked first
 * (checkSamlingFile); the current data is kept aside as `<db>.before-restore-<time>.db`; the
 * old WAL files are removed so they cannot be replayed onto the restored file; finally the
 * restored file is opened once, which migrates an older backup. Nobody else may have `dbFile`
 * open meanwhile (close the app first).
 */
export async function restoreFrom(
  file: string,
  dbFile: string,
  options: { nativeBinding?: string; now?: Date } = {},
): Promise<RestoreResult> {
  const source = path.resolve(file);
  const target = path.resolve(dbFile);
  if (sameFile(source, target)) throw new AppError('invalid_source', t('Filen som skal gjenopprettes, er selve databasen.'));
  const restoredSchema = checkSamlingFile(source, options.nativeBinding);

  let previous: string | null = null;
  if (existsSync(target)) {
    previous = `${target}.before-restore-${stamp(options.now ?? new Date())}.db`;
    // The online backup includes what is still in the WAL, unlike a plain file copy.
    const current = new Database(target, { fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    try {
      await current.backup(previous);
      current.pragma('wal_checkpoint(TRUNCATE)');
    } catch (e) {
      throw new AppError('backup_failed', msg`Kunne ikke ta vare på dagens database før gjenopprettingen: ${(e as Error).message}. Ingenting er endret.`);
    } finally {
      current.close();
    }
  }

  const tmp = `${target}.restore-tmp-${process.pid}`;
  try {
    copyFileSync(source, tmp);
    for (const suffix of ['-wal', '-shm', '-journal']) rmSync(target + suffix, { force: true });
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    const detail = (e as Error).message;
    throw new AppError(
      'restore_failed',
      previous
        ? msg`Gjenopprettingen mislyktes: ${detail}. Dagens data ligger i ${previous}.`
        : msg`Gjenopprettingen mislyktes: ${detail}.`,
    );
  }
  const ctx = openCore(target, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  ctx.db.close();
  return { dbFile: target, previous, restoredSchema };
}
