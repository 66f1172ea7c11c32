import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../../main/core/context';
import { contract } from '../../../main/api/contract';
import { freshCore, fails, ok, snapshot } from '../../helpers/db';

let ctx: CoreContext;
let close: () => void;
beforeEach(() => {
  ({ ctx, close } = freshCore(() => new Date('2015-09-01T08:00:00Z')));
});
afterEach(() => close());

const county = (number: string) => ok(ctx, 'orgs:list', { kind: 'county' }).find((o) => o.number === number)!;

describe('events', () => {
  it('gets the current event, lists, creates and updates', () => {
    const ev = ok(ctx, 'events:get');
    expect(ev.title).toContain('Oppstartssamling');
    expect(ev.seatRules).toEqual({ county: 1 });
    expect(ev.organiserDomains).toEqual(['kdu.no']);
    const created = ok(ctx, 'events:create', { title: 'Nettverkssamling', startsAt: '2015-11-10T09:00', endsAt: '2015-11-10T15:00', venue: 'Hamar', deadline: '2015-10-30' });
    expect(created.startsAt).toBe('2015-11-10T09:00:00');
    expect(ok(ctx, 'events:list')).toHaveLength(2);
    const upd = ok(ctx, 'events:update', { id: created.id, capacity: 80 });
    expect(upd.capacity).toBe(80);
  });

  it('rejects bad events in Norwegian and stores nothing', () => {
    const before = snapshot(ctx);
    expect(fails(ctx, 'events:create', { title: '', startsAt: '2015-13-40T09:00', endsAt: 'x', venue: 'Oslo' }).message).toMatch(/Tittel må fylles ut/);
    expect(fails(ctx, 'events:create', { title: 'A', startsAt: '2015-11-10T09:00', endsAt: '2015-11-10T08:00', venue: 'Oslo' }).fields?.endsAt).toMatch(/Sluttid/);
    expect(fails(ctx, 'events:create', { title: 'A', startsAt: '2015-11-10T09:00', endsAt: '2015-11-10T10:00', venue: 'Oslo', deadline: '2015-12-01' }).message).toMatch(/fristen/);
    expect(fails(ctx, 'events:update', { id: 999, title: 'X' }).code).toBe('not_found');
    expect(snapshot(ctx)).toBe(before);
  });
});

describe('organisations and regions', () => {
  it('lists with filters by kind and text', () => {
    expect(ok(ctx, 'orgs:list', { kind: 'county' })).toHaveLength(19);
    expect(ok(ctx, 'orgs:list', { kind: 'municipality' })).toHaveLength(428);
    const hits = ok(ctx, 'orgs:list', { q: 'hfk.no' });
    expect(hits.map((h) => h.name)).toEqual(['Hordaland']);
    const bergen = ok(ctx, 'orgs:list', { kind: 'municipality', q: 'Bergen' });
    expect(bergen[0]?.countyName).toBe('Hordaland');
  });

  it('gets a region with members and derived counties', () => {
    const molde = ok(ctx, 'orgs:list', { kind: 'region', q: 'Molderegionen' })[0]!;
    const d = ok(ctx, 'orgs:get', { id: molde.id });
    expect(d.members.length).toBe(8);
    expect(d.counties.map((c) => c.number)).toEqual(['15']);
    expect(d.themeName).toMatch(/Næringsmessig/);
  });

  it('creates, updates and deletes an organisation; refuses deleting one in use', () => {
    const org = ok(ctx, 'orgs:create', { kind: 'other', name: 'KS', emailDomains: ['KS.no'] });
    expect(org.emailDomains).toEqual(['ks.no']);
    const upd = ok(ctx, 'orgs:update', { id: org.id, postmottak: 'post@ks.no' });
    expect(upd.postmottak).toBe('post@ks.no');
    ok(ctx, 'orgs:delete', { id: org.id });
    expect(fails(ctx, 'orgs:get', { id: org.id }).code).toBe('not_found');
    const hordaland = county('12');
    const e = fails(ctx, 'orgs:delete', { id: hordaland.id });
    expect(e.code).toBe('in_use');
    expect(e.message).toMatch(/er i bruk .*kommuner/);
  });

  it('rejects bad organisations and stores nothing', () => {
    const before = snapshot(ctx);
    expect(fails(ctx, 'orgs:create', { kind: 'planet', name: 'X' }).message).toMatch(/organisasjonstype/);
    expect(fails(ctx, 'orgs:create', { kind: 'county', name: 'Nytt', number: '123' }).fields?.number).toMatch(/to sifre/);
    expect(fails(ctx, 'orgs:create', { kind: 'county', name: 'Dobbel', number: '12' }).code).toBe('duplicate');
    expect(fails(ctx, 'orgs:create', { kind: 'other', name: 'X', emailDomains: ['ikke et domene'] }).message).toMatch(/e-postdomene/);
    expect(fails(ctx, 'orgs:create', { kind: 'other', name: 'X', postmottak: 'post@' }).message).toMatch(/e-postadresse/);
    expect(snapshot(ctx)).toBe(before);
  });

  it('adds and removes a region member', () => {
    const region = ok(ctx, 'orgs:list', { kind: 'region', q: 'Tønsberg' })[0]!;
    const re = ok(ctx, 'orgs:list', { kind: 'municipality', q: 'Re' }).find((m) => m.name === 'Re')!;
    const after = ok(ctx, 'regions:addMember', { regionId: region.id, municipalityId: re.id });
    expect(after.members.map((m) => m.name)).toContain('Re');
    expect(fails(ctx, 'regions:addMember', { regionId: region.id, municipalityId: re.id }).code).toBe('duplicate');
    expect(fails(ctx, 'regions:addMember', { regionId: re.id, municipalityId: region.id }).message).toMatch(/Byregionen finnes ikke/);
    const removed = ok(ctx, 'regions:removeMember', { regionId: region.id, municipalityId: re.id });
    expect(removed.members.map((m) => m.name)).not.toContain('Re');
  });

  it('themes: create, rename, refuse a duplicate', () => {
    const t = ok(ctx, 'themes:create', { name: 'Smart spesialisering' });
    expect(ok(ctx, 'themes:update', { id: t.id, name: 'Smart spesialisering i regionene' }).name).toBe('Smart spesialisering i regionene');
    expect(fails(ctx, 'themes:create', { name: 'Smart spesialisering i regionene' }).code).toBe('duplicate');
    expect(ok(ctx, 'themes:list').length).toBeGreaterThan(10);
  });
});

