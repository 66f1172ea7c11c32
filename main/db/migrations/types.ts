import type { Database } from 'better-sqlite3';

export interface Migration {
  /** Numbered in steps of 10; never edited once landed. */
  version: number;
  name: string;
  up(db: Database): void;
}
