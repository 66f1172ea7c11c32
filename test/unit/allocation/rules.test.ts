import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SeatRules, SignupState } from '../../../main/api/types';
import type { CoreContext } from '../../../main/core/context';
import { fails, freshCore, ok, orgId, orgView, signup, states } from './helpers';

// Table-driven seat rules, run through invoke() on a real database: each case sets the rules,
// registers sign-ups (key, organisation, received time), runs organiser actions, and states what
// every sign-up's state must be afterwards, plus the conflicts and proposals the view shows.

type OrgRef = 'buskerud' | 'hordaland' | 'vestfold' | 'molde-region' | 'drammen' | null;

type Action =
  | ['give', string, { acceptLate?: boolean; reason?: string }?]
  | ['swap', string, string]
  | ['wait', string]
  | ['decline', string, string]
  | ['acceptLate', string]
  | ['cancel', string]
  | ['resolve', OrgRef, string[], 'waiting' | 'decline']
  | ['rules', SeatRules, (number | null)?]
  | ['undo'];

interface Case {
  name: string;
  rules?: { seatRules: SeatRules; capacity?: number | null };
  signups: [key: string, org: OrgRef, receivedAt: string][];
  actions?: Action[];
  /** The last action must fail with this code (and change nothing). */
  error?: string;
  expect: Record<string, SignupState>;
  conflict?: { org: OrgRef; kind: 'over_limit' | 'contested' | null };
  /** Who the last action or the organisation's row proposes for a free seat. */
  proposal?: { org?: OrgRef; key: string | null; source?: 'same_org' | 'waiting_list' };
  firstCome?: { org: OrgRef; key: string };
}

