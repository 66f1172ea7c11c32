import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { OpenOptions } from '../db/connection';
import { checkSamlingFile } from './backup';
import type { CoreContext } from './context';
import { AppError } from './errors';
import { openCore } from './open';
import { createSnapshot, dailySnapshotIfDue, findBackup, listBackups, type BackupInfo } from './snapshots';
import { msg, t } from './i18n';

// Opening a database that may be damaged, and putting a backup in its place (issue #7).
// The rules: a damaged file is never overwritten or "repaired" in place; a copy of it is kept
// aside as `<file>.skadet-<time>` before anything else happens, so even a failed restore loses
// nothing; and the check is quick (the header, then SQLite's quick_check), so every start can
// afford it.

export type SafeOpen =
  | { status: 'ok'; ctx: CoreContext; dailyBackup: BackupInfo | null }
  | { status: 'damaged'; code: 'db_damaged'; message: string; file: string; copy: string | null; backups: BackupInfo[] }
  | { status: 'failed'; code: string; message: string; file: string };

export interface Inspection {
  ok: boolean;
  /** What is wrong, for the message (in the current language). */
  problem?: string;
}

const HEADER = 'SQLite format 3\u0000';

function stamp(d: Date): string {
  return d.toISOString().replace(/[:.]/g, '-');
}

/** The header's own promises: magic string, a valid page size, and a file at least as long as it says. */
function inspectHeader(file: string, size: number): string | null {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(100);
    const n = readSync(fd, head, 0, 100, 0);
    if (n < 100 || head.toString('latin1', 0, 16) !== HEADER) return t('filen er ikke en SQLite-database (filhodet er feil eller mangler)');
    const raw = head.readUInt16BE(16);
    const pageSize = raw === 1 ? 65536 : raw;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) return t('filhodet er skadet (ugyldig sidestørrelse)');
    // The page count in the header is valid only when its change counter matches (offset 92).
    const pages = head.readUInt32BE(28);
    const valid = head.readUInt32BE(92) === head.readUInt32BE(24);
    if (size % pageSize !== 0 || (valid && pages > 0 && size < pages * pageSize)) return t('filen er avkortet (den er kortere enn den selv sier)');
    return null;
  } finally {
    closeSync(fd);
  }
}

/**
 * Checks a database file without changing it: a missing file is fine (a new one is made), a
 * folder, an unreadable, empty, truncated or corrupt file is not.
 */
