import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../../main/core/context';
import { fails, freshCore, ok, snapshot } from '../../helpers/db';

const SAMPLES = path.resolve(import.meta.dirname, '../../../../shared/samples/email-replies');
const sample = (name: string) => readFileSync(path.join(SAMPLES, `${name}.txt`), 'utf8');
const allSamples = () =>
  readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(SAMPLES, f), 'utf8'))
    .join('\n\n');

let ctx: CoreContext;
let close: () => void;
beforeEach(() => {
  ({ ctx, close } = freshCore(() => new Date('2015-09-10T08:00:00Z')));
});
afterEach(() => close());

describe('import of pasted e-mail replies', () => {
  it('previews without storing anything', () => {
    const before = snapshot(ctx);
    const p = ok(ctx, 'import:preview', { text: sample('10-three-replies-one-paste') });
    expect(p.messages).toHaveLength(3);
    expect(p.counts).toMatchObject({ messages: 3, attendees: 3, create: 3, alreadyImported: 0 });
    const first = p.messages[0]!;
    expect(first.from.email).toBe('henrik.berg-johansen@ostfoldfk.no');
    expect(first.attendees[0]).toMatchObject({ organisationName: 'Østfold', action: 'create', diets: ['lactose'] });
    // Provenance: the span of the e-mail field points at the address in the pasted text.
    const span = first.attendees[0]!.spans.email!;
    expect(sample('10-three-replies-one-paste').slice(span.start, span.end).toLowerCase()).toContain('henrik.berg-johansen@ostfoldfk.no');
    expect(snapshot(ctx)).toBe(before);
  });

  it('commits sign-ups with source e-mail, received time = sent time and the raw text kept', () => {
    const r = ok(ctx, 'import:commit', { text: sample('10-three-replies-one-paste') });
    expect(r).toMatchObject({ imported: 3, skipped: 0 });
    expect(r.created.map((s) => s.name)).toEqual(['Henrik Berg-Johansen', 'Jonas Aamodt', 'Torunn Fosse']);
    const list = ok(ctx, 'signups:list', { sort: 'receivedAt' }).rows;
    expect(list.map((s) => [s.name, s.source, s.receivedAt, s.state, s.countyNumber])).toEqual([
      ['Henrik Berg-Johansen', 'email', '2015-08-31T13:02:17', 'seated', '01'],
      ['Jonas Aamodt', 'email', '2015-09-01T08:40:00', 'seated', '02'],
      ['Torunn Fosse', 'email', '2015-09-04T09:55:40', 'seated', '09'],
    ]);
    const msg = ok(ctx, 'import:get', { id: list[0]!.messageId! });
    expect(msg.raw).toContain('Henrik');
  });

  it('pasting the whole sample set twice leaves no duplicates', () => {
    const text = allSamples();
    const first = ok(ctx, 'import:commit', { text });
    expect(first.imported).toBeGreaterThanOrEqual(16);
    const n = ok(ctx, 'signups:list', { limit: 1000 }).total;
    const again = ok(ctx, 'import:preview', { text });
    expect(again.messages.every((m) => m.alreadyImported)).toBe(true);
    const second = ok(ctx, 'import:commit', { text });
    expect(second).toMatchObject({ imported: 0, created: [], updated: [], cancelled: [] });
    expect(second.skipped).toBe(first.imported);
    expect(ok(ctx, 'signups:list', { limit: 1000 }).total).toBe(n);
    // The same replies pasted again one by one are recognised too.
    for (const f of ['01-self-signup-outlook-nb', '12-crlf-name-paren-email']) {
      const r = ok(ctx, 'import:commit', { text: sample(f).replace(/\r\n/g, '\n') });
      expect(r.imported, f).toBe(0);
    }
  });

  it('a cancellation cancels the existing sign-up; the next in line is then seated by its own reply', () => {
    const hfk = ok(ctx, 'orgs:list', { kind: 'county', q: 'Hordaland' })[0]!;
    ok(ctx, 'signups:create', { name: 'Eldbjørg Sandvik', email: 'x@example.com', organisationId: hfk.id, receivedAt: '2015-08-29T10:00' });
    const p = ok(ctx, 'import:preview', { text: sample('05-cancellation-last-first') });
    const person = p.messages[0]!.attendees[0]!;
    expect(person.attending).toBe(false);
    const existing = ok(ctx, 'signups:create', {
      name: person.name!,
      email: person.email,
      organisationId: person.organisationId,
      receivedAt: '2015-08-30T10:00',
    });
    const r = ok(ctx, 'import:commit', { text: sample('05-cancellation-last-first') });
    expect(r.cancelled.map((s) => s.id)).toEqual([existing.id]);
    expect(ok(ctx, 'signups:get', { id: existing.id }).state).toBe('cancelled');
  });

  it('a replacement withdraws one and signs up the other, who takes the freed seat', () => {
    const p = ok(ctx, 'import:preview', { text: sample('06-replacement') });
    const [out, inn] = [p.messages[0]!.attendees.find((a) => !a.attending)!, p.messages[0]!.attendees.find((a) => a.attending)!];
    ok(ctx, 'signups:create', { name: out.name!, email: out.email, organisationId: out.organisationId, receivedAt: '2015-08-31T08:00' });
    const r = ok(ctx, 'import:commit', { text: sample('06-replacement') });
    expect(r.cancelled.map((s) => s.name)).toEqual([out.name]);
    expect(r.created.map((s) => [s.name, s.state])).toEqual([[inn.name, 'seated']]);
    expect(r.created[0]!.diets).toContain('pork');
    expect(r.created[0]!.stateReason).toBe(`Erstatter ${out.name}`);
  });

  it('applies the user’s corrections and exclusions', () => {
    const text = sample('10-three-replies-one-paste');
    const r = ok(ctx, 'import:commit', {
      text,
      messages: [
        { index: 0, attendees: [{ index: 0, name: 'Henrik Berg Johansen', diets: ['lactose', 'nuts'] }] },
        { index: 1, include: false },
      ],
    });
    expect(r.created.map((s) => s.name)).toEqual(['Henrik Berg Johansen', 'Torunn Fosse']);
    expect(r.created[0]!.diets).toEqual(['lactose', 'nuts']);
    expect(r.messages[1]).toMatchObject({ status: 'excluded' });
    // The excluded reply can still be imported later.
    expect(ok(ctx, 'import:preview', { text }).messages.map((m) => m.alreadyImported)).toEqual([true, false, true]);
  });

  it('one undo takes the whole import back', () => {
    const before = ok(ctx, 'signups:list').total;
    const r = ok(ctx, 'import:commit', { text: allSamples() });
    expect(r.created.length).toBeGreaterThan(10);
    const undo = ok(ctx, 'changelog:undo');
    expect(undo.undone.summary).toMatch(/^Importerte \d+ e-poster/);
    expect(ok(ctx, 'signups:list').total).toBe(before);
    expect(ok(ctx, 'import:list')).toHaveLength(0);
    // And after the undo the replies are new again.
    expect(ok(ctx, 'import:preview', { text: sample('01-self-signup-outlook-nb') }).messages[0]!.alreadyImported).toBe(false);
  });

  it('bad input: empty, too large, wrong types — a clear message and nothing stored', () => {
    const before = snapshot(ctx);
    expect(fails(ctx, 'import:commit', { text: '' }).message).toBe('Lim inn minst én e-post.');
    expect(fails(ctx, 'import:commit', { text: 'x'.repeat(13 * 1024 * 1024) }).message).toMatch(/for stor/);
    expect(fails(ctx, 'import:commit', { text: 42 }).message).toMatch(/Teksten/);
    expect(fails(ctx, 'import:commit', { text: '\u0000\u0001\u0002 binært søppel \uFFFF'.repeat(100) }).code).toBeDefined();
    expect(fails(ctx, 'import:commit', { text: sample('01-self-signup-outlook-nb'), messages: [{ index: 7 }] }).message).toMatch(/finnes ikke/);
    expect(fails(ctx, 'import:commit', { text: sample('01-self-signup-outlook-nb'), messages: [{ index: 0, attendees: [{ index: 0, email: 'ikke-epost' }] }] }).message).toMatch(/e-postadresse/);
    expect(snapshot(ctx)).toBe(before);
    expect(ok(ctx, 'import:preview', { text: '   ' }).warnings[0]).toMatch(/Lim inn/);
  });
});

