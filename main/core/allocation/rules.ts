import type { ConflictKind, SeatProposal } from '../../api/ops/allocation';
import type { OrgKind, SeatRules, SignupState } from '../../api/types';
import { AppError } from '../errors';
import { isLate } from '../time';
import { msg, t } from '../i18n';

// The seat rules as pure functions over a snapshot of an event's sign-ups: no database, no clock.
// The core loads the snapshot, asks these functions what to do, then writes through the change
// log. Tests drive them with plain tables.

export interface SeatRow {
  id: number;
  name: string;
  organisationId: number | null;
  organisationName: string | null;
  kind: OrgKind | null;
  state: SignupState;
  receivedAt: string;
  lateAccepted: boolean;
  /** The organiser has decided this sign-up's seat state. */
  decided: boolean;
}

export interface SeatPolicy {
  seatRules: SeatRules;
  capacity: number | null;
  deadline: string | null;
}

/** Seats an organisation of this kind may hold; null means no limit (also for no organisation). */
export function limitFor(policy: SeatPolicy, kind: OrgKind | null): number | null {
  if (!kind) return null;
  const v = policy.seatRules[kind];
  return v === undefined || v === null ? null : v;
}

/** Queue order: received time, and for the same time the lower id (registered first). */
export function queueOrder(a: Pick<SeatRow, 'receivedAt' | 'id'>, b: Pick<SeatRow, 'receivedAt' | 'id'>): number {
  return a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : a.id - b.id;
}

export function rowIsLate(policy: SeatPolicy, r: SeatRow): boolean {
  return isLate(r.receivedAt, policy.deadline);
}

/** May be seated without further word from the organiser: on time, or late and accepted. */
export function eligible(policy: SeatPolicy, r: SeatRow): boolean {
  return !rowIsLate(policy, r) || r.lateAccepted;
}

export function isActive(r: SeatRow): boolean {
  return r.state === 'seated' || r.state === 'waiting';
}

export function seatedCount(rows: readonly SeatRow[], organisationId?: number | null): number {
  let n = 0;
  for (const r of rows) if (r.state === 'seated' && (organisationId === undefined || r.organisationId === organisationId)) n++;
  return n;
}

function orgRoom(policy: SeatPolicy, rows: readonly SeatRow[], r: SeatRow): boolean {
  const limit = limitFor(policy, r.kind);
  return limit === null || r.organisationId === null || seatedCount(rows, r.organisationId) < limit;
}

function eventRoom(policy: SeatPolicy, rows: readonly SeatRow[]): boolean {
  return policy.capacity === null || seatedCount(rows) < policy.capacity;
}

/**
 * The state a new sign-up gets: a seat if it is on time, its organisation has a seat free, the
 * venue has room and nobody who came before it is waiting for that seat; else the waiting list.
 */
export function proposeNew(policy: SeatPolicy, rows: readonly SeatRow[], row: SeatRow): 'seated' | 'waiting' {
  if (!eligible(policy, row)) return 'waiting';
  if (!orgRoom(policy, rows, row) || !eventRoom(policy, rows)) return 'waiting';
  // A freed seat is offered to the next in line first: a newcomer does not jump the queue.
  const ahead = rows.some(
    (r) =>
      r.state === 'waiting' &&
      eligible(policy, r) &&
      queueOrder(r, row) < 0 &&
      ((r.organisationId !== null && r.organisationId === row.organisationId && limitFor(policy, r.kind) !== null) ||
        (policy.capacity !== null && orgRoom(policy, rows, r))),
  );
  return ahead ? 'waiting' : 'seated';
}

function toProposal(r: SeatRow, source: SeatProposal['source']): SeatProposal {
  return { signupId: r.id, name: r.name, organisationId: r.organisationId, organisationName: r.organisationName, source };
}

/**
 * Who is next in line for a free seat: first the organisation's own waiting list (when given),
 * then the general waiting list (anyone eligible whose organisation has a seat free). Null when
 * the venue is full or nobody is waiting.
 */
export function nextInLine(policy: SeatPolicy, rows: readonly SeatRow[], organisationId: number | null): SeatProposal | null {
  if (!eventRoom(policy, rows)) return null;
  const queue = rows.filter((r) => r.state === 'waiting' && eligible(policy, r) && orgRoom(policy, rows, r)).sort(queueOrder);
  if (organisationId !== null) {
    const own = queue.find((r) => r.organisationId === organisationId);
    if (own) return toProposal(own, 'same_org');
  }
  const first = queue[0];
  return first ? toProposal(first, 'waiting_list') : null;
}

/** An organisation's open conflict: more seated than allowed, or someone waiting for a full seat. */
export function orgConflict(policy: SeatPolicy, rows: readonly SeatRow[], organisationId: number, kind: OrgKind): ConflictKind | null {
  const limit = limitFor(policy, kind);
  if (limit === null) return null;
  const own = rows.filter((r) => r.organisationId === organisationId);
  const seated = seatedCount(own);
  if (seated > limit) return 'over_limit';
  if (seated >= limit && own.some((r) => r.state === 'waiting' && !r.decided)) return 'contested';
  return null;
}

/** Seat changes an action makes: who gets a seat, who moves to the waiting list. */
export interface SeatPlan {
  seat: SeatRow;
  displaced: SeatRow[];
}

function must(rows: readonly SeatRow[], id: number): SeatRow {
  const r = rows.find((x) => x.id === id);
  if (!r) throw new AppError('not_found', msg`Fant ikke påmeldingen med id ${id} ved denne samlingen.`);
  return r;
}