const CASES: Case[] = [
  {
    name: 'first come takes the county seat; the next waits and shows a conflict',
    signups: [
      ['A', 'buskerud', '2015-09-01T10:00'],
      ['B', 'buskerud', '2015-09-02T09:00'],
    ],
    expect: { A: 'seated', B: 'waiting' },
    conflict: { org: 'buskerud', kind: 'contested' },
  },
  {
    name: 'ties: same received time, lower id first',
    signups: [
      ['A', 'buskerud', '2015-09-01T10:00'],
      ['B', 'buskerud', '2015-09-01T10:00'],
    ],
    expect: { A: 'seated', B: 'waiting' },
    firstCome: { org: 'buskerud', key: 'A' },
  },
  {
    name: 'registered out of order: the earlier one is flagged as first come in the conflict',
    signups: [
      ['B', 'buskerud', '2015-09-03T10:00'],
      ['A', 'buskerud', '2015-09-01T10:00'],
    ],
    expect: { B: 'seated', A: 'waiting' },
    conflict: { org: 'buskerud', kind: 'contested' },
    firstCome: { org: 'buskerud', key: 'A' },
  },
  {
    name: 'different counties each get their seat',
    signups: [
      ['A', 'buskerud', '2015-09-01T10:00'],
      ['B', 'hordaland', '2015-09-02T10:00'],
    ],
    expect: { A: 'seated', B: 'seated' },
    conflict: { org: 'buskerud', kind: null },
  },
  {
    name: 'late: received after the deadline day waits even with the seat free',
    signups: [['L', 'hordaland', '2015-09-08T00:00']],
    expect: { L: 'waiting' },
    proposal: { org: 'hordaland', key: null },
  },
  {
    name: 'late: the last minute of the deadline day is on time',
    signups: [['A', 'hordaland', '2015-09-07T23:59']],
    expect: { A: 'seated' },
  },
  {
    name: 'late: giving the seat is refused without the organiser accepting it',
    signups: [['L', 'hordaland', '2015-09-09T10:00']],
    actions: [['give', 'L']],
    error: 'late',
    expect: { L: 'waiting' },
  },
  {
    name: 'late: accepted first, then given the seat',
    signups: [['L', 'hordaland', '2015-09-09T10:00']],
    actions: [['acceptLate', 'L'], ['give', 'L']],
    expect: { L: 'seated' },
  },
  {
    name: 'late: accepted in the same action',
    signups: [['L', 'hordaland', '2015-09-09T10:00']],
    actions: [['give', 'L', { acceptLate: true }]],
    expect: { L: 'seated' },
  },
  {
    name: 'cancellation frees the seat and proposes the next in the same county, without seating',
    signups: [
      ['A', 'buskerud', '2015-09-01T10:00'],
      ['B', 'buskerud', '2015-09-02T10:00'],
      ['C', 'hordaland', '2015-09-09T10:00'],
    ],
    actions: [['cancel', 'A']],
    expect: { A: 'cancelled', B: 'waiting', C: 'waiting' },
    proposal: { key: 'B', source: 'same_org' },
  },
  {
    name: 'cancellation proposes from the general waiting list when the county has nobody',
    rules: { seatRules: { county: 1 }, capacity: 2 },
    signups: [
      ['A', 'buskerud', '2015-09-01T10:00'],
      ['B', 'vestfold', '2015-09-02T10:00'],
      ['C', 'hordaland', '2015-09-03T10:00'],
    ],
    actions: [['cancel', 'B']],
    expect: { A: 'seated', B: 'cancelled', C: 'waiting' },
    proposal: { key: 'C', source: 'waiting_list' },
  },
  {
    name: 'the proposed one is seated when the organiser confirms',
    signups: [
      ['A', 'buskerud', '2015-09-01T10:00'],
      ['B', 'buskerud', '2015-09-02T10:00'],
    ],
    actions: [['cancel', 'A'], ['give', 'B']],
    expect: { A: 'cancelled', B: 'seated' },
    conflict: { org: 'buskerud', kind: null },
  },
  {
    name: 'a newcomer does not jump the queue for a freed seat',
    signups: [
      ['A', 'buskerud', '2015-09-01T10:00'],
      ['B', 'buskerud', '2015-09-02T10:00'],
    ],
    actions: [['cancel', 'A']],
    expect: { A: 'cancelled', B: 'waiting' },
    proposal: { org: 'buskerud', key: 'B', source: 'same_org' },
  },
  {
    name: 'giving the seat in a full county moves the holder to the waiting list',
    signups: [
      ['A', 'buskerud', '2015-09-01T10:00'],
      ['B', 'buskerud', '2015-09-02T10:00'],
    ],
    actions: [['give', 'B', { reason: 'Fylket ønsker B' }]],
    expect: { A: 'waiting', B: 'seated' },
    conflict: { org: 'buskerud', kind: null },
  },
  {
    name: 'swap: the waiting one gets the seat, the seated one waits',
    signups: [
      ['A', 'buskerud', '2015-09-01T10:00'],
      ['B', 'buskerud', '2015-09-02T10:00'],
    ],
    actions: [['swap', 'A', 'B']],
    expect: { A: 'waiting', B: 'seated' },
    conflict: { org: 'buskerud', kind: null },
  },
  {
    name: 'swap into another county that is already full is refused',
    signups: [
      ['A', 'buskerud', '2015-09-01T10:00'],
      ['B', 'hordaland', '2015-09-01T11:00'],
      ['C', 'hordaland', '2015-09-02T10:00'],
    ],
    actions: [['swap', 'A', 'C']],
    error: 'org_full',
    expect: { A: 'seated', B: 'seated', C: 'waiting' },
  },
  {
    name: 'capacity full: a new sign-up waits and giving a seat is refused',
    rules: { seatRules: { county: 1 }, capacity: 1 },
    signups: [
      ['A', 'buskerud', '2015-09-01T10:00'],
      ['B', 'hordaland', '2015-09-02T10:00'],
    ],
    actions: [['give', 'B']],
    error: 'capacity_full',
    expect: { A: 'seated', B: 'waiting' },
  },
  {
    name: 'capacity full: a swap keeps the count and is allowed',
    rules: { seatRules: { county: 1 }, capacity: 1 },
    signups: [
      ['A', 'buskerud', '2015-09-01T10:00'],
      ['B', 'hordaland', '2015-09-02T10:00'],
    ],
    actions: [['swap', 'A', 'B']],
    expect: { A: 'waiting', B: 'seated' },
  },
  {
    name: 'no organisation: only capacity applies',
    rules: { seatRules: { county: 1 }, capacity: 2 },
    signups: [
      ['A', null, '2015-09-01T10:00'],
      ['B', null, '2015-09-01T11:00'],
      ['C', null, '2015-09-01T12:00'],
    ],
    expect: { A: 'seated', B: 'seated', C: 'waiting' },
  },
  {
    name: 'municipalities have no limit by default',
    signups: [
      ['A', 'drammen', '2015-09-01T10:00'],
      ['B', 'drammen', '2015-09-01T11:00'],
    ],
    expect: { A: 'seated', B: 'seated' },
  },
  {
    name: 'region seats can be set: one per region',
    rules: { seatRules: { county: 1, region: 1 } },
    signups: [
      ['A', 'molde-region', '2015-09-01T10:00'],
      ['B', 'molde-region', '2015-09-01T11:00'],
    ],
    expect: { A: 'seated', B: 'waiting' },
    conflict: { org: 'molde-region', kind: 'contested' },
  },
  {
    name: 'seats raised afterwards: the waiting one is proposed for the new seat',
    signups: [
      ['A', 'buskerud', '2015-09-01T10:00'],
      ['B', 'buskerud', '2015-09-02T10:00'],
    ],
    actions: [['rules', { county: 2 }]],
    expect: { A: 'seated', B: 'waiting' },
    proposal: { org: 'buskerud', key: 'B', source: 'same_org' },
    conflict: { org: 'buskerud', kind: null },
  },
  {
    name: 'seats reduced afterwards: nobody loses a seat silently, the county shows a conflict',
    rules: { seatRules: { county: 2 } },
    signups: [
      ['A', 'buskerud', '2015-09-01T10:00'],
      ['B', 'buskerud', '2015-09-02T10:00'],
    ],
    actions: [['rules', { county: 1 }]],
    expect: { A: 'seated', B: 'seated' },
    conflict: { org: 'buskerud', kind: 'over_limit' },
  },
  {
    name: 'resolve: the chosen one keeps the seat, the other stays waiting and the conflict is gone',
    signups: [
      ['A', 'buskerud', '2015-09-01T10:00'],
      ['B', 'buskerud', '2015-09-02T10:00'],
    ],
    actions: [['resolve', 'buskerud', ['B'], 'waiting']],
    expect: { A: 'waiting', B: 'seated' },
    conflict: { org: 'buskerud', kind: null },
  },
  {
    name: 'resolve an over-limit county by declining the other',
    rules: { seatRules: { county: 2 } },
    signups: [
      ['A', 'buskerud', '2015-09-01T10:00'],
      ['B', 'buskerud', '2015-09-02T10:00'],
    ],
    actions: [
      ['rules', { county: 1 }],
      ['resolve', 'buskerud', ['A'], 'decline'],
    ],
    expect: { A: 'seated', B: 'declined' },
    conflict: { org: 'buskerud', kind: null },
  },
  {
    name: 'keeping someone on the waiting list on purpose settles the conflict',
    signups: [
      ['A', 'buskerud', '2015-09-01T10:00'],
      ['B', 'buskerud', '2015-09-02T10:00'],
    ],
    actions: [['wait', 'B']],
    expect: { A: 'seated', B: 'waiting' },
    conflict: { org: 'buskerud', kind: null },
  },
  {
    name: 'decline frees the seat and proposes the next',
    signups: [
      ['A', 'buskerud', '2015-09-01T10:00'],
      ['B', 'buskerud', '2015-09-02T10:00'],
    ],
    actions: [['decline', 'A', 'Ikke fra fylkeskommunen']],
    expect: { A: 'declined', B: 'waiting' },
    proposal: { key: 'B', source: 'same_org' },
  },
  {
    name: 'undo takes back a seat given',
    signups: [
      ['A', 'buskerud', '2015-09-01T10:00'],
      ['B', 'buskerud', '2015-09-02T10:00'],
    ],
    actions: [['give', 'B'], ['undo']],
    expect: { A: 'seated', B: 'waiting' },
    conflict: { org: 'buskerud', kind: 'contested' },
  },
  {
    name: 'undo takes back a resolution in one step',
    signups: [
      ['A', 'buskerud', '2015-09-01T10:00'],
      ['B', 'buskerud', '2015-09-02T10:00'],
    ],
    actions: [['resolve', 'buskerud', ['B'], 'decline'], ['undo']],
    expect: { A: 'seated', B: 'waiting' },
    conflict: { org: 'buskerud', kind: 'contested' },
  },
  {
    name: 'undo takes back a change of seat rules',
    signups: [
      ['A', 'buskerud', '2015-09-01T10:00'],
      ['B', 'buskerud', '2015-09-02T10:00'],
    ],
    actions: [['rules', { county: 2 }], ['give', 'B'], ['undo'], ['undo']],
    expect: { A: 'seated', B: 'waiting' },
    conflict: { org: 'buskerud', kind: 'contested' },
  },
];

