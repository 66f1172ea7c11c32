import type { Event, OrgKind, SignupState } from '../api/types';
import type { TrackedTable } from '../db/changes';
import type { DB } from '../db/connection';
import { stmt } from '../db/stmt';
import { loadSeatRow, loadSeatRows, loadSeatRowsOfOrg, signupIdsOfPerson, type SeatRowDb } from '../db/repos/allocation';
import { limitFor, proposeNew, queueOrder, type SeatPolicy, type SeatRow } from './allocation/rules';

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
  return rows.map(toSeatRow);
}

function toSeatRow(r: SeatRowDb): SeatRow {
  return {
    id: r.id,
    name: r.name,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    kind: r.kind,
    state: r.state,
    receivedAt: r.received_at,
    lateAccepted: r.late_accepted === 1,
    decided: r.seat_decided === 1,
  };
}

/**
 * Seat rows kept in memory for one batch of writes (an import of thousands of replies): each
 * `proposeState` would otherwise read the organisation's (or the event's) rows again, which made
 * an import quadratic. The lists are read once and then kept current row by row: hand `touched`
 * to the batch's ChangeRecorder (`rec.onRow`), which reports every row it writes. Only for the
 * length of one transaction: writes that bypass the recorder are not seen.
 */
export class SeatRowCache {
  /** Loaded lists in queue order: key `${eventId}` for the whole event, `${eventId}:${orgId}` for one organisation. */
  private readonly lists = new Map<string, SeatRow[]>();
  /** Where each cached row sits, to take it out again when it changes. */
  private readonly placed = new Map<number, { eventId: number; row: SeatRow }>();

  constructor(private readonly db: DB) {}

  rows(eventId: number, organisationId?: number): readonly SeatRow[] {
    const key = organisationId === undefined ? `${eventId}` : `${eventId}:${organisationId}`;
    let list = this.lists.get(key);
    if (!list) {
      list = seatRowsOf(this.db, eventId, organisationId);
      this.lists.set(key, list);
      for (const row of list) this.placed.set(row.id, { eventId, row });
    }
    return list;
  }

  readonly touched = (table: TrackedTable, id: number): void => {
    if (table === 'signups') this.refresh(id);
    else if (table === 'people') for (const sid of signupIdsOfPerson(this.db, id)) this.refresh(sid);
    else if (table === 'organisations' || table === 'events') this.clear(); // names, kinds: rare, start over
  };

  private clear(): void {
    this.lists.clear();
    this.placed.clear();
  }

  private refresh(signupId: number): void {
    const old = this.placed.get(signupId);
    if (old) {
      this.placed.delete(signupId);
      for (const key of [`${old.eventId}`, `${old.eventId}:${old.row.organisationId}`]) {
        const list = this.lists.get(key);
        if (!list) continue;
        // The whole-event list and an organisation's hold separate copies of a row: find it by id.
        let i = lowerBound(list, old.row);
        if (list[i]?.id !== signupId) i = list.findIndex((r) => r.id === signupId);
        if (i >= 0) list.splice(i, 1);
      }
    }
    const db = loadSeatRow(this.db, signupId);
    if (!db) return;
    const row = toSeatRow(db);
    let kept = false;
    for (const key of [`${db.event_id}`, `${db.event_id}:${row.organisationId}`]) {
      const list = this.lists.get(key);
      if (!list) continue;
      list.splice(lowerBound(list, row), 0, row);
      kept = true;
    }
    if (kept) this.placed.set(signupId, { eventId: db.event_id, row });
  }
}

/** Where `row` goes in a list in queue order (the query's ORDER BY received_at, id). */
function lowerBound(list: readonly SeatRow[], row: SeatRow): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (queueOrder(list[mid]!, row) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
  cache?: SeatRowCache,
): SignupState {
  // Without a venue capacity, only the sign-up's own organisation decides (rules.ts proposeNew):
  // read just those rows, so registering one sign-up — or importing ten thousand — does not
  // read the whole event each time.
  const load = (organisationId?: number): readonly SeatRow[] =>
    cache ? cache.rows(event.id, organisationId) : seatRowsOf(db, event.id, organisationId);
  const all = event.capacity !== null ? load() : organisationId === null ? [] : load(organisationId);
  const selfAccepted =
    all.find((r) => r.id === excludeSignupId)?.lateAccepted ??
    (excludeSignupId !== null &&
      (stmt(db, 'SELECT late_accepted FROM signups WHERE id = ?').get(excludeSignupId) as { late_accepted: number } | undefined)
        ?.late_accepted === 1);
  const rows = all.filter((r) => r.id !== excludeSignupId);
  const org =
    organisationId === null
      ? undefined
      : (stmt(db, 'SELECT name, kind FROM organisations WHERE id = ?').get(organisationId) as { name: string; kind: OrgKind } | undefined);
  const next = (stmt(db, 'SELECT COALESCE(MAX(id), 0) + 1 AS n FROM signups').get() as { n: number }).n;
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
