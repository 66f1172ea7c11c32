import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AllocationView } from '../../../main/api/ops/allocation';
import type { SignupState } from '../../../main/api/types';
import type { CoreContext } from '../../../main/core/context';
import { invoke } from '../../../main/core/dispatch';
import { freshCore, ok, orgId } from './helpers';

// Property tests: after any sequence of sign-ups and organiser actions (including ones that are
// refused, and undo), no organisation holds more seats than allowed, the venue's capacity is
// never exceeded, every sign-up is in exactly one state, and a refused action stores nothing.

type Step =
  | { t: 'signup'; org: number; day: number; minute: number }
  | { t: 'give'; pick: number; acceptLate: boolean }
  | { t: 'swap'; a: number; b: number }
  | { t: 'wait'; pick: number }
  | { t: 'decline'; pick: number }
  | { t: 'acceptLate'; pick: number }
  | { t: 'cancel'; pick: number }
  | { t: 'resolve'; org: number; keep: number[]; others: 'waiting' | 'decline' }
  | { t: 'rules'; county: number | null; region: number | null; capacity: number | null }
  | { t: 'undo' };

const ORGS = 5; // Buskerud, Hordaland, Molderegionen, Drammen (municipality), no organisation
const pick = fc.nat(40);

function stepArb(withRules: boolean): fc.Arbitrary<Step> {
  const base: fc.Arbitrary<Step>[] = [
    fc.record({ t: fc.constant('signup' as const), org: fc.nat(ORGS - 1), day: fc.integer({ min: 1, max: 9 }), minute: fc.nat(3) }),
    fc.record({ t: fc.constant('signup' as const), org: fc.nat(ORGS - 1), day: fc.integer({ min: 1, max: 9 }), minute: fc.nat(3) }),
    fc.record({ t: fc.constant('give' as const), pick, acceptLate: fc.boolean() }),
    fc.record({ t: fc.constant('swap' as const), a: pick, b: pick }),
    fc.record({ t: fc.constant('wait' as const), pick }),
    fc.record({ t: fc.constant('decline' as const), pick }),
    fc.record({ t: fc.constant('acceptLate' as const), pick }),
    fc.record({ t: fc.constant('cancel' as const), pick }),
    fc.record({
      t: fc.constant('resolve' as const),
      org: fc.nat(3),
      keep: fc.array(pick, { maxLength: 2 }),
      others: fc.constantFrom('waiting' as const, 'decline' as const),
    }),
    fc.constant({ t: 'undo' as const }),
  ];
  if (withRules)
    base.push(
      fc.record({
        t: fc.constant('rules' as const),
        county: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
        region: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
        capacity: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
      }),
    );
  return fc.oneof(...base);
}

interface Snapshot {
  states: Map<number, SignupState>;
  view: AllocationView;
}

function snapshot(ctx: CoreContext): Snapshot {
  const rows = ctx.db.prepare('SELECT id, state FROM signups').all() as { id: number; state: SignupState }[];
  return { states: new Map(rows.map((r) => [r.id, r.state])), view: ok(ctx, 'allocation:get', {}) };
}

function fingerprint(ctx: CoreContext): string {
  return JSON.stringify([
    ctx.db.prepare('SELECT id, state, late_accepted, seat_decided, session_id FROM signups ORDER BY id').all(),
    ctx.db.prepare('SELECT seat_rules, capacity FROM events').all(),
    (ctx.db.prepare('SELECT COUNT(*) AS n FROM changes').get() as { n: number }).n,
  ]);
}

/** Every sign-up appears in exactly one list of the view, and that list matches its state. */
function checkOneState(s: Snapshot): void {
  const seen = new Map<number, string>();
  const lists = [...s.view.organisations, s.view.unaffiliated];
  for (const o of lists)
    for (const [bucket, people] of Object.entries({ seated: o.seated, waiting: o.waiting, late: o.late, closed: o.closed }))
      for (const p of people) {
        expect(seen.has(p.signupId), `påmelding ${p.signupId} står to steder`).toBe(false);
        seen.set(p.signupId, bucket);
        const st = s.states.get(p.signupId);
        const want = bucket === 'closed' ? ['cancelled', 'declined'] : bucket === 'late' ? ['waiting'] : [bucket];
        expect(want).toContain(st);
      }
  expect(seen.size).toBe(s.states.size);
  for (const st of s.states.values()) expect(['seated', 'waiting', 'cancelled', 'declined']).toContain(st);
}

function seatedByOrg(v: AllocationView): Map<number, { seated: number; seats: number | null; over: boolean }> {
  return new Map(
    v.organisations.map((o) => [o.organisationId, { seated: o.seated.length, seats: o.seats, over: o.conflictKind === 'over_limit' }]),
  );
}

