import type { DB } from '../db/connection';

/** What every core function gets first: the open database and the clock. */
export interface CoreContext {
  db: DB;
  /** The database file ('' for in-memory); used for backups. */
  file: string;
  now: () => Date;
}

export function createContext(db: DB, file: string, now: () => Date = () => new Date()): CoreContext {
  return { db, file, now };
}
