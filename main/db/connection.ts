import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../core/errors';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { msg } from '../core/i18n';

export type DB = Database.Database;

export interface OpenOptions {
  /** Where copies are kept before a migration; defaults to `<db folder>/backups`. */
  backupDir?: string;
  /** better-sqlite3's native addon for another ABI (the Electron main process). */
  nativeBinding?: string;
  readonly?: boolean;
}

/**
 * Opens (or creates) a Samling database: WAL, foreign keys, a busy timeout so that the CLI,
 * browser mode and the desktop app can share one file, then all pending migrations in one
 * transaction. A file written by a newer Samling is refused rather than damaged.
 */
export function openDatabase(file: string, options: OpenOptions = {}): DB {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const existed = file !== ':memory:' && existsSync(file);
  let db: DB;
  try {
    db = new Database(file, {
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      ...(options.readonly ? { readonly: true, fileMustExist: true } : {}),
    });
  } catch (e) {
    throw new AppError('db_open_failed', msg`Kunne ikke åpne databasen ${file}: ${(e as Error).message}`);
  }
  try {
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new AppError(
        'db_too_new',
        msg`Databasen ${path.basename(file)} er laget av en nyere versjon av Samling (skjema ${version}, denne versjonen kjenner ${SCHEMA_VERSION}). Oppdater Samling for å åpne den; filen er ikke endret.`,
      );
    }
    if (version < SCHEMA_VERSION && !options.readonly) {
      if (existed && version > 0) backupBeforeMigration(db, file, version, options.backupDir);
      migrate(db, version);
    }
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** Applies every migration newer than `from` in one transaction: all or nothing. */
export function migrate(db: DB, from: number): void {
  const pending = MIGRATIONS.filter((m) => m.version > from);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const m of pending) m.up(db);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}

function backupBeforeMigration(db: DB, file: string, version: number, backupDir?: string): void {
  const dir = backupDir ?? path.join(path.dirname(path.resolve(file)), 'backups');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = path.join(dir, `${path.basename(file, path.extname(file))}-skjema${version}-${stamp}.db`);
  // Checkpoint first so the copy holds everything the WAL had.
  db.pragma('wal_checkpoint(TRUNCATE)');
  copyFileSync(file, target);
}
