import type { Statement } from 'better-sqlite3';
import type { DB } from './connection';

// better-sqlite3's `prepare` parses and plans the SQL every time; on the hot paths (an import
// writes tens of thousands of rows, each through the change log) that was most of the time.
// Statements are cached per connection, keyed by their text. Only for statements run with
// `get`/`all`/`run` and never put in raw, pluck or expand mode: a cached statement is shared by
// every caller of the same SQL.
const cache = new WeakMap<DB, Map<string, Statement>>();

export function stmt(db: DB, sql: string): Statement {
  let perDb = cache.get(db);
  if (!perDb) cache.set(db, (perDb = new Map()));
  let s = perDb.get(sql);
  if (!s) perDb.set(sql, (s = db.prepare(sql)));
  return s;
}
