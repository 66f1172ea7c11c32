import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Change, Signup, UndoResult } from '../../../main/api/types';
import type { Draft } from '../../../main/api/ops/drafts';
import type { ChangeDetail } from '../../../main/api/ops/registry';
import { runCli } from '../../../main/cli/main';
import type { CoreContext } from '../../../main/core/context';
import { invoke } from '../../../main/core/dispatch';
import type { Lang } from '../../../main/core/i18n';
import { SCHEMA_VERSION } from '../../../main/db/migrations';
import { startWebServer, type WebServer } from '../../../main/web/server';
import { freshCore, freshCoresPerTest, ok } from '../../helpers/db';
import { samling } from '../../unit/cli/run';

// The core's messages in the three languages, through the real doors: invoke() with a language,
// browser mode's header, the command line's --lang and $SAMLING_LANG. The change log is stored
// language-neutral (changes.summary_msg) and read in whatever language the reader uses.

const core = freshCoresPerTest();

/** Calls an operation in a language; returns the value or throws with the message. */
function inLang<T>(ctx: CoreContext, lang: Lang, name: string, input?: unknown): T {
  const r = invoke(ctx, name, input, { lang });
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as T;
}
function errorIn(ctx: CoreContext, lang: Lang | undefined, name: string, input?: unknown) {
  const r = invoke(ctx, name, input, lang ? { lang } : undefined);
  if (r.ok) throw new Error(`${name} should have failed`);
  return r.error;
}
const county = (ctx: CoreContext, number: string) =>
  (ctx.db.prepare(`SELECT id FROM organisations WHERE kind = 'county' AND number = ?`).get(number) as { id: number }).id;

describe('invoke in a language', () => {
  it('validation messages: nynorsk, English, and bokmål by default', () => {
    const { ctx } = core();
    const input = { kind: 'county', name: '' };
    expect(errorIn(ctx, 'nn', 'orgs:create', input)).toMatchObject({ code: 'invalid_input', message: 'Namn må fyllast ut.', fields: { name: 'Namn må fyllast ut.' } });
    expect(errorIn(ctx, 'en', 'orgs:create', input).message).toBe('Name is required.');
    expect(errorIn(ctx, undefined, 'orgs:create', input).message).toBe('Navn må fylles ut.');
    // zod's fallbacks are whole sentences in each language.
    expect(errorIn(ctx, 'nn', 'orgs:create', { kind: 'county', name: 'X', extra: 1 }).message).toBe('Inndata kjenner ikkje feltet «extra».');
    expect(errorIn(ctx, 'en', 'signups:list', { limit: 0 }).message).toBe('Number of rows is too small.');
    expect(errorIn(ctx, 'nn', 'events:create', { title: 'A', startsAt: '2015-11-10T09:00', endsAt: '2015-11-10T08:00', venue: 'Oslo' }).fields?.endsAt).toBe(
      'Sluttida kan ikkje vere før starttida.',
    );
  });

  it('not-found and other errors thrown in the core', () => {
    const { ctx } = core();
    expect(errorIn(ctx, 'nn', 'orgs:get', { id: 99999 })).toMatchObject({
      code: 'not_found',
      message: 'Fann ikkje organisasjonen med id 99999. Den kan ha blitt sletta.',
    });
    expect(errorIn(ctx, 'en', 'orgs:get', { id: 99999 }).message).toBe('Could not find the organisation with id 99999. It may have been deleted.');
    expect(errorIn(ctx, undefined, 'orgs:get', { id: 99999 }).message).toBe('Fant ikke organisasjonen med id 99999. Den kan ha blitt slettet.');
    expect(errorIn(ctx, 'nn', 'changelog:undo').message).toBe('Det er ingen endringar å angre.');
    expect(errorIn(ctx, 'nn', 'no:such').message).toBe('Ukjend operasjon «no:such».');
    ok(ctx, 'themes:create', { name: 'Grønn omstilling' });
    expect(errorIn(ctx, 'en', 'themes:create', { name: 'Grønn omstilling' })).toMatchObject({
      code: 'duplicate',
      message: 'A theme with this name already exists.',
      fields: { name: 'The name is in use.' },
    });
  });

  it('two calls in different languages, interleaved, do not mix', async () => {
    const { ctx } = core();
    const calls = Array.from({ length: 20 }, (_, i) => {
      const lang: Lang = (['nb', 'nn', 'en'] as const)[i % 3]!;
      return new Promise<[Lang, string]>((resolve) =>
        setTimeout(() => {
          const r = invoke(ctx, 'orgs:get', { id: 99999 }, { lang });
          resolve([lang, r.ok ? '' : r.error.message]);
        }, Math.random() * 10),
      );
    });
    for (const [lang, message] of await Promise.all(calls))
      expect(message.slice(0, 9)).toBe({ nb: 'Fant ikke', nn: 'Fann ikkj', en: 'Could not' }[lang]);
  });
});

