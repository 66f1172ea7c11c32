import type { OpParsed } from '../../api/contract';
import type { CateringNumbers, Overview, TimelinePoint } from '../../api/ops/overview';
import type { DietCode, SignupState } from '../../api/types';
import { countySeats, lastCateringExport, receivedPerDay, regionSeats, stateCounts } from '../../db/repos/overview';
import { allocationGet } from '../allocation/view';
import type { CoreContext } from '../context';
import { resolveEvent } from '../events';
import { cateringNow } from './catering';

const STATES: SignupState[] = ['seated', 'waiting', 'cancelled', 'declined'];

function timeline(ctx: CoreContext, eventId: number): TimelinePoint[] {
  let total = 0;
  return receivedPerDay(ctx.db, eventId).map((d) => ({ day: d.day, count: d.n, total: (total += d.n) }));
}

function dietDelta(now: CateringNumbers['diets'], then: CateringNumbers['diets']): Partial<Record<DietCode, number>> {
  const out: Partial<Record<DietCode, number>> = {};
  for (const code of new Set([...Object.keys(now), ...Object.keys(then)]) as Set<DietCode>) {
    const d = (now[code] ?? 0) - (then[code] ?? 0);
    if (d !== 0) out[code] = d;
  }
  return out;
}

/**
 * Everything the home page shows, in one call. Counts are SQL aggregates; conflicts, late
 * sign-ups awaiting a decision and counties without a seat come from the seat allocation itself,
 * so the overview can never disagree with Setefordeling about who is in conflict.
 */
export function overviewGet(ctx: CoreContext, input: OpParsed<'overview:get'>): Overview {
  const event = resolveEvent(ctx, input.eventId);
  const counts = { seated: 0, waiting: 0, cancelled: 0, declined: 0, total: 0 };
  let lateTotal = 0;
  for (const r of stateCounts(ctx.db, event.id, event.deadline)) {
    const state = STATES.find((s) => s === r.state);
    if (!state) continue;
    counts[state] = r.n;
    counts.total += r.n;
    lateTotal += r.late;
  }
  const alloc = allocationGet(ctx, { eventId: event.id });
  const unanswered = alloc.organisations
    .filter((o) => o.kind === 'county' && o.seats !== 0 && o.seated.length === 0)
    .map((o) => ({ organisationId: o.organisationId, number: o.number, name: o.name, waiting: o.waiting.length + o.late.length }));

  const now = cateringNow(ctx, event.id);
  const catering = event.lunch ? { lunches: now.lunches, diets: now.diets, withNote: now.withNote } : { lunches: 0, diets: {}, withNote: 0 };
  const last = lastCateringExport(ctx.db, event.id);
  let lastCatering: Overview['lastCateringExport'] = null;
  let cateringDelta: Overview['cateringDelta'] = null;
  if (last) {
    const diets = JSON.parse(last.diets) as CateringNumbers['diets'];
    lastCatering = { at: last.at, lunches: last.lunches, diets };
    const then = new Set(JSON.parse(last.signup_ids) as number[]);
    const current = new Set(event.lunch ? now.ids : []);
    cateringDelta = {
      added: [...current].filter((id) => !then.has(id)).length,
      removed: [...then].filter((id) => !current.has(id)).length,
      diets: dietDelta(catering.diets, diets),
    };
  }

  return {
    event,
    counts,
    counties: countySeats(ctx.db, event.id),
    regions: (() => {
      const r = regionSeats(ctx.db, event.id);
      return { seated: r.seated, total: r.total ?? 0 };
    })(),
    participants: counts.seated,
    catering,
    timeline: timeline(ctx, event.id),
    conflicts: alloc.counts.conflicts,
    late: { total: lateTotal, open: alloc.counts.late },
    unanswered,
    lastCateringExport: lastCatering,
    cateringDelta,
  };
}
