import type { CateringNumbers } from '../../api/ops/overview';
import type { DietCode } from '../../api/types';
import { insertCateringExport, lunchGuests } from '../../db/repos/overview';
import type { CoreContext } from '../context';
import { resolveEvent } from '../events';

/** Lunches and diets of the seated lunch guests now, with their ids. */
export function cateringNow(ctx: CoreContext, eventId: number): CateringNumbers & { ids: number[]; withNote: number } {
  const guests = lunchGuests(ctx.db, eventId);
  const diets: Partial<Record<DietCode, number>> = {};
  let withNote = 0;
  for (const g of guests) {
    for (const code of new Set(JSON.parse(g.diets) as DietCode[])) diets[code] = (diets[code] ?? 0) + 1;
    withNote += g.note;
  }
  return { lunches: guests.length, diets, ids: guests.map((g) => g.id), withNote };
}

/**
 * Keeps what a written lunch list told the caterer, so the overview can show what changed since.
 * Called by writeExport once the file is in place (a failed export records nothing).
 */
export function recordCateringExport(ctx: CoreContext, eventId?: number, numbers?: CateringNumbers & { ids: number[] }): void {
  const event = resolveEvent(ctx, eventId);
  const n = numbers ?? cateringNow(ctx, event.id);
  insertCateringExport(ctx.db, {
    eventId: event.id,
    at: ctx.now().toISOString(),
    lunches: n.lunches,
    diets: JSON.stringify(n.diets),
    signupIds: JSON.stringify(n.ids),
  });
}