describe('the change log in the reader\'s language', () => {
  it('stores a neutral message and shows it (and undo, redo) in nn and en; bokmål stays in summary', () => {
    const { ctx } = core();
    expect(SCHEMA_VERSION).toBe(60);
    const theme = ok(ctx, 'themes:create', { name: 'Grønn omstilling' });
    const row = ctx.db.prepare('SELECT summary, summary_msg FROM changes ORDER BY id DESC LIMIT 1').get() as { summary: string; summary_msg: string };
    expect(row.summary).toBe('Opprettet temaet «Grønn omstilling»');
    expect(JSON.parse(row.summary_msg)).toEqual({ k: 'Opprettet temaet «{0}»', a: ['Grønn omstilling'] });

    const list = (lang: Lang) => inLang<Change[]>(ctx, lang, 'changelog:list', { limit: 5 }).map((c) => c.summary);
    expect(list('nn')[0]).toBe('Oppretta temaet «Grønn omstilling»');
    expect(list('en')[0]).toBe('Created the theme “Grønn omstilling”');
    expect(list('nb')[0]).toBe('Opprettet temaet «Grønn omstilling»');

    const undo = inLang<UndoResult>(ctx, 'nn', 'changelog:undo');
    expect(undo.change.summary).toBe('Angra: Oppretta temaet «Grønn omstilling»');
    expect(undo.undone.summary).toBe('Oppretta temaet «Grønn omstilling»');
    expect(undo.subject).toBe('Oppretta temaet «Grønn omstilling»');
    expect(list('en')[0]).toBe('Undid: Created the theme “Grønn omstilling”');
    expect(list('nb')[0]).toBe('Angret: Opprettet temaet «Grønn omstilling»');
    const undoRow = ctx.db.prepare('SELECT summary FROM changes ORDER BY id DESC LIMIT 1').get() as { summary: string };
    expect(undoRow.summary).toBe('Angret: Opprettet temaet «Grønn omstilling»');

    const redo = inLang<UndoResult>(ctx, 'nn', 'changelog:redo');
    expect(redo.change.summary).toBe('Gjorde om: Oppretta temaet «Grønn omstilling»');
    expect(redo.subject).toBe('Oppretta temaet «Grønn omstilling»'); // the renderer's "Gjort om: …" adds its own prefix
    expect(list('en')[0]).toBe('Redid: Created the theme “Grønn omstilling”');
    expect(inLang<{ name: string }[]>(ctx, 'nb', 'themes:list').some((t) => t.name === theme.name)).toBe(true);

    // The details of a change: table, field names and values in the reader's language.
    const created = inLang<Change[]>(ctx, 'nb', 'changelog:list', { limit: 10 }).find((c) => c.operation === 'themes:create')!;
    const detail = (lang: Lang) => inLang<ChangeDetail>(ctx, lang, 'changelog:get', { id: created.id }).rows[0]!;
    expect(detail('nb')).toMatchObject({ tableLabel: 'Tema', fields: [{ label: 'Navn', after: 'Grønn omstilling' }] });
    expect(detail('nn')).toMatchObject({ tableLabel: 'Tema', fields: [{ label: 'Namn', after: 'Grønn omstilling' }] });
    expect(detail('en')).toMatchObject({ tableLabel: 'Theme', fields: [{ label: 'Name', after: 'Grønn omstilling' }] });

    // Entries from before this version (no summary_msg) are shown as stored.
    ctx.db.prepare('UPDATE changes SET summary_msg = NULL WHERE id = (SELECT MAX(id) FROM changes)').run();
    expect(list('en')[0]).toBe('Gjorde om: Opprettet temaet «Grønn omstilling»');
  });

  it('seat actions with names, reasons and lists read naturally in each language', () => {
    const { ctx } = core();
    const kari = ok(ctx, 'signups:create', { eventId: 1, name: 'Kari Nordmann', organisationId: county(ctx, '12'), receivedAt: '2015-08-31T09:00' });
    const declined = inLang<{ change: Change }>(ctx, 'nn', 'allocation:decline', { signupId: kari.id, reason: 'Feil samling' });
    expect(declined.change.summary).toBe('Avviste Kari Nordmann (Hordaland) – grunngiving: Feil samling');
    const [last] = inLang<Change[]>(ctx, 'en', 'changelog:list', { limit: 1 });
    expect(last?.summary).toBe('Declined Kari Nordmann (Hordaland) – reason: Feil samling');
    const rules = inLang<{ change: Change | null }>(ctx, 'en', 'allocation:setSeatRules', { seatRules: { county: 2, region: null }, capacity: 80 });
    expect(rules.change?.summary).toMatch(/^Changed the seat rules: county councils 1 → 2, .*capacity .* → 80$/);
  });

  it('scrubbing personal data overwrites summary_msg too: no name survives', () => {
    const { ctx } = core();
    const s = ok(ctx, 'signups:create', { eventId: 1, name: 'Synnøve Slettesen', email: 'synnove.slettesen@hfk.no', organisationId: county(ctx, '12') });
    ok(ctx, 'signups:update', { id: s.id, notes: 'Ringte' });
    ok(ctx, 'allocation:decline', { signupId: s.id, reason: 'Feil samling' });
    const named = () =>
      (ctx.db.prepare(`SELECT COUNT(*) AS n FROM changes WHERE summary_msg LIKE '%Slettesen%' OR summary LIKE '%Slettesen%'`).get() as { n: number }).n;
    expect(named()).toBeGreaterThan(0);
    ok(ctx, 'privacy:deletePerson', { personId: (s as Signup).personId, confirm: true });
    expect(named()).toBe(0);
    const scrubbed = ctx.db.prepare(`SELECT summary, summary_msg FROM changes WHERE operation = 'signups:create' AND locked = 1`).get() as {
      summary: string;
      summary_msg: string;
    };
    expect(scrubbed.summary).toBe('Personopplysninger fjernet – kan ikke angres (signups:create)');
    expect(JSON.parse(scrubbed.summary_msg)).toEqual({ k: 'Personopplysninger fjernet – kan ikke angres ({0})', a: ['signups:create'] });
    const nn = inLang<Change[]>(ctx, 'nn', 'changelog:list', { limit: 10 }).map((c) => c.summary);
    expect(nn).toContain('Personopplysningar fjerna – kan ikkje angrast (signups:create)');
    expect(nn.join('\n')).not.toMatch(/Slettesen|Synnøve/);
    expect(nn[0]).toMatch(/^Sletta ein person etter ønske: 1 påmeldingar fjerna/);
  });
});