describe('sign-ups', () => {
  it('creates with the first seat for the county, then the waiting list', () => {
    const hfk = county('12');
    const a = ok(ctx, 'signups:create', { name: 'Kari Nordmann', email: 'Kari.Nordmann@hfk.no', organisationId: hfk.id, receivedAt: '2015-08-31T09:12', diets: ['gluten'] });
    expect(a).toMatchObject({ state: 'seated', email: 'kari.nordmann@hfk.no', countyNumber: '12', late: false, diets: ['gluten'], source: 'manual' });
    const b = ok(ctx, 'signups:create', { name: 'Ola Hansen', email: 'ola@hfk.no', organisationId: hfk.id, receivedAt: '2015-09-01T10:00' });
    expect(b.state).toBe('waiting');
    const late = ok(ctx, 'signups:create', { name: 'Sen Person', email: 'sen@vfk.no', organisationId: county('07').id, receivedAt: '2015-09-08T00:01' });
    expect(late).toMatchObject({ state: 'waiting', late: true });
  });

  it('lists with filter, sort by surname in Norwegian order, and search', () => {
    const org = county('06').id;
    for (const [name, t] of [['Åse Åsen', '01'], ['Zara Zahl', '02'], ['Ørjan Øvre', '03'], ['Ærlig Ærlighet', '04'], ['Anne Andersen', '05']] as const)
      ok(ctx, 'signups:create', { name, organisationId: org, receivedAt: `2015-09-${t}T10:00` });
    const byName = ok(ctx, 'signups:list', { sort: 'name' }).rows.map((r) => r.name);
    expect(byName).toEqual(['Anne Andersen', 'Zara Zahl', 'Ærlig Ærlighet', 'Ørjan Øvre', 'Åse Åsen']);
    expect(ok(ctx, 'signups:list', { state: 'seated' }).rows.map((r) => r.name)).toEqual(['Åse Åsen']);
    expect(ok(ctx, 'signups:list', { q: 'øvre' }).total).toBe(1);
    expect(ok(ctx, 'signups:list', { sort: 'receivedAt', dir: 'desc', limit: 2 })).toMatchObject({ total: 5 });
  });

  it('updates, changes state and deletes', () => {
    const s = ok(ctx, 'signups:create', { name: 'Kari Nordmann', email: 'kari@hfk.no', organisationId: county('12').id });
    const u = ok(ctx, 'signups:update', { id: s.id, email: 'kari.nordmann@hfk.no', diets: ['vegan', 'nuts'], dietNote: 'Alvorlig nøtteallergi' });
    expect(u).toMatchObject({ email: 'kari.nordmann@hfk.no', diets: ['vegan', 'nuts'], dietNote: 'Alvorlig nøtteallergi' });
    const c = ok(ctx, 'signups:setState', { id: s.id, state: 'cancelled', reason: 'Sykdom' });
    expect(c).toMatchObject({ state: 'cancelled', stateReason: 'Sykdom' });
    ok(ctx, 'signups:delete', { id: s.id });
    expect(ok(ctx, 'signups:list').total).toBe(0);
  });

  it('rejects bad input with Norwegian messages per field and stores nothing', () => {
    ok(ctx, 'signups:create', { name: 'Kari Nordmann', email: 'kari@hfk.no' });
    const before = snapshot(ctx);
    const e = fails(ctx, 'signups:create', { name: ' ', email: 'kari@', phone: 'ring meg', diets: ['bacon'] });
    expect(e.code).toBe('invalid_input');
    expect(e.fields?.name).toBe('Navn må fylles ut.');
    expect(e.fields?.email).toMatch(/Ugyldig e-postadresse/);
    expect(e.fields?.phone).toMatch(/telefonnummer/);
    expect(e.message).toMatch(/kostholdskode/);
    expect(fails(ctx, 'signups:create', { name: 'Kari N.', email: 'KARI@hfk.no' }).message).toMatch(/allerede påmeldt/);
    expect(fails(ctx, 'signups:create', { name: 'X', organisationId: 99999 }).fields?.organisationId).toBeDefined();
    expect(fails(ctx, 'signups:create', { name: 'X', unknownField: 1 }).message).toMatch(/kjenner ikke feltet «unknownField»/);
    expect(fails(ctx, 'signups:update', { id: 4242, name: 'X' }).code).toBe('not_found');
    expect(fails(ctx, 'signups:setState', { id: 1, state: 'maybe' }).message).toMatch(/Ugyldig status/);
    expect(fails(ctx, 'signups:list', { sort: 'shoe' }).code).toBe('invalid_input');
    expect(snapshot(ctx)).toBe(before);
  });

  it('every validation message is Norwegian, never zod English', () => {
    const inputs: [string, unknown][] = [
      ['signups:create', 42],
      ['signups:create', { name: 5 }],
      ['orgs:list', { kind: 3 }],
      ['events:update', {}],
      ['signups:list', { limit: -1 }],
    ];
    for (const [name, input] of inputs) {
      const e = fails(ctx, name as 'signups:create', input);
      expect(e.message, name).not.toMatch(/Invalid|Expected|Required|received/);
    }
  });
});

