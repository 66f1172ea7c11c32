import type { Event, OrgKind, SignupState } from '../api/types';
import type { RowListener } from '../db/changes';
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
  /** Names of people and organisations the rows show, as last written or read in this batch. */
  private readonly names = new Map<number, string>();
  private readonly orgs = new Map<number, { name: string; kind: OrgKind }>();

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

  readonly touched: RowListener = (table, id, before, after) => {
    if (table === 'signups') {
      // A sign-up in no loaded list, before or after, changes nothing here.
      if (after && !this.placed.has(id) && !this.lists.has(`${after.event_id}`) && !this.lists.has(`${after.event_id}:${after.organisation_id}`))
        return;
      this.refresh(id, after ? (this.fromRow(id, after) ?? null) : null);
    } else if (table === 'people') {
      if (after) this.names.set(id, after.name as string);
      else this.names.delete(id);
      // Of a person the seat rows show only the name; a new person has no sign-ups yet (foreign key).
      if (!before || (after && after.name === before.name)) return;
      for (const sid of signupIdsOfPerson(this.db, id)) this.refresh(sid);
    } else if (table === 'organisations' || table === 'events') this.clear(); // names, kinds: rare, start over
  };

  private clear(): void {
    this.lists.clear();
    this.placed.clear();
    this.orgs.clear();
  }

  /** What `loadSeatRow` would read, from the sign-up row just written and the names kept here. */
  private fromRow(id: number, s: Readonly<Record<string, unknown>>): (SeatRowDb & { event_id: number }) | undefined {
    const personId = s.person_id as number;
    let name = this.names.get(personId);
    if (name === undefined) {
      name = (stmt(this.db, 'SELECT name FROM people WHERE id = ?').get(personId) as { name: string } | undefined)?.name;
      if (name === undefined) return undefined;
      this.names.set(personId, name);
    }
    const orgId = s.organisation_id as number | null;
    let org: { name: string; kind: OrgKind } | undefined;
    if (orgId !== null) {
      org = this.orgs.get(orgId);
      if (!org) {
        org = stmt(this.db, 'SELECT name, kind FROM organisations WHERE id = ?').get(orgId) as { name: string; kind: OrgKind } | undefined;
        if (org) this.orgs.set(orgId, org);
      }
    }
    return {
      id,
      event_id: s.event_id as number,
      name,
      email: null, // not part of a SeatRow
      title: null,
      organisation_id: orgId,
      organisation_name: org?.name ?? null,
      kind: org?.kind ?? null,
      state: s.state as SignupState,
      received_at: s.received_at as string,
      late_accepted: s.late_accepted as number,
      seat_decided: s.seat_decided as number,
      session_id: s.session_id as number | null,
      state_reason: s.state_reason as string | null,
    };
  }

  /** `current`: the row as it is now when the caller has it (null: gone), else it is read. */
  private refresh(signupId: number, current?: (SeatRowDb & { event_id: number }) | null): void {
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
    const db = current === undefined ? loadSeatRow(this.db, signupId) : current;
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