function checkLate(policy: SeatPolicy, r: SeatRow, acceptLate: boolean): void {
  if (!eligible(policy, r) && !acceptLate)
    throw new AppError(
      'late',
      msg`${r.name} meldte seg på etter fristen. Godta den sene påmeldingen først (eller kryss av for å godta den nå).`,
    );
}

function checkCapacity(policy: SeatPolicy, rows: readonly SeatRow[], delta: number): void {
  if (policy.capacity === null || delta <= 0) return;
  const seated = seatedCount(rows);
  if (seated + delta > policy.capacity)
    throw new AppError(
      'capacity_full',
      msg`Samlingen er full (${seated} av ${policy.capacity} plasser). Flytt noen til ventelisten først, eller øk kapasiteten.`,
    );
}

/**
 * Giving a seat: when the organisation is full, the holder(s) last in (or the one named) move to
 * the waiting list in the same change. Refuses a late sign-up not accepted, an organisation with
 * no seats at all, and a venue that would go over capacity.
 */
export function planGiveSeat(
  policy: SeatPolicy,
  rows: readonly SeatRow[],
  signupId: number,
  opts: { acceptLate?: boolean; replaceId?: number } = {},
): SeatPlan {
  const r = must(rows, signupId);
  if (r.state === 'seated') throw new AppError('already_seated', msg`${r.name} har allerede plass.`);
  checkLate(policy, r, opts.acceptLate ?? false);
  const limit = limitFor(policy, r.kind);
  let displaced: SeatRow[] = [];
  if (limit !== null && r.organisationId !== null) {
    if (limit === 0)
      throw new AppError(
        'no_seats',
        r.organisationName
          ? msg`${r.organisationName} har ingen plasser ved denne samlingen. Endre antall plasser per type først.`
          : t('Organisasjonen har ingen plasser ved denne samlingen. Endre antall plasser per type først.'),
      );
    const holders = rows.filter((x) => x.state === 'seated' && x.organisationId === r.organisationId).sort(queueOrder);
    const excess = holders.length - limit + 1;
    if (excess > 0) {
      let pick = holders.slice().reverse();
      if (opts.replaceId !== undefined) {
        const named = holders.find((h) => h.id === opts.replaceId);
        if (!named)
          throw new AppError('invalid_input', t('Den som skal flyttes til ventelisten, har ikke plass i samme organisasjon.'), {
            replaceId: t('Velg en som har plass.'),
          });
        pick = [named, ...pick.filter((h) => h.id !== named.id)];
      }
      displaced = pick.slice(0, excess);
    }
  } else if (opts.replaceId !== undefined) {
    displaced = [must(rows, opts.replaceId)].filter((x) => x.state === 'seated');
  }
  checkCapacity(policy, rows, 1 - displaced.length);
  return { seat: r, displaced };
}

function orgFullMessage(org: string, limit: number): string {
  return limit === 1
    ? msg`${org} har allerede sin plass. Bruk «Gi plassen» i stedet, så flyttes innehaveren til ventelisten.`
    : msg`${org} har allerede alle sine ${limit} plasser. Bruk «Gi plassen» i stedet, så flyttes innehaveren til ventelisten.`;
}

/** A swap: the seated one moves to the waiting list, the waiting one gets the seat. */
export function planSwap(policy: SeatPolicy, rows: readonly SeatRow[], seatedId: number, waitingId: number, acceptLate = false): SeatPlan {
  if (seatedId === waitingId) throw new AppError('invalid_input', t('Velg to forskjellige påmeldinger å bytte mellom.'));
  const out = must(rows, seatedId);
  const inn = must(rows, waitingId);
  if (out.state !== 'seated') throw new AppError('not_seated', msg`${out.name} har ikke plass, og kan ikke bytte den bort.`);
  if (inn.state !== 'waiting') throw new AppError('not_waiting', msg`${inn.name} står ikke på ventelisten.`);
  checkLate(policy, inn, acceptLate);
  if (inn.organisationId !== out.organisationId && inn.organisationId !== null) {
    const limit = limitFor(policy, inn.kind);
    if (limit !== null && seatedCount(rows, inn.organisationId) >= limit)
      throw new AppError(
        'org_full',
        orgFullMessage(inn.organisationName ?? t('Organisasjonen'), limit),
      );
  }
  return { seat: inn, displaced: [out] };
}

/**
 * Resolving a conflict: the chosen ones hold the organisation's seats, everyone else in play
 * goes to the waiting list (decided) or is declined.
 */
export function planResolve(
  policy: SeatPolicy,
  rows: readonly SeatRow[],
  organisationId: number,
  keepIds: readonly number[],
  acceptLate: boolean,
): { keep: SeatRow[]; others: SeatRow[] } {
  const own = rows.filter((r) => r.organisationId === organisationId && isActive(r));
  const keep = keepIds.map((id) => {
    const r = own.find((x) => x.id === id);
    if (!r) throw new AppError('invalid_input', t('Den som skal beholde plassen, må være påmeldt for denne organisasjonen og ikke avmeldt.'));
    return r;
  });
  const kind = own[0]?.kind ?? null;
  const limit = limitFor(policy, kind);
  if (limit !== null && keep.length > limit)
    throw new AppError(
      'invalid_input',
      limit === 0
        ? t('Organisasjonen har ingen plasser. Velg færre.')
        : limit === 1
          ? t('Organisasjonen har bare én plass. Velg færre.')
          : msg`Organisasjonen har bare ${limit} plasser. Velg færre.`,
    );
  for (const k of keep) if (k.state !== 'seated') checkLate(policy, k, acceptLate);
  const others = own.filter((r) => !keepIds.includes(r.id));
  const delta = keep.filter((k) => k.state !== 'seated').length - others.filter((o) => o.state === 'seated').length;
  checkCapacity(policy, rows, delta);
  return { keep, others };
}
