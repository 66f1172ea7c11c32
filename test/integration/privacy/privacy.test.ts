import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateReplies } from '../../../main/core/email/bench';
import { fails, freshCoresPerTest, ok } from '../../helpers/db';

const core = freshCoresPerTest();
type Ctx = ReturnType<typeof core>['ctx'];

/** Every text in every table, including the change log: where personal data could hide. */
function everything(ctx: Ctx): string {
  const tables = (ctx.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[]).map((t) => t.name);
  return JSON.stringify(tables.map((t) => ctx.db.prepare(`SELECT * FROM ${t}`).all())).toLowerCase();
}

function county(ctx: Ctx, number: string): number {
  return (ctx.db.prepare(`SELECT id FROM organisations WHERE kind = 'county' AND number = ?`).get(number) as { id: number }).id;
}

describe('anonymising an event', () => {
  it('removes names, contacts and diets everywhere, keeps the numbers, and cannot be undone', () => {
    const { ctx } = core();
    const other = ok(ctx, 'events:create', { title: 'Neste samling', startsAt: '2016-03-01T10:00', endsAt: '2016-03-01T15:00', venue: 'Hamar' });
    ok(ctx, 'signups:create', { eventId: 1, name: 'Kari Allergisk', email: 'kari.allergi@hfk.no', organisationId: county(ctx, '12'), diets: ['gluten', 'nuts'], dietNote: 'Alvorlig nøtteallergi', receivedAt: '2015-08-31T09:00' });
    ok(ctx, 'signups:create', { eventId: 1, name: 'Ola Begge', email: 'ola.begge@rfk.no', organisationId: county(ctx, '11'), diets: ['vegan'], receivedAt: '2015-08-31T10:00' });
    ok(ctx, 'signups:create', { eventId: other.id, name: 'Ola Begge', email: 'ola.begge@rfk.no' });
    ok(ctx, 'import:commit', { eventId: 1, text: generateReplies(6, 3) });
    ok(ctx, 'signups:update', { id: 1, dietNote: 'Alvorlig nøtteallergi, også mandler' });
    const beforeCount = (ctx.db.prepare('SELECT COUNT(*) AS n FROM signups WHERE event_id = 1').get() as { n: number }).n;
    expect(everything(ctx)).toContain('kari.allergi@hfk.no');

    expect(fails(ctx, 'privacy:anonymiseEvent', { eventId: 1 }).message).toMatch(/bekreftes/);
    const r = ok(ctx, 'privacy:anonymiseEvent', { eventId: 1, confirm: true });
    expect(r.signupsRemoved).toBe(beforeCount);
    expect(r.backupsWithPersonalData).toBeGreaterThan(0); // the automatic one made just before

    const all = everything(ctx);
    for (const secret of ['kari allergisk', 'kari.allergi@hfk.no', 'alvorlig nøtteallergi', 'mandler']) expect(all).not.toContain(secret);
    // Ola also comes to the next event: that sign-up and his person stay.
    expect(all).toContain('ola.begge@rfk.no');

    const stats = ok(ctx, 'privacy:stats', { eventId: 1 });
    expect(stats.find((s) => s.dimension === 'total')?.count).toBe(beforeCount);
    expect(stats.filter((s) => s.dimension === 'state').reduce((a, s) => a + s.count, 0)).toBe(beforeCount);
    expect(ok(ctx, 'privacy:status').find((e) => e.eventId === 1)?.anonymisedAt).not.toBeNull();

    const undo = fails(ctx, 'changelog:undo');
    expect(undo.code).toBe('not_undoable');
    expect(undo.message).toMatch(/kan ikke angres/);
    expect(fails(ctx, 'privacy:anonymiseEvent', { eventId: 1, confirm: true }).code).toBe('already_anonymised');
  });

  it('a passed retention date is reported as overdue until the event is anonymised', () => {
    const { ctx } = core();
    ok(ctx, 'events:update', { id: 1, retentionUntil: '2016-01-01' });
    ok(ctx, 'signups:create', { eventId: 1, name: 'Kari Nordmann', email: 'kari@example.no' });
    expect(ok(ctx, 'privacy:status').find((e) => e.eventId === 1)?.overdue).toBe(true);
    ok(ctx, 'privacy:anonymiseEvent', { eventId: 1, confirm: true });
    expect(ok(ctx, 'privacy:status').find((e) => e.eventId === 1)?.overdue).toBe(false);
  });
});

describe('one person', () => {
  it('export gives everything about them as JSON; delete removes them everywhere, redacting pasted e-mails', () => {
    const { ctx } = core();
    const sample = readFileSync('/work/shared/samples/email-replies/02-colleague-signup-outlook-en.txt', 'utf8');
    const imp = ok(ctx, 'import:commit', { text: sample });
    expect(imp.created.length).toBeGreaterThan(0);
    const victim = imp.created[0];
    if (!victim) throw new Error('no sign-up');
    const person = ctx.db.prepare('SELECT id, name, email FROM people WHERE id = (SELECT person_id FROM signups WHERE id = ?)').get(victim.id) as {
      id: number;
      name: string;
      email: string | null;
    };
    ok(ctx, 'signups:create', { eventId: 1, name: 'Helt Annen', email: 'annen@example.no' });

    const exported = ok(ctx, 'privacy:exportPerson', { personId: person.id });
    expect(exported.person.name).toBe(person.name);
    expect(exported.signups).toHaveLength(1);
    expect(exported.importedMessages.length).toBeGreaterThan(0);
    expect(exported.changes.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);

    expect(fails(ctx, 'privacy:deletePerson', { personId: person.id }).message).toMatch(/bekreftes/);
    const r = ok(ctx, 'privacy:deletePerson', { personId: person.id, confirm: true });
    expect(r.signupsRemoved).toBe(1);
    expect(r.messagesRedacted).toBeGreaterThan(0);
    const all = everything(ctx);
    expect(all).not.toContain(person.name.toLowerCase());
    if (person.email) expect(all).not.toContain(person.email.toLowerCase());
    expect(all).toContain('annen@example.no');
    expect(fails(ctx, 'privacy:exportPerson', { personId: person.id }).code).toBe('not_found');
    expect(fails(ctx, 'changelog:undo').code).toBe('not_undoable');
  });
});