export function inspectDatabaseFile(file: string, options: { nativeBinding?: string } = {}): Inspection {
  if (!existsSync(file)) return { ok: true };
  let st;
  try {
    st = statSync(file);
  } catch (e) {
    return { ok: false, problem: msg`filen kan ikke leses (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  if (st.isDirectory()) return { ok: false, problem: t('stien er en mappe, ikke en databasefil') };
  if (!st.isFile()) return { ok: false, problem: t('stien er ikke en vanlig fil') };
  if (st.size === 0) return { ok: false, problem: t('filen er tom (0 byte)') };
  try {
    const header = inspectHeader(file, st.size);
    if (header) return { ok: false, problem: header };
  } catch (e) {
    return { ok: false, problem: msg`filen kan ikke leses (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    db.pragma('busy_timeout = 5000');
    const result = db.pragma('quick_check', { simple: true }) as string;
    if (result !== 'ok') return { ok: false, problem: msg`SQLite fant skader i filen (${result.slice(0, 200)})` };
    return { ok: true };
  } catch (e) {
    const detail = (e as Error).message;
    const code = (e as { code?: unknown }).code;
    // Busy is not damage: somebody else writes right now. Neither is a native module built for
    // another Node/Electron version (no SQLITE_ code). The normal open reports both properly.
    if (typeof code !== 'string' || !code.startsWith('SQLITE_') || /SQLITE_BUSY|database is locked/i.test(`${code} ${detail}`)) return { ok: true };
    return { ok: false, problem: msg`SQLite kan ikke lese filen (${detail})` };
  } finally {
    db?.close();
  }
}

/** Copies a damaged file (and its WAL, which may hold the newest changes) aside; null if it cannot be copied. */
export function keepDamagedCopy(file: string, now = new Date()): string | null {
  const copy = `${file}.skadet-${stamp(now)}`;
  try {
    if (!statSync(file).isFile()) return null;
    copyFileSync(file, copy);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
    return copy;
  } catch {
    return null;
  }
}

const contextOptions = new WeakMap<CoreContext, OpenOptions>();

/** Opens `file` like openCore, but checks it first and reports damage instead of throwing. */
export function openCoreSafely(file: string, options: OpenOptions & { now?: Date } = {}): SafeOpen {
  const target = path.resolve(file);
  const { now, ...openOptions } = options;
  const inspection = inspectDatabaseFile(target, openOptions);
  if (!inspection.ok) {
    const copy = keepDamagedCopy(target, now);
    const backups = listBackups(target);
    const message =
      msg`Databasen ${target} kan ikke brukes: ${inspection.problem ?? t('ukjent feil')}.` +
      ' ' +
      (copy ? msg`En kopi av den skadede filen er lagt til side som ${copy}.` : t('Filen er ikke endret.')) +
      ' ' +
      (backups.length > 0
        ? msg`Den nyeste sikkerhetskopien er fra ${backups[0]?.at ?? ''}; du kan gjenopprette den.`
        : t('Det finnes ingen sikkerhetskopier i backups-mappen.'));
    return { status: 'damaged', code: 'db_damaged', message, file: target, copy, backups };
  }
  let ctx: CoreContext;
  try {
    ctx = openCore(target, openOptions);
  } catch (e) {
    if (e instanceof AppError) return { status: 'failed', code: e.code, message: e.message, file: target };
    return { status: 'failed', code: 'db_open_failed', message: msg`Kunne ikke åpne databasen ${target}: ${(e as Error).message}`, file: target };
  }
  contextOptions.set(ctx, openOptions);
  let dailyBackup: BackupInfo | null = null;
  try {
    dailyBackup = dailySnapshotIfDue(ctx);
  } catch {
    // A full disk must not stop her from working; the next risky operation will say so.
  }
  return { status: 'ok', ctx, dailyBackup };
}

/** Copies `source` next to `target` under a temporary name and syncs it; returns that name. */
function stageCopy(source: string, target: string): string {
  const tmp = `${target}.restore-tmp-${process.pid}`;
  try {
    copyFileSync(source, tmp);
    const fd = openSync(tmp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return tmp;
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new AppError('restore_failed', msg`Gjenopprettingen mislyktes, ingenting er endret: ${(e as Error).message}`);
  }
}

/** Puts a staged copy in place of `target`; the old WAL goes first, or it would be replayed onto it. */
function commitStaged(tmp: string, target: string): void {
  try {
    for (const suffix of ['-wal', '-shm', '-journal']) rmSync(target + suffix, { force: true });
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new AppError('restore_failed', msg`Gjenopprettingen mislyktes: ${(e as Error).message}`);
  }
}

function swapIn(source: string, target: string): void {
  commitStaged(stageCopy(source, target), target);
}

export interface OfflineRestore {
  dbFile: string;
  restoredFrom: string;
  /** Where the file that was there is kept (damaged or not); null when there was none. */
  previous: string | null;
}

/**
 * Puts a backup in place of a database nobody has open (at start, after damage was found, or
 * from the CLI). The file that was there is copied aside first, damaged or not.
 */
export function restoreOffline(dbFile: string, backupFile: string, options: OpenOptions & { now?: Date } = {}): OfflineRestore {
  const target = path.resolve(dbFile);
  const source = path.resolve(backupFile);
  if (source === target) throw new AppError('invalid_source', t('Filen som skal gjenopprettes, er selve databasen.'));
  checkSamlingFile(source, options.nativeBinding);
  if (existsSync(target) && statSync(target).isDirectory())
    throw new AppError('invalid_target', msg`${target} er en mappe. Flytt den bort før du gjenoppretter.`);
  let previous: string | null = null;
  if (existsSync(target)) {
    previous = keepDamagedCopy(target, options.now);
    if (!previous) throw new AppError('restore_failed', msg`Kunne ikke ta vare på filen ${target} før gjenopprettingen. Ingenting er endret.`);
    // Named for what it is: a healthy file is kept as "før gjenoppretting", not as damaged.
    if (inspectDatabaseFile(target, options).ok) {
      const renamed = previous.replace('.skadet-', '.for-gjenoppretting-');
      renameSync(previous, renamed);
      if (existsSync(`${previous}-wal`)) renameSync(`${previous}-wal`, `${renamed}-wal`);
      previous = renamed;
    }
  }
  swapIn(source, target);
  const { now: _now, ...openOptions } = options;
  openCore(target, openOptions).db.close();
  return { dbFile: target, restoredFrom: source, previous };
}

/** The newest backup of `dbFile` that passes the integrity check, or null. */
export function latestGoodBackup(dbFile: string, nativeBinding?: string): BackupInfo | null {
  for (const b of listBackups(dbFile)) {
    try {
      checkSamlingFile(b.file, nativeBinding);
      return b;
    } catch {
      /* try the next older one */
    }
  }
  return null;
}

/** Moves a damaged file away (its copy is already kept) so that the app can start empty. */
export function startFresh(dbFile: string, now = new Date()): string {
  const target = path.resolve(dbFile);
  const aside = `${target}.skadet-${stamp(now)}-flyttet`;
  renameSync(target, aside);
  for (const suffix of ['-wal', '-shm']) if (existsSync(target + suffix)) renameSync(target + suffix, aside + suffix);
  return aside;
}

export interface LiveRestore {
  restored: BackupInfo;
  /** The snapshot of the data as it was just before, in the backups folder. */
  before: BackupInfo;
}

/**
 * Restores a backup under a running door: snapshot of today's data first, close the
 * connection, swap the files, reopen, and put the new connection into the same `ctx` object
 * every door holds. If the reopened file cannot be used, the snapshot goes back in its place.
 */
export function restoreLive(ctx: CoreContext, name: string): LiveRestore {
  const backup = findBackup(ctx.file, name);
  const options = contextOptions.get(ctx) ?? {};
  checkSamlingFile(backup.file, options.nativeBinding);
  // Staged before the snapshot below, whose pruning might remove the oldest backup: this one.
  const staged = stageCopy(backup.file, ctx.file);
  let before: BackupInfo;
  try {
    before = createSnapshot(ctx, 'for-gjenoppretting');
  } catch (e) {
    rmSync(staged, { force: true });
    throw e;
  }
  ctx.db.close();
  try {
    commitStaged(staged, ctx.file);
    ctx.db = openCore(ctx.file, options).db;
  } catch (e) {
    swapIn(before.file, ctx.file);
    ctx.db = openCore(ctx.file, options).db;
    throw e instanceof AppError ? e : new AppError('restore_failed', msg`Gjenopprettingen mislyktes, og dataene er som før: ${(e as Error).message}`);
  }
  return { restored: backup, before };
}

/**
 * For doors that print and stop (CLI, browser mode): opens safely or throws an AppError whose
 * Norwegian message ends with what to do, e.g. the restore command.
 */
export function openCoreOrExplain(file: string, restoreHint: string, options: OpenOptions = {}): CoreContext {
  const r = openCoreSafely(file, options);
  if (r.status === 'ok') return r.ctx;
  if (r.status === 'damaged')
    throw new AppError(
      'db_damaged',
      [
        r.message,
        r.backups.length > 0
          ? restoreHint
          : t('Flytt filen bort (kopien er tatt vare på) for å begynne med en tom database, eller gjenopprett en sikkerhetskopi du har lagret et annet sted.'),
      ].join('\n'),
    );
  throw new AppError(r.code, r.message);
}
