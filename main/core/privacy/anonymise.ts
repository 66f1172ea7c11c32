import type { AnonymiseResult, PrivacyEventStatus } from '../../api/ops/privacy';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import { listBackups } from '../snapshots';
import { osloWallTime } from '../time';
import { logLockedChange, scrubChangeLog } from './scrub';
import { computeStats, storeStats } from './stats';
import { msg, note, t } from '../i18n';

// Anonymising an event when its retention date has passed (or when she decides so): the
// sign-ups, the pasted e-mails and the people who came only for this event are deleted, the
// change log is scrubbed of them, and the numbers are kept in event_stats.
//
// Backups: dispatch makes an automatic backup just before (SNAPSHOT_BEFORE), as a safety net
// against anonymising the wrong event. That backup, like every older one, still holds the
// personal data. We do not delete backups silently inside the operation (that would take away
// the net at the moment it is needed); instead the result says how many backups still hold the
// data, and the UI (and README) offer `backups:purge`, which deletes them all and takes a fresh
// one without the data. Backups she saved elsewhere herself are outside Samling's reach.

interface EventRow {
  id: number;
  title: string;
  starts_at: string;
  retention_until: string | null;
  anonymised_at: string | null;
}

export function anonymiseEvent(ctx: CoreContext, input: { eventId: number }): AnonymiseResult {
  const db = ctx.db;
  const ev = db.prepare('SELECT id, title, starts_at, retention_until, anonymised_at FROM events WHERE id = ?').get(input.eventId) as
    | EventRow
    | undefined;
  if (!ev) throw notFound(t('samlingen'), input.eventId);
  if (ev.anonymised_at) throw new AppError('already_anonymised', msg`Samlingen «${ev.title}» er allerede anonymisert.`);

  const stats = computeStats(db, ev.id);
  storeStats(db, ev.id, stats);

  const signups = db.prepare('SELECT id, person_id FROM signups WHERE event_id = ?').all(ev.id) as { id: number; person_id: number }[];
  const messageIds = (db.prepare('SELECT id FROM imported_messages WHERE event_id = ?').all(ev.id) as { id: number }[]).map((r) => r.id);
  db.prepare('DELETE FROM signups WHERE event_id = ?').run(ev.id);
  db.prepare('DELETE FROM imported_messages WHERE event_id = ?').run(ev.id);
  // People who also signed up for another event stay: that event still needs them.
  const candidates = [...new Set(signups.map((s) => s.person_id))];
  const peopleIds = (
    db
      .prepare(
        `SELECT id FROM people WHERE id IN (SELECT value FROM json_each(?))
         AND NOT EXISTS (SELECT 1 FROM signups s WHERE s.person_id = people.id)`,
      )
      .all(JSON.stringify(candidates)) as { id: number }[]
  ).map((r) => r.id);
  db.prepare('DELETE FROM people WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(peopleIds));

  const changesScrubbed = scrubChangeLog(db, [
    { table: 'signups', ids: signups.map((s) => s.id) },
    { table: 'people', ids: peopleIds },
    { table: 'imported_messages', ids: messageIds },
  ]);
  db.prepare('UPDATE events SET anonymised_at = ? WHERE id = ?').run(ctx.now().toISOString(), ev.id);
  logLockedChange(
    db,
    'privacy:anonymiseEvent',
    note`Anonymiserte «${ev.title}»: ${signups.length} påmeldinger, ${peopleIds.length} personer og ${messageIds.length} innlimte e-poster fjernet; tallene er beholdt (kan ikke angres)`,
    ev.id,
  );
  return {
    eventId: ev.id,
    signupsRemoved: signups.length,
    peopleRemoved: peopleIds.length,
    messagesRemoved: messageIds.length,
    changesScrubbed,
    stats,
    backupsWithPersonalData: listBackups(ctx.file).length,
  };
}

export function privacyStatus(ctx: CoreContext): PrivacyEventStatus[] {
  const today = osloWallTime(ctx.now()).slice(0, 10);
  const rows = ctx.db
    .prepare(
      `SELECT e.id, e.title, e.starts_at, e.retention_until, e.anonymised_at,
              (SELECT COUNT(*) FROM signups s WHERE s.event_id = e.id) AS signups,
              (SELECT COUNT(*) FROM imported_messages m WHERE m.event_id = e.id) AS messages
       FROM events e ORDER BY e.starts_at DESC`,
    )
    .all() as (EventRow & { signups: number; messages: number })[];
  return rows.map((r) => ({
    eventId: r.id,
    title: r.title,
    startsAt: r.starts_at,
    retentionUntil: r.retention_until,
    overdue: r.retention_until !== null && r.retention_until < today && r.anonymised_at === null && r.signups + r.messages > 0,
    anonymisedAt: r.anonymised_at,
    signups: r.signups,
    importedMessages: r.messages,
  }));
}
