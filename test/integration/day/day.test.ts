import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../../main/core/context';
import { writeExport } from '../../../main/core/exports/write';
import { quotedPrintable } from '../../../main/core/drafts/eml';
import { freshCore, fails, ok } from '../../helpers/db';

let ctx: CoreContext;
let dir: string;
let close: () => void;
beforeEach(() => {
  ({ ctx, dir, close } = freshCore(() => new Date('2015-09-01T08:00:00Z')));
});
afterEach(() => close());

const county = (number: string) => ok(ctx, 'orgs:list', { kind: 'county' }).find((o) => o.number === number)!;

function signup(name: string, countyNumber: string, receivedAt: string, extra: { diets?: ('gluten' | 'vegan' | 'lactose')[]; lunch?: boolean; email?: string } = {}) {
  return ok(ctx, 'signups:create', {
    name,
    email: extra.email ?? `${name.split(' ')[0]!.toLowerCase().replace(/[^a-z]/g, '')}@example.no`,
    organisationId: county(countyNumber).id,
    receivedAt,
    diets: extra.diets ?? [],
    lunch: extra.lunch ?? true,
  });
}

describe('overview:get', () => {
  it('counts counties, lunches, diets, late, conflicts and the timeline from known data', () => {
    signup('Kari Øvrebø', '03', '2015-08-20T09:00', { diets: ['gluten'] });
    signup('Per Hansen', '12', '2015-08-21T10:00', { diets: ['gluten', 'lactose'] });
    signup('Liv Berg', '12', '2015-08-22T10:00'); // second from Hordaland: waits, a conflict
    signup('Ola Dahl', '15', '2015-09-09T10:00', { diets: ['vegan'] }); // after the deadline: waits
    signup('Åse Lie', '18', '2015-08-22T11:00', { lunch: false, diets: ['gluten'] });

    const o = ok(ctx, 'overview:get');
    expect(o.counties).toEqual({ seated: 3, total: 19 });
    expect(o.participants).toBe(3);
    expect(o.counts).toMatchObject({ seated: 3, waiting: 2, total: 5 });
    expect(o.catering.lunches).toBe(2);
    // Åse has gluten but no lunch; Ola waits: neither counts for the caterer.
    expect(o.catering.diets).toEqual({ gluten: 2, lactose: 1 });
    expect(o.late).toEqual({ total: 1, open: 1 });
    expect(o.conflicts).toBe(1);
    expect(o.unanswered).toHaveLength(16);
    expect(o.unanswered.find((u) => u.number === '15')?.waiting).toBe(1);
    expect(o.timeline.map((p) => [p.day, p.count, p.total])).toEqual([
      ['2015-08-20', 1, 1],
      ['2015-08-21', 1, 2],
      ['2015-08-22', 2, 4],
      ['2015-09-09', 1, 5],
    ]);
    expect(o.lastCateringExport).toBeNull();
    expect(o.regions.total).toBeGreaterThan(0);
  });

  it('keeps the numbers of the last lunch list and shows what changed since', async () => {
    const kari = signup('Kari Øvrebø', '03', '2015-08-20T09:00', { diets: ['gluten'] });
    signup('Per Hansen', '12', '2015-08-21T10:00');
    ctx.now = () => new Date('2015-09-04T10:00:00Z');
    await writeExport(ctx, { list: 'catering', format: 'csv' }, path.join(dir, 'lunsj.csv'));
    let o = ok(ctx, 'overview:get');
    expect(o.lastCateringExport).toMatchObject({ at: '2015-09-04T10:00:00.000Z', lunches: 2, diets: { gluten: 1 } });
    expect(o.cateringDelta).toEqual({ added: 0, removed: 0, diets: {} });

    signup('Ola Dahl', '15', '2015-09-05T10:00', { diets: ['gluten'] });
    signup('Liv Berg', '18', '2015-09-05T11:00');
    signup('Siv Moe', '19', '2015-09-05T12:00');
    ok(ctx, 'signups:setState', { id: kari.id, state: 'cancelled' });
    o = ok(ctx, 'overview:get');
    expect(o.catering.lunches).toBe(4);
    expect(o.cateringDelta).toEqual({ added: 3, removed: 1, diets: {} });
    expect(o.lastCateringExport?.lunches).toBe(2);
  });
});

