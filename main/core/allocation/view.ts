import type { OpParsed } from '../../api/contract';
import type { AllocationOrg, AllocationRegion, AllocationView, SeatPerson } from '../../api/ops/allocation';
import type { OrgKind } from '../../api/types';
import { loadAllocOrgs, loadRegionCounties, loadSeatRows, type AllocOrgRow, type SeatRowDb } from '../../db/repos/allocation';
import type { CoreContext } from '../context';
import { resolveEvent } from '../events';
import { policyOf, seatRowsOf } from '../seats';
import { compareNb } from '../text';
import { isLate } from '../time';
import { eligible, limitFor, nextInLine, orgConflict, queueOrder, type SeatPolicy, type SeatRow } from './rules';

function person(r: SeatRowDb, deadline: string | null): SeatPerson {
  return {
    signupId: r.id,
    name: r.name,
    email: r.email,
    title: r.title,
    organisationId: r.organisation_id,
    state: r.state,
    receivedAt: r.received_at,
    late: isLate(r.received_at, deadline),
    lateAccepted: r.late_accepted === 1,
    decided: r.seat_decided === 1,
    sessionId: r.session_id,
    stateReason: r.state_reason,
  };
}

interface Buckets {
  seated: SeatPerson[];
  waiting: SeatPerson[];
  late: SeatPerson[];
  closed: SeatPerson[];
}

function bucket(policy: SeatPolicy, rows: SeatRow[], people: Map<number, SeatPerson>): Buckets {
  const b: Buckets = { seated: [], waiting: [], late: [], closed: [] };
  for (const r of [...rows].sort(queueOrder)) {
    const p = people.get(r.id)!;
    switch (r.state) {
      case 'seated':
        b.seated.push(p);
        break;
      case 'waiting':
        (eligible(policy, r) ? b.waiting : b.late).push(p);
        break;
      case 'cancelled':
      case 'declined':
        b.closed.push(p);
        break;
      default: {
        const never: never = r.state;
        throw new Error(`Ukjent status ${String(never)}`);
      }
    }
  }
  return b;
}

/** Counties by number (the order every Norwegian list uses), then regions, then the rest by name. */
const KIND_ORDER: Record<OrgKind, number> = { county: 0, region: 1, municipality: 2, other: 3 };
function orgOrder(a: AllocOrgRow, b: AllocOrgRow): number {
  if (a.kind !== b.kind) return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  if (a.kind === 'county' && a.number && b.number) return a.number.localeCompare(b.number);
  return compareNb(a.name, b.name);
}

export function buildRegions(ctx: CoreContext, orgs: AllocOrgRow[]): AllocationRegion[] {
  const counties = loadRegionCounties(ctx.db);
  return orgs
    .filter((o) => o.kind === 'region')
    .sort((a, b) => compareNb(a.name, b.name))
    .map((o) => ({
      id: o.id,
      name: o.name,
      themeId: o.theme_id,
      themeName: o.theme_name,
      counties: counties
        .filter((c) => c.region_id === o.id)
        .map((c) => ({ id: c.county_id, name: c.county_name, number: c.county_number })),
    }));
}

export function allocationGet(ctx: CoreContext, input: OpParsed<'allocation:get'>): AllocationView {
  const event = resolveEvent(ctx, input.eventId);
  const policy = policyOf(event);
  const dbRows = loadSeatRows(ctx.db, event.id);
  const rows = seatRowsOf(ctx.db, event.id);
  const people = new Map(dbRows.map((r) => [r.id, person(r, event.deadline)]));

  // Every county is listed (the chase list and the seat view need the ones with nobody), regions
  // too when they have seats of their own; any other organisation only when someone signed up.
  const kinds: OrgKind[] = ['county', 'region'];
  const withSignups = [...new Set(rows.map((r) => r.organisationId).filter((id): id is number => id !== null))];
  const all = loadAllocOrgs(ctx.db, kinds, withSignups);
  const regions = buildRegions(ctx, all);
  const regionLimit = limitFor(policy, 'region');
  const shown = all
    .filter((o) => o.kind === 'county' || withSignups.includes(o.id) || (o.kind === 'region' && regionLimit !== null))
    .sort(orgOrder);

  const organisations: AllocationOrg[] = shown.map((o) => {
    const own = rows.filter((r) => r.organisationId === o.id);
    const b = bucket(policy, own, people);
    const seats = limitFor(policy, o.kind);
    const conflictKind = orgConflict(policy, rows, o.id, o.kind);
    const inPlay = own.filter((r) => r.state === 'seated' || (r.state === 'waiting' && eligible(policy, r))).sort(queueOrder);
    const free = seats === null ? true : b.seated.length < seats;
    const next = free && b.waiting.length > 0 ? nextInLine(policy, rows, o.id) : null;
    return {
      organisationId: o.id,
      number: o.number,
      name: o.name,
      kind: o.kind,
      countyId: o.county_id,
      countyName: o.county_name,
      seats,
      ...b,
      conflict: conflictKind !== null,
      conflictKind,
      firstComeId: inPlay[0]?.id ?? null,
      proposal: next && next.organisationId === o.id ? next : null,
      regions:
        o.kind === 'county'
          ? regions.filter((r) => r.counties.some((c) => c.id === o.id)).map((r) => ({ id: r.id, name: r.name, themeName: r.themeName }))
          : [],
    };
  });

  const unaffiliated = bucket(
    policy,
    rows.filter((r) => r.organisationId === null),
    people,
  );
  const seated = rows.filter((r) => r.state === 'seated').length;
  const count = (s: SeatRow['state']) => rows.filter((r) => r.state === s).length;
  const countyRows = organisations.filter((o) => o.kind === 'county');
  return {
    eventId: event.id,
    eventTitle: event.shortTitle ?? event.title,
    deadline: event.deadline,
    seatRules: event.seatRules,
    organisations,
    unaffiliated,
    regions,
    capacity: {
      total: event.capacity,
      seated,
      free: event.capacity === null ? null : Math.max(0, event.capacity - seated),
      over: event.capacity !== null && seated > event.capacity,
    },
    proposal: nextInLine(policy, rows, null),
    counts: {
      seated,
      waiting: rows.filter((r) => r.state === 'waiting' && eligible(policy, r)).length,
      late: rows.filter((r) => r.state === 'waiting' && !eligible(policy, r)).length,
      cancelled: count('cancelled'),
      declined: count('declined'),
      conflicts: organisations.filter((o) => o.conflict).length,
      countiesSeated: countyRows.filter((o) => o.seated.length > 0).length,
      countiesTotal: countyRows.length,
    },
  };
}
