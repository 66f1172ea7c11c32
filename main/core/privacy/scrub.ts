import { ChangeRecorder, type Summary, type TrackedTable } from '../../db/changes';
import type { DB } from '../../db/connection';
import { note, render, type Note } from '../i18n';

// The change log keeps every row's before and after as JSON, for undo. When personal data is
// deleted or anonymised on purpose, those copies must go too, or the log would be a backup of
// what she was asked to delete. We delete the change_rows of the affected rows, replace the
// summaries (which may name the person) with a neutral note, and lock those changes: revertChange
// refuses a locked change, since the data it would put back no longer exists. Both summary
// columns are overwritten: `summary_msg` holds the names as the message's arguments.

/** The neutral note that replaces a scrubbed change's summary; `operation` is e.g. signups:create. */
export function scrubbedNote(operation: string): Note {
  return note`Personopplysninger fjernet – kan ikke angres (${operation})`;
}

export interface RowRefs {
  table: TrackedTable;
  ids: readonly number[];
}

/** Removes the logged copies of the given rows; returns how many changes were scrubbed. */
export function scrubChangeLog(db: DB, refs: readonly RowRefs[]): number {
  const changeIds = new Set<number>();
  const find = db.prepare(
    'SELECT DISTINCT change_id AS id FROM change_rows WHERE table_name = ? AND row_id IN (SELECT value FROM json_each(?))',
  );
  const del = db.prepare('DELETE FROM change_rows WHERE table_name = ? AND row_id IN (SELECT value FROM json_each(?))');
  for (const ref of refs) {
    if (ref.ids.length === 0) continue;
    const ids = JSON.stringify(ref.ids);
    for (const r of find.all(ref.table, ids) as { id: number }[]) changeIds.add(r.id);
    del.run(ref.table, ids);
  }
  const operationOf = db.prepare('SELECT operation FROM changes WHERE id = ?').pluck();
  const lock = db.prepare('UPDATE changes SET locked = 1, summary = ?, summary_msg = ? WHERE id = ?');
  for (const id of changeIds) {
    const replaced = scrubbedNote(String(operationOf.get(id)));
    lock.run(render(replaced, 'nb'), JSON.stringify(replaced), id);
  }
  return changeIds.size;
}

/** Logs the privacy operation itself: a summary without names, locked from the start. */
export function logLockedChange(db: DB, operation: string, summary: Summary, eventId: number | null): number {
  const rec = new ChangeRecorder(db, operation, summary, eventId);
  db.prepare('UPDATE changes SET locked = 1 WHERE id = ?').run(rec.changeId);
  return rec.changeId;
}