describe('drafts in the current language', () => {
  it('writes the confirmation in nynorsk and English; bokmål as before', () => {
    const { ctx } = core();
    const s = ok(ctx, 'signups:create', { eventId: 1, name: 'Kari Nordmann', email: 'kari@hfk.no', organisationId: county(ctx, '12'), diets: ['milk'] });
    const nb = inLang<Draft>(ctx, 'nb', 'drafts:make', { kind: 'confirmation', signupId: s.id });
    const nn = inLang<Draft>(ctx, 'nn', 'drafts:make', { kind: 'confirmation', signupId: s.id });
    const en = inLang<Draft>(ctx, 'en', 'drafts:make', { kind: 'confirmation', signupId: s.id });
    expect(nb.subject).toMatch(/^Bekreftelse: du har plass på /);
    expect(nb.body).toContain('Vennlig hilsen');
    expect(nn.subject).toMatch(/^Stadfesting: du har plass på /);
    expect(nn.body).toMatch(/^Hei Kari,\n\nTakk for påmeldinga frå Hordaland\. Vi stadfestar at du har plass på «.+» (måndag|tysdag|onsdag|torsdag|fredag|laurdag|sundag) \d\d\.\d\d\.\d{4} kl\. /);
    expect(nn.body).toContain('Vi har notert dette om mat og allergiar: mjølkeprotein.');
    expect(nn.body).toContain('Venleg helsing');
    expect(nn.body).not.toMatch(/\b(ikke|fra|hvis)\b/);
    expect(en.subject).toMatch(/^Confirmation: you have a seat at /);
    expect(en.body).toMatch(/We confirm that you have a seat at “.+” on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) /);
    expect(en.body).toContain('Kind regards');
    expect(en.fileName).toMatch(/^Confirmation – Kari Nordmann/);
    // The organisation's reminder (chase) too.
    const reminder = inLang<Draft>(ctx, 'nn', 'drafts:make', { kind: 'reminder', organisationId: county(ctx, '11') });
    expect(reminder.subject).toMatch(/^Påminning: påmelding til /);
    expect(reminder.body).toContain('Vi har enno ikkje fått påmelding frå');
  });
});