describe('search:all', () => {
  it('finds people with Norwegian letters in any case, sign-ups first, and organisations', () => {
    const kari = signup('Kari Øvrebø', '03', '2015-08-20T09:00');
    ok(ctx, 'signups:create', { name: 'Åsmund Ærlig', email: 'asmund@example.no' });
    const res = ok(ctx, 'search:all', { q: 'øvre' });
    expect(res.hits[0]).toMatchObject({ kind: 'signup', signupId: kari.id, name: 'Kari Øvrebø' });
    expect(ok(ctx, 'search:all', { q: 'ØVRE' }).hits[0]).toMatchObject({ kind: 'signup', signupId: kari.id });
    expect(ok(ctx, 'search:all', { q: 'ærlig åsmund' }).hits.map((h) => h.name)).toEqual(['Åsmund Ærlig']);
    const orgs = ok(ctx, 'search:all', { q: 'møre' }).hits.filter((h) => h.kind === 'organisation');
    expect(orgs[0]).toMatchObject({ kind: 'organisation', name: 'Møre og Romsdal', orgKind: 'county' });
    expect(ok(ctx, 'search:all', { q: '   ' }).hits).toEqual([]);
    // A person signed up to another event only is found as a person, not as a sign-up here.
    const other = ok(ctx, 'events:create', { title: 'Nettverkssamling', startsAt: '2015-11-10T09:00', endsAt: '2015-11-10T15:00', venue: 'Hamar' });
    expect(ok(ctx, 'search:all', { q: 'øvrebø', eventId: other.id }).hits[0]).toMatchObject({ kind: 'person', name: 'Kari Øvrebø' });
  });
});

describe('events:copy and events:select', () => {
  it('copies seat rules, sessions and organiser but not sign-ups; switching changes the current event', () => {
    const src = ok(ctx, 'events:get');
    ok(ctx, 'allocation:setSeatRules', { seatRules: { county: 2, region: 1 }, capacity: 90 });
    ok(ctx, 'sessions:create', { title: 'Attraktivitet', room: 'Sal A', startsAt: '13:00', endsAt: '14:30' });
    signup('Kari Øvrebø', '03', '2015-08-20T09:00');

    const copy = ok(ctx, 'events:copy', { id: src.id, title: 'Samling 2', startsAt: '2016-02-11T10:00', endsAt: '2016-02-11T15:30' });
    expect(copy.seatRules).toEqual({ county: 2, region: 1 });
    expect(copy.capacity).toBe(90);
    expect(copy.organiserName).toBe(src.organiserName);
    expect(copy.venue).toBe(src.venue);
    // The deadline keeps its 17 days before the start.
    expect(copy.deadline).toBe('2016-01-25');
    const sessions = ok(ctx, 'sessions:list', { eventId: copy.id });
    expect(sessions.map((g) => [g.title, g.room, g.startsAt])).toEqual([['Attraktivitet', 'Sal A', '2016-02-11T13:00:00']]);
    expect(ok(ctx, 'signups:list', { eventId: copy.id }).total).toBe(0);
    expect(ok(ctx, 'signups:list', { eventId: src.id }).total).toBe(1);

    expect(ok(ctx, 'events:get').id).toBe(src.id);
    ok(ctx, 'events:select', { id: copy.id });
    expect(ok(ctx, 'events:get').id).toBe(copy.id);
    expect(ok(ctx, 'overview:get').event.id).toBe(copy.id);
    // Choosing is a preference: undo takes back the copy (the last change), not the choice.
    ok(ctx, 'events:select', { id: src.id });
    expect(ok(ctx, 'events:get').id).toBe(src.id);
    ok(ctx, 'events:select', { id: copy.id });
    ok(ctx, 'events:update', { id: copy.id, archived: true });
    expect(ok(ctx, 'events:get').id).toBe(src.id);
    expect(fails(ctx, 'events:select', { id: copy.id }).code).toBe('archived');
    expect(fails(ctx, 'events:copy', { id: 999, title: 'X', startsAt: '2016-02-11T10:00', endsAt: '2016-02-11T15:30' }).code).toBe('not_found');
  });
});