describe('change log and undo', () => {
  it('writes one entry per change in the same transaction and undoes the last', () => {
    const s = ok(ctx, 'signups:create', { name: 'Kari Nordmann', email: 'kari@hfk.no' });
    ok(ctx, 'signups:update', { id: s.id, name: 'Kari Nordmann-Berg' });
    const log = ok(ctx, 'changelog:list');
    expect(log.map((c) => c.summary)).toEqual(['Endret påmeldingen til Kari Nordmann-Berg', 'Registrerte påmelding for Kari Nordmann (har plass)']);
    const undo = ok(ctx, 'changelog:undo');
    expect(undo.change.summary).toBe('Angret: Endret påmeldingen til Kari Nordmann-Berg');
    expect(ok(ctx, 'signups:get', { id: s.id }).name).toBe('Kari Nordmann');
    ok(ctx, 'changelog:undo');
    expect(ok(ctx, 'signups:list').total).toBe(0);
    expect(fails(ctx, 'changelog:undo').message).toBe('Det er ingen endringer å angre.');
    ok(ctx, 'changelog:redo');
    expect(ok(ctx, 'signups:list').rows[0]?.name).toBe('Kari Nordmann');
    ok(ctx, 'changelog:redo');
    expect(ok(ctx, 'signups:list').rows[0]?.name).toBe('Kari Nordmann-Berg');
    expect(fails(ctx, 'changelog:redo').code).toBe('nothing_to_redo');
  });

  it('undo and redo of deletes restore the same rows', () => {
    const org = ok(ctx, 'orgs:create', { kind: 'other', name: 'KS' });
    ok(ctx, 'orgs:delete', { id: org.id });
    ok(ctx, 'changelog:undo');
    expect(ok(ctx, 'orgs:get', { id: org.id }).name).toBe('KS');
  });

  it('a failed operation leaves no change-log entry', () => {
    const n = ok(ctx, 'changelog:list').length;
    fails(ctx, 'orgs:create', { kind: 'county', name: 'Dobbel', number: '12' });
    expect(ok(ctx, 'changelog:list')).toHaveLength(n);
  });

  it('refuses to undo a change whose rows were changed again afterwards', () => {
    const s = ok(ctx, 'signups:create', { name: 'Kari', email: 'kari@hfk.no' });
    ok(ctx, 'signups:update', { id: s.id, name: 'Kari B' });
    // Undo the newest, then change again, then try to redo: the redo must not overwrite.
    ok(ctx, 'changelog:undo');
    ok(ctx, 'signups:update', { id: s.id, notes: 'Ny merknad' });
    expect(fails(ctx, 'changelog:redo').code).toBe('nothing_to_redo');
  });
});

describe('the contract', () => {
  it('every operation has a domain:verb name, a schema and Norwegian help', () => {
    for (const [name, def] of Object.entries(contract)) {
      expect(name).toMatch(/^[a-z]+:[a-zA-Z]+$/);
      expect(typeof def.input.safeParse).toBe('function');
      expect(def.doc.length).toBeGreaterThan(3);
    }
  });

  it('an unknown operation is refused in Norwegian', () => {
    expect(fails(ctx, 'signups:explode' as 'signups:create', {}).message).toBe('Ukjent operasjon «signups:explode».');
  });
});
