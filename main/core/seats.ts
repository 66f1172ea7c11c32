import type { Event, OrgKind, SignupState } from '../api/types';
import type { DB } from '../db/connection';
import { isLate } from './time';

/** Seats an organisation of this kind may hold at the event; null means no limit. */
export function seatsFor(event: Event, kind: OrgKind | null): number | null {
  if (!kind) return null;
  const v = event.seatRules[kind];
  return v === undefined ? null : v;
}

/**
 * The state a new sign-up gets when the organiser has not chosen one: a seat if its organisation
 * has one free, the event has room and it came before the deadline; otherwise the waiting list.
 * Late sign-ups are never seated without the organiser's word.
 */
export function proposeState(
  db: DB,
  event: Event,
  organisationId: number | null,
  receivedAt: string,
  excludeSignupId: number | null = null,
): SignupState {
  if (isLate(receivedAt, event.deadline)) return 'waiting';
  if (event.capacity !== null) {
    const seated = (
      db
        .prepare(`SELECT COUNT(*) AS n FROM signups WHERE event_id = ? AND state = 'seated' AND id IS NOT ?`)
        .get(event.id, excludeSignupId) as { n: number }
    ).n;
    if (seated >= event.capacity) return 'waiting';
  }
  if (organisationId !== null) {
    const org = db.prepare('SELECT kind FROM organisations WHERE id = ?').get(organisationId) as { kind: OrgKind } | undefined;
    const limit = seatsFor(event, org?.kind ?? null);
    if (limit !== null) {
      const held = (
        db
          .prepare(
            `SELECT COUNT(*) AS n FROM signups WHERE event_id = ? AND organisation_id = ? AND state = 'seated' AND id IS NOT ?`,
          )
          .get(event.id, organisationId, excludeSignupId) as { n: number }
      ).n;
      if (held >= limit) return 'waiting';
    }
  }
  return 'seated';
}