describe('drafts:make', () => {
  it('writes a confirmation in Norwegian and an .eml Outlook opens as a draft', () => {
    const s = signup('Kari Øvrebø', '03', '2015-08-20T09:00', { diets: ['gluten'], email: 'kari.ovrebo@oslo.kommune.no' });
    const d = ok(ctx, 'drafts:make', { kind: 'confirmation', signupId: s.id });
    expect(d.to).toEqual(['kari.ovrebo@oslo.kommune.no']);
    expect(d.subject).toMatch(/^Bekreftelse: du har plass på .+ 24\.09\.2015$/);
    expect(d.body).toMatch(/^Hei Kari,/);
    expect(d.body).toContain('torsdag 24.09.2015 kl. 10:00–15:30');
    expect(d.body).toContain('glutenfri (cøliaki)');
    expect(d.body).toContain('Aina Sofie Brox');
    expect(d.mailto).toMatch(/^mailto:kari\.ovrebo%40oslo\.kommune\.no\?subject=Bekreftelse/);
    expect(d.mailto).toContain('%0D%0A');

    const lines = d.eml.split('\r\n');
    expect(lines[0]).toBe('X-Unsent: 1');
    expect(d.eml).toContain('Content-Type: text/plain; charset=utf-8');
    expect(d.eml).toContain('Content-Transfer-Encoding: quoted-printable');
    expect(d.eml).toMatch(/\r\nTo: =\?UTF-8\?B\?[A-Za-z0-9+/=]+\?= <kari\.ovrebo@oslo\.kommune\.no>\r\n/);
    // The subject has 'å': encoded words, decoded back to the same text.
    const subject = /\r\nSubject: ((?:.|\r\n )+)\r\n/.exec(d.eml)![1]!;
    const decoded = [...subject.matchAll(/=\?UTF-8\?B\?([^?]+)\?=/g)].map((m) => Buffer.from(m[1]!, 'base64').toString('utf8')).join('');
    expect(decoded).toBe(d.subject);
    const body = d.eml.slice(d.eml.indexOf('\r\n\r\n') + 4);
    expect(body).toContain('Hei Kari,');
    for (const l of d.eml.split('\r\n')) expect(l.length).toBeLessThanOrEqual(78);
    const qpDecoded = Buffer.from(
      body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
      'latin1',
    ).toString('utf8');
    expect(qpDecoded.trimEnd()).toBe(d.body.replace(/\n/g, '\r\n'));
    expect(d.fileName).toBe('Bekreftelse – Kari Øvrebø.eml');
  });

  it('writes waiting, declined and reminders to a person and to a county mailbox', () => {
    signup('Per Hansen', '12', '2015-08-21T10:00');
    const liv = signup('Liv Berg', '12', '2015-08-22T10:00');
    expect(ok(ctx, 'drafts:make', { kind: 'waiting', signupId: liv.id }).body).toContain('Hordaland har allerede fått plassen sin');
    expect(ok(ctx, 'drafts:make', { kind: 'declined', signupId: liv.id }).body).toContain('ikke plass til deg');
    expect(ok(ctx, 'drafts:make', { kind: 'reminder', signupId: liv.id }).subject).toMatch(/^Påminnelse: .+ torsdag 24\.09\.2015$/);
    const rogaland = county('11');
    const r = ok(ctx, 'drafts:make', { kind: 'reminder', organisationId: rogaland.id });
    expect(r.to[0]).toMatch(/@/);
    expect(r.body).toContain('Vi har ennå ikke fått påmelding fra');
    expect(r.eml.startsWith('X-Unsent: 1\r\n')).toBe(true);
    expect(fails(ctx, 'drafts:make', { kind: 'confirmation', organisationId: rogaland.id }).code).toBe('invalid_input');
    expect(fails(ctx, 'drafts:make', { kind: 'reminder' }).code).toBe('invalid_input');
  });

  it('encodes quoted-printable with soft breaks that never split an escape', () => {
    const qp = quotedPrintable(`${'ø'.repeat(40)} = slutt `);
    for (const l of qp.split('\r\n')) expect(l.length).toBeLessThanOrEqual(76);
    expect(qp).toContain('=3D');
    expect(qp.endsWith('=20')).toBe(true);
  });
});

describe('changelog:get', () => {
  it('describes each row a change touched in Norwegian, field by field', () => {
    const s = signup('Kari Øvrebø', '03', '2015-08-20T09:00');
    ok(ctx, 'signups:update', { id: s.id, diets: ['gluten', 'vegan'], lunch: false });
    const last = ok(ctx, 'changelog:list', { limit: 1 })[0]!;
    const d = ok(ctx, 'changelog:get', { id: last.id });
    expect(d.change.summary).toMatch(/Kari Øvrebø/);
    const row = d.rows.find((r) => r.table === 'signups')!;
    expect(row).toMatchObject({ tableLabel: 'Påmelding', action: 'changed', title: 'Kari Øvrebø' });
    expect(row.fields).toEqual(
      expect.arrayContaining([
        { column: 'diets', label: 'Allergier og matpreferanser', before: 'Ingen', after: 'Glutenfri (cøliaki), Vegansk' },
        { column: 'lunch', label: 'Lunsj', before: 'Ja', after: 'Nei' },
      ]),
    );
    expect(row.fields.some((f) => f.column === 'updated_at')).toBe(false);

    const created = ok(ctx, 'changelog:get', { id: last.id - 1 });
    const c = created.rows.find((r) => r.table === 'signups')!;
    expect(c.action).toBe('created');
    expect(c.fields).toEqual(
      expect.arrayContaining([
        { column: 'organisation_id', label: 'Organisasjon', before: null, after: county('03').name },
        { column: 'state', label: 'Status', before: null, after: 'Har plass' },
        { column: 'received_at', label: 'Mottatt', before: null, after: '20.08.2015 09:00' },
      ]),
    );
    // Never raw JSON in what the organiser reads.
    for (const r of [...d.rows, ...created.rows]) for (const f of r.fields) expect(`${f.before ?? ''}${f.after ?? ''}`).not.toMatch(/^[[{]/);
    expect(fails(ctx, 'changelog:get', { id: 99999 }).code).toBe('not_found');
  });
});