describe('corrections', () => {
  it('a field left out of a correction keeps the parsed value; an empty one clears it', () => {
    const { ctx, close } = freshCore(() => new Date('2015-09-10T08:00:00Z'));
    try {
      const text = readFileSync(path.join(SAMPLES, '10-three-replies-one-paste.txt'), 'utf8');
      const r = ok(ctx, 'import:commit', {
        text,
        messages: [
          { index: 1, attendees: [{ index: 0, name: 'Jonas Åmodt' }] },
          { index: 2, attendees: [{ index: 0, email: '' }] },
        ],
      });
      const jonas = r.created.find((s) => s.name === 'Jonas Åmodt')!;
      expect(jonas.email).toBe('jonas.aamodt@afk.no');
      expect(r.created.find((s) => s.name === 'Torunn Fosse')!.email).toBeNull();
    } finally {
      close();
    }
  });
});

describe('one paste, previewed and then imported (the parse is reused; issue #8)', () => {
  const reply = (from: string, email: string, minute: number, body: string) =>
    `Fra: ${from} <${email}>\nSendt: 1. september 2015 10:${String(minute).padStart(2, '0')}\nTil: Aina Sofie Brox\nEmne: SV: Invitasjon\n\n${body}\n\nHilsen ${from}\n`;

  it('a registry edited between preview and import is used by the import', () => {
    const { ctx, close } = freshCore(() => new Date('2015-09-10T08:00:00Z'));
    try {
      const text = reply('Kari Nyland', 'kari.nyland@nyttdomene.no', 1, 'Hei,\nJeg melder meg på samlingen.');
      expect(ok(ctx, 'import:preview', { text }).messages[0]!.attendees[0]!.organisationId).toBeNull();
      const county = ok(ctx, 'orgs:list', { kind: 'county', q: 'Telemark' })[0]!;
      ok(ctx, 'orgs:update', { id: county.id, emailDomains: [...county.emailDomains, 'nyttdomene.no'] });
      const r = ok(ctx, 'import:commit', { text });
      expect(r.created.map((s) => s.organisationId)).toEqual([county.id]);
    } finally {
      close();
    }
  });

  it('the preview handed out cannot change what the import stores', () => {
    const { ctx, close } = freshCore(() => new Date('2015-09-10T08:00:00Z'));
    try {
      const text = sample('10-three-replies-one-paste');
      const p = ok(ctx, 'import:preview', { text });
      expect(() => (p.messages[0]!.attendees[0]!.diets as string[]).push('nuts')).toThrow();
      const r = ok(ctx, 'import:commit', { text });
      expect(r.created[0]!.diets).toEqual(['lactose']);
    } finally {
      close();
    }
  });

  it('within one paste, later replies see the people and sign-ups written by earlier ones', () => {
    const { ctx, close } = freshCore(() => new Date('2015-09-10T08:00:00Z'));
    try {
      const text = [
        reply('Ola Aasen', 'ola.aasen@t-fk.no', 1, 'Hei,\nJeg melder meg på samlingen fra Telemark fylkeskommune.'),
        reply('Ola Aasen', 'ola.aasen@t-fk.no', 2, 'Hei,\nJeg må dessverre melde avbud til samlingen.'),
        reply('Ola Aasen', 'ola.aasen@t-fk.no', 3, 'Hei,\nJeg melder meg likevel på samlingen fra Telemark fylkeskommune.'),
      ].join('\n\n');
      const r = ok(ctx, 'import:commit', { text });
      expect([r.created.length, r.cancelled.length, r.updated.length]).toEqual([1, 1, 1]);
      expect(r.cancelled[0]!.state).toBe('cancelled');
      expect(r.updated[0]!.state).toBe('seated');
      expect(ok(ctx, 'signups:list').total).toBe(1);
      // Every row the change log holds as "after" is the row as stored.
      const rows = ctx.db.prepare('SELECT table_name, row_id, after FROM change_rows WHERE change_id = ? ORDER BY seq').all(r.changeId) as {
        table_name: string;
        row_id: number;
        after: string;
      }[];
      const last = new Map(rows.map((x) => [`${x.table_name}:${x.row_id}`, x]));
      for (const x of last.values())
        expect(JSON.parse(x.after)).toEqual(ctx.db.prepare(`SELECT * FROM ${x.table_name} WHERE id = ?`).get(x.row_id));
      ok(ctx, 'changelog:undo');
      expect(ok(ctx, 'signups:list').total).toBe(0);
    } finally {
      close();
    }
  });
});
