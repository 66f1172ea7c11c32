import { AppError } from '../core/errors';
import type { DB } from './connection';
import { stmt } from './stmt';
import { msg, render, t, type Note } from '../core/i18n';

/** Tables whose rows the change log records and undo restores. */
export const TRACKED_TABLES = [
  'meta',
  'themes',
  'organisations',
  'region_members',
  'events',
  'group_sessions',
  'people',
  'imported_messages',
  'signups',
] as const;
export type TrackedTable = (typeof TRACKED_TABLES)[number];

type Row = Record<string, unknown>;
export type SqlValue = string | number | bigint | null;

const columnCache = new WeakMap<DB, Map<string, Set<string>>>();

function columns(db: DB, table: TrackedTable): Set<string> {
  let perDb = columnCache.get(db);
  if (!perDb) columnCache.set(db, (perDb = new Map()));
  let cols = perDb.get(table);
  if (!cols) {
    const info = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[];
    cols = new Set(info.map((c) => c.name));
    perDb.set(table, cols);
  }
  return cols;
}

function checkColumns(db: DB, table: TrackedTable, keys: string[]): void {
  const cols = columns(db, table);
  for (const k of keys) if (!cols.has(k)) throw new Error(`Unknown column ${table}.${k}`);
}

function getRow(db: DB, table: TrackedTable, id: number): Row | undefined {
  return stmt(db, `SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined;
}

/**
 * What a change did: a note (main/core/i18n note`…`), stored both as bokmål text in `summary`
 * (the CLI, older readers, the access export) and as JSON in `summary_msg`, so that the history
 * can be shown in whatever language it is read in. A plain string is stored as it is (no JSON).
 */
export type Summary = string | Note;

function summaryColumns(summary: Summary): { text: string; json: string | null } {
  return typeof summary === 'string' ? { text: summary, json: null } : { text: render(summary, 'nb'), json: JSON.stringify(summary) };
}

/**
 * Told after each row the recorder writes: lets a batch keep its in-memory view of the rows
 * current. `before`/`after` are the rows as logged (`undefined`: inserted / removed); read only.
 */
export type RowListener = (table: TrackedTable, id: number, before: Readonly<Row> | undefined, after: Readonly<Row> | undefined) => void;

/**
 * Records one user-visible change (one operation) and every row it touches, so that undo can put
 * each row back. Use it inside the operation's transaction: the log and the data commit together.
 */
export class ChangeRecorder {
  private seq = 0;
  private readonly listeners: RowListener[] = [];
  readonly changeId: number;

  constructor(
    private readonly db: DB,
    operation: string,
    summary: Summary,
    eventId: number | null = null,
    undoes: number | null = null,
  ) {
    const { text, json } = summaryColumns(summary);
    const info = stmt(db, 'INSERT INTO changes (at, operation, summary, summary_msg, event_id, undoes) VALUES (?, ?, ?, ?, ?, ?)').run(
      new Date().toISOString(),
      operation,
      text,
      json,
      eventId,
      undoes,
    );
    this.changeId = Number(info.lastInsertRowid);
  }

  setSummary(summary: Summary): void {
    const { text, json } = summaryColumns(summary);
    stmt(this.db, 'UPDATE changes SET summary = ?, summary_msg = ? WHERE id = ?').run(text, json, this.changeId);
  }

  /** Calls `fn` after every row this recorder inserts, updates or removes. */
  onRow(fn: RowListener): void {
    this.listeners.push(fn);
  }

  private log(table: TrackedTable, id: number, before: Row | undefined, after: Row | undefined): void {
    stmt(this.db, 'INSERT INTO change_rows (change_id, seq, table_name, row_id, before, after) VALUES (?, ?, ?, ?, ?, ?)').run(
      this.changeId,
      this.seq++,
      table,
      id,
      before ? JSON.stringify(before) : null,
      after ? JSON.stringify(after) : null,
    );
    for (const fn of this.listeners) fn(table, id, before, after);
  }

  insert(table: TrackedTable, values: Record<string, SqlValue>): number {
    const keys = Object.keys(values);
    checkColumns(this.db, table, keys);
    // No RETURNING: it makes SQLite treat the INSERT as a multi-row write (RETURNING runs as a
    // trigger), which opens a statement journal for every insert, with a copy of each page it
    // touches (on disk once a statement's journal has outgrown 64 KiB). An import of 10 000
    // replies wrote 178 MB of those. A plain insert and SELECT * by id give the same row.
    const sql = keys.length
      ? `INSERT INTO ${table} (${keys.join(', ')}) VALUES (${keys.map((k) => '@' + k).join(', ')})`
      : `INSERT INTO ${table} DEFAULT VALUES`;
    const id = Number(stmt(this.db, sql).run(values).lastInsertRowid);
    const after = getRow(this.db, table, id) as Row;
    this.log(table, id, undefined, after);
    return id;
  }

  /** Updates the given columns; records nothing when no value actually changes. */
  update(table: TrackedTable, id: number, patch: Record<string, SqlValue>): boolean {
    const before = getRow(this.db, table, id);
    if (!before) throw new AppError('not_found', msg`Fant ikke raden som skulle endres (${table} ${id}).`);
    const keys = Object.keys(patch).filter((k) => before[k] !== patch[k]);
    if (keys.length === 0) return false;
    checkColumns(this.db, table, keys);
    const picked: Record<string, SqlValue> = { id };
    for (const k of keys) picked[k] = patch[k] ?? null;
    stmt(this.db, `UPDATE ${table} SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`).run(picked);
    const after = getRow(this.db, table, id) as Row;
    this.log(table, id, before, after);
    return true;
  }

  remove(table: TrackedTable, id: number): void {
    const before = getRow(this.db, table, id);
    if (!before) return;
    stmt(this.db, `DELETE FROM ${table} WHERE id = ?`).run(id);
    this.log(table, id, before, undefined);
  }
}

export interface ChangeRowRecord {
  table_name: TrackedTable;
  row_id: number;
  before: string | null;
  after: string | null;
}

function sameRow(a: Row | undefined, b: Row | undefined): boolean {
  if (!a || !b) return a === b;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Puts back every row a change touched, newest first, and records that as a change of its own
 * (so undo can itself be undone: redo). Refuses when a row was changed again afterwards.
 */
export function revertChange(db: DB, changeId: number, operation: string, summary: Summary): number {
  const change = db.prepare('SELECT id, undone_by, event_id, locked FROM changes WHERE id = ?').get(changeId) as
    | { id: number; undone_by: number | null; event_id: number | null; locked: number }
    | undefined;
  if (!change) throw new AppError('not_found', msg`Fant ikke endring nummer ${changeId}.`);
  // Locked: personal data was deleted on purpose (main/core/privacy/scrub.ts); nothing to put back.
  if (change.locked)
    throw new AppError('not_undoable', t('Denne endringen kan ikke angres, fordi personopplysningene i den er slettet for godt.'));
  if (change.undone_by !== null) throw new AppError('already_undone', t('Denne endringen er allerede angret.'));
  const rows = db
    .prepare('SELECT table_name, row_id, before, after FROM change_rows WHERE change_id = ? ORDER BY seq DESC')
    .all(changeId) as ChangeRowRecord[];
  const rec = new ChangeRecorder(db, operation, summary, change.event_id, changeId);
  for (const r of rows) {
    const before = r.before ? (JSON.parse(r.before) as Row) : undefined;
    const after = r.after ? (JSON.parse(r.after) as Row) : undefined;
    const current = getRow(db, r.table_name, r.row_id);
    if (!sameRow(current, after)) {
      throw new AppError(
        'undo_conflict',
        t('Endringen kan ikke angres fordi de samme opplysningene er endret senere. Angre de nyere endringene først.'),
      );
    }
    if (!before) {
      rec.remove(r.table_name, r.row_id);
    } else if (!after) {
      rec.insert(r.table_name, before as Record<string, SqlValue>);
    } else {
      const { id: _id, ...rest } = before;
      rec.update(r.table_name, r.row_id, rest as Record<string, SqlValue>);
    }
  }
  db.prepare('UPDATE changes SET undone_by = ? WHERE id = ?').run(rec.changeId, changeId);
  return rec.changeId;
}