describe('seat rules (table)', () => {
  let core: ReturnType<typeof freshCore>;
  beforeEach(() => {
    core = freshCore();
  });
  afterEach(() => core.close());

  function ref(ctx: CoreContext, o: OrgRef): number | null {
    switch (o) {
      case 'buskerud':
        return orgId(ctx, 'county', 'Buskerud');
      case 'hordaland':
        return orgId(ctx, 'county', 'Hordaland');
      case 'vestfold':
        return orgId(ctx, 'county', 'Vestfold');
      case 'molde-region':
        return orgId(ctx, 'region', 'Molderegionen');
      case 'drammen':
        return orgId(ctx, 'municipality', 'Drammen');
      case null:
        return null;
    }
  }

  for (const c of CASES) {
    it(c.name, () => {
      const { ctx } = core;
      if (c.rules) ok(ctx, 'allocation:setSeatRules', { seatRules: c.rules.seatRules, capacity: c.rules.capacity ?? null });
      const ids = new Map<string, number>();
      for (const [key, org, at] of c.signups) ids.set(key, signup(ctx, `Person ${key}`, ref(ctx, org), at));
      const id = (k: string) => ids.get(k)!;
      let lastProposal: { signupId: number; source: string } | null = null;
      const actions = c.actions ?? [];
      actions.forEach((a, i) => {
        const last = i === actions.length - 1;
        const run = (name: Parameters<typeof ok>[1], input: unknown) => {
          if (last && c.error) {
            const before = JSON.stringify([...states(ctx)]);
            const changes = (ctx.db.prepare('SELECT COUNT(*) AS n FROM changes').get() as { n: number }).n;
            expect(fails(ctx, name, input).code).toBe(c.error);
            expect(JSON.stringify([...states(ctx)])).toBe(before);
            expect((ctx.db.prepare('SELECT COUNT(*) AS n FROM changes').get() as { n: number }).n).toBe(changes);
            return null;
          }
          return ok(ctx, name, input as never) as { proposal?: { signupId: number; source: string } | null };
        };
        switch (a[0]) {
          case 'give':
            lastProposal = run('allocation:giveSeat', { signupId: id(a[1]), ...(a[2] ?? {}) })?.proposal ?? null;
            break;
          case 'swap':
            run('allocation:swap', { seatedId: id(a[1]), waitingId: id(a[2]) });
            break;
          case 'wait':
            lastProposal = run('allocation:toWaiting', { signupId: id(a[1]) })?.proposal ?? null;
            break;
          case 'decline':
            lastProposal = run('allocation:decline', { signupId: id(a[1]), reason: a[2] })?.proposal ?? null;
            break;
          case 'acceptLate':
            run('allocation:acceptLate', { signupId: id(a[1]) });
            break;
          case 'cancel':
            lastProposal = run('allocation:cancel', { signupId: id(a[1]) })?.proposal ?? null;
            break;
          case 'resolve':
            run('allocation:resolve', { organisationId: ref(ctx, a[1]), keepIds: a[2].map(id), reason: 'Avklart med fylket', others: a[3] });
            break;
          case 'rules':
            run('allocation:setSeatRules', { seatRules: a[1], ...(a[2] !== undefined ? { capacity: a[2] } : {}) });
            break;
          case 'undo':
            run('changelog:undo', {});
            break;
        }
      });

      const st = states(ctx);
      for (const [key, want] of Object.entries(c.expect)) expect({ key, state: st.get(id(key)) }).toEqual({ key, state: want });

      const view = ok(ctx, 'allocation:get', {});
      if (c.conflict) {
        const o = orgView(view, ref(ctx, c.conflict.org)!);
        expect(o.conflictKind).toBe(c.conflict.kind);
        expect(o.conflict).toBe(c.conflict.kind !== null);
      }
      if (c.firstCome) expect(orgView(view, ref(ctx, c.firstCome.org)!).firstComeId).toBe(id(c.firstCome.key));
      if (c.proposal) {
        const p = c.proposal;
        const got = p.org !== undefined ? orgView(view, ref(ctx, p.org)!).proposal : lastProposal;
        if (p.key === null) expect(got).toBeNull();
        else {
          expect(got?.signupId).toBe(id(p.key));
          if (p.source) expect(got?.source).toBe(p.source);
        }
      }
    });
  }
});