describe('browser mode: the X-Samling-Language header', () => {
  let ctx: CoreContext;
  let web: WebServer;
  let close: () => void;
  beforeAll(async () => {
    const c = freshCore();
    ctx = c.ctx;
    close = c.close;
    const staticDir = path.join(c.dir, 'renderer');
    fs.mkdirSync(staticDir);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Samling</title>');
    web = await startWebServer({ ctx, staticDir });
  });
  afterAll(async () => {
    await web.close();
    close();
  });

  const post = (name: string, body: unknown, headers: Record<string, string>) =>
    new Promise<{ status: number; json: { ok: boolean; error?: { code: string; message: string } } }>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: web.port,
          method: 'POST',
          path: `/api/${name}`,
          headers: { Host: `127.0.0.1:${web.port}`, 'Content-Type': 'application/json', ...headers },
        },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString('utf8')));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) as never }));
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify(body));
    });
  const auth = () => ({ Authorization: `Bearer ${web.token}` });

  it('answers in the language of the header; unknown or missing → bokmål', async () => {
    const nn = await post('orgs:get', { id: 99999 }, { ...auth(), 'X-Samling-Language': 'nn' });
    expect(nn.json.error?.message).toBe('Fann ikkje organisasjonen med id 99999. Den kan ha blitt sletta.');
    const en = await post('orgs:create', { kind: 'county', name: '' }, { ...auth(), 'x-samling-language': 'EN' });
    expect(en.json.error?.message).toBe('Name is required.');
    const unknown = await post('orgs:get', { id: 99999 }, { ...auth(), 'X-Samling-Language': 'de' });
    expect(unknown.json.error?.message).toMatch(/^Fant ikke organisasjonen/);
    const none = await post('orgs:get', { id: 99999 }, auth());
    expect(none.json.error?.message).toMatch(/^Fant ikke organisasjonen/);
  });

  it('the door\'s own refusals follow the header too', async () => {
    const r = await post('orgs:get', { id: 1 }, { Authorization: 'Bearer wrong', 'X-Samling-Language': 'nn' });
    expect(r.status).toBe(401);
    expect(r.json.error?.message).toBe('Manglande eller feil tilgangsnøkkel. Opne adressa Samling skreiv ut ved oppstart.');
  });
});

describe('the command line: --lang and SAMLING_LANG', () => {
  vi.setConfig({ testTimeout: 120_000 });

  function io() {
    const out = { stdout: '', stderr: '' };
    return { out, io: { out: (t: string) => void (out.stdout += t), err: (t: string) => void (out.stderr += t), readStdin: async () => '' } };
  }

  it('prints nynorsk with --lang nn (a real process)', () => {
    const { dir } = core();
    const db = path.join(dir, 'cli.db');
    const r = samling(['--db', db, '--lang', 'nn', 'call', 'orgs:get', '{"id":99999}']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Fann ikkje organisasjonen med id 99999.');
    const after = samling(['--db', db, 'call', 'orgs:create', '{"kind":"county","name":""}', '--lang=en']);
    expect(after.stderr).toContain('Name is required.');
  });

  it('takes $SAMLING_LANG when --lang is not given; --lang wins; a wrong value is a usage error', async () => {
    const { dir } = core();
    const db = path.join(dir, 'cli.db');
    const a = io();
    expect(await runCli(['--db', db, 'call', 'orgs:get', '{"id":99999}'], a.io, { SAMLING_LANG: 'en' })).toBe(1);
    expect(a.out.stderr).toContain('Could not find the organisation with id 99999.');
    const b = io();
    expect(await runCli(['--lang', 'nn', '--db', db, 'call', 'orgs:get', '{"id":99999}'], b.io, { SAMLING_LANG: 'en' })).toBe(1);
    expect(b.out.stderr).toContain('Fann ikkje organisasjonen');
    const c = io();
    expect(await runCli(['--db', db, 'call', 'orgs:get', '{"id":99999}'], c.io, {})).toBe(1);
    expect(c.out.stderr).toContain('Fant ikke organisasjonen');
    const d = io();
    expect(await runCli(['--lang', 'se', 'info'], d.io, {})).toBe(2);
    expect(d.out.stderr).toContain('--lang må være nb, nn eller en');
  });

  it('documents --lang in the help text', async () => {
    const h = io();
    expect(await runCli(['--help'], h.io, {})).toBe(0);
    expect(h.out.stdout).toMatch(/--lang SPRÅK +Språket i meldinger fra kjernen: nb, nn eller en/);
  });
});
