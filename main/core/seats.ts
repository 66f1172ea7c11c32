import type { Event, OrgKind, SignupState } from '../api/types';
import type { DB } from '../db/connection';
import { loadSeatRows, loadSeatRowsOfOrg, type SeatRowDb } from '../db/repos/allocation';
import { limitFor, proposeNew, type SeatPolicy, type SeatRow } from './allocation/rules';

/** Seats an organisation of this kind may hold at the event; null means no limit. */
export function seatsFor(event: Event, kind: OrgKind | null): number | null {
  return limitFor(policyOf(event), kind);
}

export function policyOf(event: Event): SeatPolicy {
  return { seatRules: event.seatRules, capacity: event.capacity, deadline: event.deadline };
}

/** The event's sign-ups (or one organisation's) as the seat rules see them, in queue order. */
export function seatRowsOf(db: DB, eventId: number, organisationId?: number): SeatRow[] {
  const rows: SeatRowDb[] = organisationId === undefined ? loadSeatRows(db, eventId) : loadSeatRowsOfOrg(db, eventId, organisationId);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    kind: r.kind,
    state: r.state,
    receivedAt: r.received_at,
    lateAccepted: r.late_accepted === 1,
    decided: r.seat_decided === 1,
  }));
}

/**
 * The state a new sign-up gets when the organiser has not chosen one (main/core/allocation/rules.ts
 * `proposeNew`): a seat if it came before the deadline, its organisation has one free, the venue
 * has room and nobody ahead of it waits for that seat; otherwise the waiting list.
 * `excludeSignupId` re-evaluates an existing sign-up as if it arrived now with these details.
 */
export function proposeState(
  db: DB,
  event: Event,
  organisationId: number | null,
  receivedAt: string,
  excludeSignupId: number | null = null,
): SignupState {
  // Without a venue capacity, only the sign-up's own organisation decides (rules.ts proposeNew):
  // read just those rows, so registering one sign-up — or importing ten thousand — does not
  // read the whole event each time.
  const all =
    event.capacity !== null ? seatRowsOf(db, event.id) : organisationId === null ? [] : seatRowsOf(db, event.id, organisationId);
  const selfAccepted =
    all.find((r) => r.id === excludeSignupId)?.lateAccepted ??
    (excludeSignupId !== null &&
      (db.prepare('SELECT late_accepted FROM signups WHERE id = ?').get(excludeSignupId) as { late_accepted: number } | undefined)
        ?.late_accepted === 1);
  const rows = all.filter((r) => r.id !== excludeSignupId);
  const org =
    organisationId === null
      ? undefined
      : (db.prepare('SELECT name, kind FROM organisations WHERE id = ?').get(organisationId) as { name: string; kind: OrgKind } | undefined);
  const next = (db.prepare('SELECT COALESCE(MAX(id), 0) + 1 AS n FROM signups').get() as { n: number }).n;
  return proposeNew(policyOf(event), rows, {
    id: excludeSignupId ?? next,
    name: '',
    organisationId,
    organisationName: org?.name ?? null,
    kind: org?.kind ?? null,
    state: 'waiting',
    receivedAt,
    lateAccepted: selfAccepted,
    decided: false,
  });
}
