import type { OpParsed } from '../api/contract';
import type { Change, UndoResult } from '../api/types';
import type { ChangeDetail } from '../api/ops/registry';
import { revertChange } from '../db/changes';
import { Describer } from './history/diff';
import type { CoreContext } from './context';
import { AppError } from './errors';
import { msg, note, parseNote, render, t, type Note } from './i18n';

interface ChangeRow {
  id: number;
  at: string;
  operation: string;
  summary: string;
  summary_msg: string | null;
  event_id: number | null;
  undoes: number | null;
  undone_by: number | null;
  row_count: number;
}

const SELECT = `SELECT c.*, (SELECT COUNT(*) FROM change_rows r WHERE r.change_id = c.id) AS row_count FROM changes c`;

/** A change's summary as a message: the stored note, or the stored text (older entries). */
function summaryOf(r: { summary: string; summary_msg: string | null }): Note | string {
  return parseNote(r.summary_msg) ?? r.summary;
}

function map(r: ChangeRow): Change {
  return {
    id: r.id,
    at: r.at,
    operation: r.operation,
    summary: render(summaryOf(r)),
    eventId: r.event_id,
    undoes: r.undoes,
    undoneBy: r.undone_by,
    rowCount: r.row_count,
  };
}

export function getChange(ctx: CoreContext, id: number): Change {
  return map(ctx.db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as ChangeRow);
}

export function changelogList(ctx: CoreContext, input: OpParsed<'changelog:list'>): Change[] {
  const where = input.eventId ? 'WHERE c.event_id = @eventId OR c.event_id IS NULL' : '';
  return (
    ctx.db.prepare(`${SELECT} ${where} ORDER BY c.id DESC LIMIT @limit`).all({ limit: input.limit ?? 100, eventId: input.eventId }) as ChangeRow[]
  ).map(map);
}

/** One change with each row it touched, field by field (the history view). */
export function changelogGet(ctx: CoreContext, input: OpParsed<'changelog:get'>): ChangeDetail {
  const row = ctx.db.prepare(`${SELECT} WHERE c.id = ?`).get(input.id) as ChangeRow | undefined;
  if (!row) throw new AppError('not_found', msg`Fant ikke endring nummer ${input.id}.`);
  const rows = ctx.db
    .prepare('SELECT table_name, row_id, before, after FROM change_rows WHERE change_id = ? ORDER BY seq')
    .all(input.id) as { table_name: string; row_id: number; before: string | null; after: string | null }[];
  const d = new Describer(ctx.db);
  const parse = (s: string | null) => (s ? (JSON.parse(s) as Record<string, unknown>) : undefined);
  return { change: map(row), rows: rows.map((r) => d.row(r.table_name, r.row_id, parse(r.before), parse(r.after))) };
}

/**
 * Undo takes back the newest change that is still in force and is not itself an undo; redo
 * takes back the newest undo that is still in force. Both are changes of their own in the log.
 */
export function changelogUndo(ctx: CoreContext): UndoResult {
  const target = ctx.db
    .prepare(`SELECT id, summary, summary_msg FROM changes WHERE undone_by IS NULL AND operation <> 'changelog:undo' ORDER BY id DESC LIMIT 1`)
    .get() as { id: number; summary: string; summary_msg: string | null } | undefined;
  if (!target) throw new AppError('nothing_to_undo', t('Det er ingen endringer å angre.'));
  const subject = summaryOf(target);
  const id = revertChange(ctx.db, target.id, 'changelog:undo', note`Angret: ${subject}`);
  return { undone: getChange(ctx, target.id), change: getChange(ctx, id), subject: render(subject) };
}

export function changelogRedo(ctx: CoreContext): UndoResult {
  // Only an undo that came after the last ordinary change can be redone, as in any editor.
  const target = ctx.db
    .prepare(
      `SELECT c.id, u.summary, u.summary_msg FROM changes c JOIN changes u ON u.id = c.undoes
       WHERE c.undone_by IS NULL AND c.operation = 'changelog:undo'
         AND c.id > COALESCE((SELECT MAX(id) FROM changes WHERE operation NOT IN ('changelog:undo', 'changelog:redo')), 0)
       ORDER BY c.id DESC LIMIT 1`,
    )
    .get() as { id: number; summary: string; summary_msg: string | null } | undefined;
  if (!target) throw new AppError('nothing_to_redo', t('Det er ingen angrede endringer å gjøre om.'));
  const subject = summaryOf(target);
  const id = revertChange(ctx.db, target.id, 'changelog:redo', note`Gjorde om: ${subject}`);
  return { undone: getChange(ctx, target.id), change: getChange(ctx, id), subject: render(subject) };
}