describe('seat actions: input and log', () => {
  let core: ReturnType<typeof freshCore>;
  beforeEach(() => {
    core = freshCore();
  });
  afterEach(() => core.close());

  it('decline without a reason is refused with a Norwegian message and stores nothing', () => {
    const { ctx } = core;
    const a = signup(ctx, 'Kari Nordmann', orgId(ctx, 'county', 'Buskerud'), '2015-09-01T10:00');
    const err = fails(ctx, 'allocation:decline', { signupId: a });
    expect(err.code).toBe('invalid_input');
    expect(err.message).toMatch(/Begrunnelse/);
    expect(states(ctx).get(a)).toBe('seated');
  });

  it('an unknown sign-up gives a clear message', () => {
    const err = fails(core.ctx, 'allocation:giveSeat', { signupId: 999 });
    expect(err.code).toBe('not_found');
    expect(err.message).toMatch(/Fant ikke påmeldingen/);
  });

  it('the change log names who got the seat, who moved and why', () => {
    const { ctx } = core;
    const busk = orgId(ctx, 'county', 'Buskerud');
    signup(ctx, 'Kari Nordmann', busk, '2015-09-01T10:00');
    const b = signup(ctx, 'Hanne Lie-Olsen', busk, '2015-09-02T10:00');
    const r = ok(ctx, 'allocation:giveSeat', { signupId: b, reason: 'Fylkesdirektøren ønsker Hanne' });
    expect(r.change.summary).toBe(
      'Ga plassen til Hanne Lie-Olsen (Buskerud); Kari Nordmann (Buskerud) flyttet til ventelisten – begrunnelse: Fylkesdirektøren ønsker Hanne',
    );
    expect(r.affected.map((s) => [s.name, s.state])).toEqual([['Kari Nordmann', 'waiting']]);
    expect(ok(ctx, 'changelog:list', { limit: 1 })[0]?.operation).toBe('allocation:giveSeat');
  });

  it('setSeatRules reports organisations over their new limit and moves nobody', () => {
    const { ctx } = core;
    ok(ctx, 'allocation:setSeatRules', { seatRules: { county: 2 }, capacity: 10 });
    const busk = orgId(ctx, 'county', 'Buskerud');
    signup(ctx, 'Kari Nordmann', busk, '2015-09-01T10:00');
    signup(ctx, 'Hanne Lie-Olsen', busk, '2015-09-02T10:00');
    const r = ok(ctx, 'allocation:setSeatRules', { seatRules: { county: 1 }, capacity: 1, reason: 'Mindre sal' });
    expect(r.overLimit).toEqual([{ organisationId: busk, name: 'Buskerud', seats: 1, seated: 2 }]);
    expect(r.overCapacity).toEqual({ capacity: 1, seated: 2 });
    expect(r.change?.summary).toBe('Endret plassreglene: fylkeskommuner 2 → 1, kapasitet 10 → 1 – begrunnelse: Mindre sal');
    const view = ok(ctx, 'allocation:get', {});
    expect(view.capacity).toEqual({ total: 1, seated: 2, free: 0, over: true });
    expect(view.counts.conflicts).toBe(1);
  });

  it('seat rules accept null as "no limit" and reject negative numbers', () => {
    const { ctx } = core;
    expect(ok(ctx, 'allocation:setSeatRules', { seatRules: { county: null, region: 2 } }).seatRules).toEqual({ region: 2 });
    expect(fails(ctx, 'allocation:setSeatRules', { seatRules: { county: -1 } }).code).toBe('invalid_input');
    expect(fails(ctx, 'allocation:setSeatRules', { seatRules: {}, capacity: -5 }).message).toMatch(/negativ/);
  });

  it('an organisation with zero seats cannot be given one', () => {
    const { ctx } = core;
    ok(ctx, 'allocation:setSeatRules', { seatRules: { other: 0 } });
    const other = ok(ctx, 'orgs:create', { kind: 'other', name: 'KS' }).id;
    const a = signup(ctx, 'Per Hansen', other, '2015-09-01T10:00');
    expect(states(ctx).get(a)).toBe('waiting');
    expect(fails(ctx, 'allocation:giveSeat', { signupId: a }).code).toBe('no_seats');
  });

  it('regions are listed with the counties of their municipalities', () => {
    const view = ok(core.ctx, 'allocation:get', {});
    const molde = view.regions.find((r) => r.name === 'Molderegionen');
    expect(molde?.counties.map((c) => c.name)).toEqual(['Møre og Romsdal']);
    const more = orgView(view, orgId(core.ctx, 'county', 'Møre og Romsdal'));
    expect(more.regions.map((r) => r.name)).toContain('Molderegionen');
    // Counties in number order, all 19 of them.
    expect(view.organisations.filter((o) => o.kind === 'county').map((o) => o.number)).toEqual(
      [...view.organisations.filter((o) => o.kind === 'county').map((o) => o.number)].sort(),
    );
    expect(view.counts.countiesTotal).toBe(19);
  });
});
