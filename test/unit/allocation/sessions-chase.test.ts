import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fails, freshCore, ok, orgId, signup } from './helpers';

describe('group sessions', () => {
  let core: ReturnType<typeof freshCore>;
  beforeEach(() => {
    core = freshCore();
  });
  afterEach(() => core.close());

  function themeOf(region: string): number {
    const row = core.ctx.db.prepare(`SELECT theme_id FROM organisations WHERE kind = 'region' AND name = ?`).get(region) as { theme_id: number };
    return row.theme_id;
  }

  it('creates a session on the event day from HH:MM and refuses an end before the start', () => {
    const { ctx } = core;
    const g = ok(ctx, 'sessions:create', { title: 'Møre og Romsdal', themeId: themeOf('Molderegionen'), room: 'Sal 2', capacity: 2, startsAt: '13:00', endsAt: '14:30' });
    expect(g.startsAt).toBe('2015-09-24T13:00:00');
    expect(g.endsAt).toBe('2015-09-24T14:30:00');
    const err = fails(ctx, 'sessions:create', { title: 'Feil', startsAt: '14:00', endsAt: '13:00' });
    expect(err.message).toBe('Sluttid kan ikke være før starttid.');
    expect(fails(ctx, 'sessions:create', { title: '' }).message).toMatch(/Tittel må fylles ut/);
    expect(ok(ctx, 'sessions:list', {})).toHaveLength(1);
  });

  it("proposes a county's delegate for its regions' themes and a region's participant for its own", () => {
    const { ctx } = core;
    const molde = ok(ctx, 'sessions:create', { title: 'Molde', themeId: themeOf('Molderegionen') });
    const kristiansund = ok(ctx, 'sessions:create', { title: 'Kristiansund', themeId: themeOf('Kristiansundregionen') });
    ok(ctx, 'sessions:create', { title: 'Lillehammer', themeId: themeOf('Lillehammerregionen') });
    const county = signup(ctx, 'Mari Møller', orgId(ctx, 'county', 'Møre og Romsdal'), '2015-09-01T10:00');
    const region = signup(ctx, 'Rune Rauma', orgId(ctx, 'region', 'Molderegionen'), '2015-09-01T11:00');
    signup(ctx, 'Uten Tema', orgId(ctx, 'county', 'Buskerud'), '2015-09-01T12:00');
    const props = ok(ctx, 'sessions:proposals', {});
    const byId = new Map(props.map((p) => [p.signupId, p]));
    expect(byId.get(county)?.sessionIds.sort()).toEqual([molde.id, kristiansund.id].sort());
    expect(byId.get(region)?.sessionIds).toEqual([molde.id]);
    expect(byId.get(region)?.why).toBe('Tema for Molderegionen');
    expect(props).toHaveLength(2);
  });

  it('assigns, warns over capacity, unassigns, and undo of a deleted session brings its participants back', () => {
    const { ctx } = core;
    const g = ok(ctx, 'sessions:create', { title: 'Liten gruppe', capacity: 1 });
    const a = signup(ctx, 'Kari Nordmann', orgId(ctx, 'county', 'Buskerud'), '2015-09-01T10:00');
    const b = signup(ctx, 'Ola Hansen', orgId(ctx, 'county', 'Vestfold'), '2015-09-01T10:00');
    expect(ok(ctx, 'sessions:assign', { signupId: a, sessionId: g.id }).warning).toBeNull();
    const over = ok(ctx, 'sessions:assign', { signupId: b, sessionId: g.id });
    expect(over.warning).toBe('Gruppesamlingen «Liten gruppe» har 2 deltakere, men plass til bare 1.');
    expect(over.session?.over).toBe(true);
    ok(ctx, 'sessions:assign', { signupId: b, sessionId: null });
    expect(ok(ctx, 'sessions:list', {})[0]?.assigned).toBe(1);
    ok(ctx, 'sessions:delete', { id: g.id });
    expect(ok(ctx, 'signups:get', { id: a }).sessionId).toBeNull();
    ok(ctx, 'changelog:undo', {});
    expect(ok(ctx, 'signups:get', { id: a }).sessionId).toBe(g.id);
  });

  it('refuses to put a cancelled sign-up on a session', () => {
    const { ctx } = core;
    const g = ok(ctx, 'sessions:create', { title: 'Gruppe' });
    const a = signup(ctx, 'Kari Nordmann', orgId(ctx, 'county', 'Buskerud'), '2015-09-01T10:00');
    ok(ctx, 'allocation:cancel', { signupId: a });
    expect(fails(ctx, 'sessions:assign', { signupId: a, sessionId: g.id }).message).toMatch(/avmeldt/);
  });

  it('applies proposals to everyone seated without a session, in one undoable change', () => {
    const { ctx } = core;
    ok(ctx, 'sessions:create', { title: 'Molde', themeId: themeOf('Molderegionen'), capacity: 5 });
    const a = signup(ctx, 'Rune Rauma', orgId(ctx, 'region', 'Molderegionen'), '2015-09-01T11:00');
    const r = ok(ctx, 'sessions:applyProposals', {});
    expect(r.assigned).toBe(1);
    expect(ok(ctx, 'signups:get', { id: a }).sessionTitle).toBe('Molde');
    ok(ctx, 'changelog:undo', {});
    expect(ok(ctx, 'signups:get', { id: a }).sessionId).toBeNull();
  });
});