function run(steps: Step[], withRules: boolean): void {
  const core = freshCore();
  try {
    const { ctx } = core;
    const orgs = [
      orgId(ctx, 'county', 'Buskerud'),
      orgId(ctx, 'county', 'Hordaland'),
      orgId(ctx, 'region', 'Molderegionen'),
      orgId(ctx, 'municipality', 'Drammen'),
      null,
    ];
    ok(ctx, 'allocation:setSeatRules', { seatRules: { county: 1, region: 1 }, capacity: 4 });
    const ids: number[] = [];
    let n = 0;
    const id = (p: number) => ids[p % Math.max(ids.length, 1)] ?? 1;
    let prev = snapshot(ctx);
    for (const s of steps) {
      const before = fingerprint(ctx);
      let r;
      switch (s.t) {
        case 'signup':
          n++;
          r = invoke(ctx, 'signups:create', {
            name: `Person ${n}`,
            email: `p${n}@example.no`,
            organisationId: orgs[s.org] ?? null,
            receivedAt: `2015-09-0${s.day}T10:0${s.minute}`,
          });
          if (r.ok) ids.push((r.value as { id: number }).id);
          break;
        case 'give':
          r = invoke(ctx, 'allocation:giveSeat', { signupId: id(s.pick), acceptLate: s.acceptLate });
          break;
        case 'swap':
          r = invoke(ctx, 'allocation:swap', { seatedId: id(s.a), waitingId: id(s.b) });
          break;
        case 'wait':
          r = invoke(ctx, 'allocation:toWaiting', { signupId: id(s.pick) });
          break;
        case 'decline':
          r = invoke(ctx, 'allocation:decline', { signupId: id(s.pick), reason: 'Test' });
          break;
        case 'acceptLate':
          r = invoke(ctx, 'allocation:acceptLate', { signupId: id(s.pick) });
          break;
        case 'cancel':
          r = invoke(ctx, 'allocation:cancel', { signupId: id(s.pick) });
          break;
        case 'resolve':
          r = invoke(ctx, 'allocation:resolve', {
            organisationId: orgs[s.org] ?? 1,
            keepIds: [...new Set(s.keep.map(id))],
            reason: 'Test',
            others: s.others,
          });
          break;
        case 'rules':
          r = invoke(ctx, 'allocation:setSeatRules', { seatRules: { county: s.county, region: s.region }, capacity: s.capacity });
          break;
        case 'undo':
          r = invoke(ctx, 'changelog:undo', {});
          break;
      }
      // A refused action changes nothing, and says why in Norwegian.
      if (!r.ok) {
        expect(fingerprint(ctx)).toBe(before);
        expect(r.error.message.length).toBeGreaterThan(10);
        expect(r.error.code).not.toBe('internal');
      }
      const now = snapshot(ctx);
      checkOneState(now);
      const cap = now.view.capacity;
      const prevOrgs = seatedByOrg(prev.view);
      for (const [orgKey, o] of seatedByOrg(now.view)) {
        if (o.seats === null) continue;
        // Whenever an organisation has more than allowed, the view says so.
        if (o.seated > o.seats) expect(o.over).toBe(true);
        if (!withRules) expect(o.seated).toBeLessThanOrEqual(o.seats);
        // With seat rules changing, only a rule change (or undoing back to a state under the
        // older rules) may leave an organisation over; no action pushes it further over.
        else if (o.seated > o.seats && s.t !== 'rules' && s.t !== 'undo')
          expect(o.seated).toBeLessThanOrEqual(prevOrgs.get(orgKey)?.seated ?? 0);
      }
      if (cap.total !== null) {
        if (cap.seated > cap.total) expect(cap.over).toBe(true);
        if (!withRules) expect(cap.seated).toBeLessThanOrEqual(cap.total);
        else if (cap.seated > cap.total && s.t !== 'rules' && s.t !== 'undo')
          expect(cap.seated).toBeLessThanOrEqual(prev.view.capacity.seated);
      }
      prev = now;
    }
  } finally {
    core.close();
  }
}

describe('seat allocation properties', () => {
  it('with fixed rules: no organisation over its seats, capacity never exceeded, one state each', () => {
    fc.assert(
      fc.property(fc.array(stepArb(false), { minLength: 5, maxLength: 30 }), (steps) => run(steps, false)),
      { numRuns: 60 },
    );
  });

  it('with seat rules changed along the way: anything over the limit is shown as a conflict and never grows', () => {
    fc.assert(
      fc.property(fc.array(stepArb(true), { minLength: 5, maxLength: 30 }), (steps) => run(steps, true)),
      { numRuns: 60 },
    );
  });
});