describe('chase list', () => {
  let core: ReturnType<typeof freshCore>;
  beforeEach(() => {
    core = freshCore();
  });
  afterEach(() => core.close());

  it('names exactly the counties with nobody seated', () => {
    const { ctx } = core;
    signup(ctx, 'Kari Nordmann', orgId(ctx, 'county', 'Buskerud'), '2015-09-01T10:00');
    signup(ctx, 'Sen Person', orgId(ctx, 'county', 'Hordaland'), '2015-09-09T10:00');
    const list = ok(ctx, 'chase:list', {});
    const names = list.items.map((i) => i.name);
    expect(names).toHaveLength(18);
    expect(names).not.toContain('Buskerud fylkeskommune');
    // Hordaland only has a late sign-up waiting: no seat yet, so it is chased (and the count shown).
    const hordaland = list.items.find((i) => i.name === 'Hordaland fylkeskommune');
    expect(hordaland?.late).toBe(1);
    const view = ok(ctx, 'allocation:get', {});
    const without = view.organisations.filter((o) => o.kind === 'county' && o.seated.length === 0).map((o) => o.organisationId);
    expect(list.items.map((i) => i.organisationId).sort()).toEqual(without.sort());
  });

  it('fills the reminder with the event, the deadline and a guessed mailbox, and builds a mailto link', () => {
    const list = ok(core.ctx, 'chase:list', {});
    const busk = list.items.find((i) => i.number === '06')!;
    expect(busk.mailbox).toBe('postmottak@bfk.no');
    expect(busk.mailboxGuessed).toBe(true);
    expect(busk.subject).toBe('Påminnelse: påmelding til Oppstartssamling 2015 24.09.2015');
    expect(busk.body).toContain('torsdag 24.09.2015 kl. 10:00–15:30 i Bjørvika konferansesenter');
    expect(busk.body).toContain('Vi har ennå ikke fått påmelding fra Buskerud fylkeskommune. Hver fylkeskommune kan melde på én deltaker.');
    // The test clock is 10.09.2015, after the deadline.
    expect(busk.body).toContain('Fristen for påmelding var 07.09.2015');
    expect(busk.body).toContain('Aina Sofie Brox');
    expect(busk.mailto).toMatch(/^mailto:postmottak%40bfk\.no\?subject=P%C3%A5minnelse/);
    expect(decodeURIComponent(busk.mailto!.split('body=')[1]!)).toBe(busk.body.replace(/\n/g, '\r\n'));
    expect(list.mailtoAll).toMatch(/^mailto:\?bcc=/);
    expect(list.text).toContain('06 Buskerud fylkeskommune – postmottak@bfk.no (gjettet, ikke kontrollert)');
  });

  it('before the deadline the reminder names the deadline day; regions are chased when they have seats', () => {
    const { ctx } = core;
    ctx.now = () => new Date('2015-09-01T08:00:00Z');
    ok(ctx, 'allocation:setSeatRules', { seatRules: { region: 1 } });
    const list = ok(ctx, 'chase:list', {});
    expect(list.items[0]?.body).toContain('Fristen for påmelding er mandag 07.09.2015.');
    expect(list.items.filter((i) => i.kind === 'region').length).toBe(21);
    expect(list.items.find((i) => i.kind === 'region')?.mailto).toBeNull();
  });
});
