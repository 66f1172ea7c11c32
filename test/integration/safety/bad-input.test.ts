import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OP_NAMES } from '../../../main/api/contract';
import type { Envelope } from '../../../main/api/types';
import type { ImportPreview } from '../../../main/api/ops/imports';
import { invoke } from '../../../main/core/dispatch';
import { startWebServer, type WebServer } from '../../../main/web/server';
import { freshCore, snapshot } from '../../helpers/db';

// Bad input through every door, for every operation of the contract: never a crash or a 500,
// never half a write (all tables unchanged when the answer is ok:false), always Norwegian.

const ENGLISH_WORDS = /\b(Invalid|Expected|Required|received)\b/;
/** zod's or Node's English, ignoring field names the Norwegian text quotes («receivedAt»). */
const english = (s: string) => ENGLISH_WORDS.test(s.replace(/«[^»]*»/g, ''));
const ROOT = path.resolve(import.meta.dirname, '../../..');
const SAMPLES = '/work/shared/samples/email-replies';

/** Field names the contract uses, so that generated objects look like real input. */
const KEYS = ['id', 'eventId', 'personId', 'name', 'email', 'phone', 'text', 'title', 'state', 'confirm', 'q', 'limit', 'organisationId', 'diets', 'messages', 'format', 'list', 'keep', 'startsAt', 'endsAt', 'receivedAt', 'retentionUntil', 'kind', 'number', 'sessionId', 'upload', 'index'];
const weird = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom('', ' ', '0', '-1', '1e309', 'NaN', 'null', '2015-02-30', '../../etc/passwd', '=1+1', '\u0000', 'æøå'.repeat(100), 'x'.repeat(5000)),
  fc.constantFrom(0, -1, 1, 1.5, 2 ** 53, Number.MAX_SAFE_INTEGER, 1e308),
);
const input = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(fc.constantFrom(...KEYS), weird, { maxKeys: 6 }),
  fc.record({ eventId: fc.oneof(fc.constant(1), weird), id: fc.oneof(fc.constant(1), weird), name: weird, email: weird, text: weird, confirm: weird }, { requiredKeys: [] }),
);

function check(env: Envelope<unknown>, before: string, after: () => string, what: string): void {
  expect(typeof env.ok, what).toBe('boolean');
  if (env.ok) return;
  expect(env.error.code, `${what}: ${env.error.message}`).not.toBe('internal');
  expect(english(env.error.message), `${what}: ${env.error.message}`).toBe(false);
  expect(env.error.message.length, what).toBeGreaterThan(0);
  expect(after(), `${what} stored something although it failed`).toBe(before);
}

describe('bad input through the core', () => {
  it('every operation, arbitrary and mutated inputs', () => {
    const c = freshCore();
    try {
      for (const name of OP_NAMES)
        fc.assert(
          fc.property(input, (raw) => {
            const before = snapshot(c.ctx);
            check(invoke(c.ctx, name, raw), before, () => snapshot(c.ctx), `${name} ${JSON.stringify(raw).slice(0, 200)}`);
          }),
          { numRuns: 15, seed: 7 },
        );
    } finally {
      c.close();
    }
  }, 120_000);

  it('pastes of 10 MB, binary data and mutated real samples are answered in Norwegian', () => {
    const c = freshCore();
    try {
      const before = snapshot(c.ctx);
      // 10 MB that looks like one endless reply (this took minutes before the parser was made linear).
      const big = 'Fra: Kari <kari@example.no>\nJeg kommer.\n'.repeat(250_000);
      const tooBig = invoke(c.ctx, 'import:commit', { text: 'x'.repeat(13 * 1024 * 1024) });
      expect(tooBig.ok).toBe(false);
      if (!tooBig.ok) expect(tooBig.error.message).toMatch(/for stor/);
      const long = invoke(c.ctx, 'import:preview', { text: big });
      if (!long.ok) throw new Error(long.error.message);
      expect((long.value as ImportPreview).messages[0]?.warnings).toContain(
        'Meldingen fra ukjent avsender er svært lang (9 999 999 tegn). Bare de første 50 000 tegnene ble lest; kontroller resten av meldingen selv.',
      );
      for (const text of [Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 31) % 256)).toString('latin1'), '\u0000'.repeat(1000)]) {
        const r = invoke(c.ctx, 'import:preview', { text });
        if (!r.ok) check(r, before, () => snapshot(c.ctx), 'preview');
      }
      const samples = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(SAMPLES, f), 'utf8'));
      fc.assert(
        fc.property(fc.constantFrom(...samples), fc.nat(), fc.string({ maxLength: 40 }), (s, at, junk) => {
          const cut = at % (s.length + 1);
          const text = s.slice(0, cut) + junk + s.slice(cut + junk.length);
          const snap = snapshot(c.ctx);
          const r = invoke(c.ctx, 'import:preview', { text });
          check(r, snap, () => snapshot(c.ctx), 'mutated sample');
        }),
        { numRuns: 60, seed: 3 },
      );
    } finally {
      c.close();
    }
  }, 120_000);
});

describe('bad input over HTTP', () => {
  let web: WebServer;
  let c: ReturnType<typeof freshCore>;
  beforeAll(async () => {
    c = freshCore();
    const staticDir = path.join(c.dir, 'renderer');
    mkdirSync(staticDir);
    writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>');
    web = await startWebServer({ ctx: c.ctx, staticDir });
  });
  afterAll(async () => {
    await web.close();
    c.close();
  });

  it('every operation: status 200 with a Norwegian envelope, never a 500', async () => {
    for (const name of OP_NAMES)
      await fc.assert(
        fc.asyncProperty(input, async (raw) => {
          const before = snapshot(c.ctx);
          const res = await fetch(`${web.url}api/${name}`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${web.token}`, 'Content-Type': 'application/json' },
            body: JSON.stringify(raw),
          });
          expect(res.status).toBe(200);
          check((await res.json()) as Envelope<unknown>, before, () => snapshot(c.ctx), `HTTP ${name}`);
        }),
        { numRuns: 8, seed: 11 },
      );
  }, 120_000);

  it('broken JSON and binary bodies get 400 in Norwegian', async () => {
    for (const body of ['{', '\u0000\u0001', Buffer.from([0xff, 0xfe, 0x00]).toString('latin1'), 'undefined']) {
      const res = await fetch(`${web.url}api/signups:create`, { method: 'POST', headers: { Authorization: `Bearer ${web.token}` }, body });
      expect(res.status).toBe(400);
      const env = (await res.json()) as Envelope<unknown>;
      expect(env.ok).toBe(false);
      if (!env.ok) expect(english(env.error.message)).toBe(false);
    }
  });

  it('the token is not accepted in the query string, only in the header', async () => {
    const res = await fetch(`${web.url}api/app:info?token=${web.token}`, { method: 'POST' });
    expect(res.status).toBe(401);
  });

  it('other methods than POST are refused on /api/, and traversal reaches no operation', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
      const res = await fetch(`${web.url}api/app:info`, { method, headers: { Authorization: `Bearer ${web.token}` } });
      expect(res.status, method).toBe(405);
    }
    for (const p of ['api/..%2f..%2fetc%2fpasswd', 'api/%2e%2e/%2e%2e/samling.db', 'api/app:info%00']) {
      const res = await fetch(`${web.url}${p}`, { method: 'POST', headers: { Authorization: `Bearer ${web.token}` } });
      const env = (await res.json()) as Envelope<unknown>;
      expect(env.ok, p).toBe(false);
    }
  });
});

describe('bad input through the command line (spawned)', () => {
  it('call <op> <json> never crashes and answers in Norwegian', () => {
    const c = freshCore();
    c.ctx.db.close();
    try {
      const cases: [string, string][] = [
        ['signups:create', '{"name": 5}'],
        ['signups:create', '{'],
        ['import:commit', '{"text": ""}'],
        ['privacy:anonymiseEvent', '{"eventId": 1}'],
        ['backups:restore', '{"name": "../x.db", "confirm": true}'],
        ['finnes:ikke', '{}'],
      ];
      for (const [op, json] of cases) {
        const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'main/cli/main.ts'), '--db', c.file, 'call', op, json], {
          cwd: ROOT,
          encoding: 'utf8',
        });
        expect(r.status, `${op} ${json}: ${r.stderr}`).toBeGreaterThan(0);
        expect(r.status).toBeLessThan(3);
        expect(r.stderr, op).toMatch(/^samling: /);
        expect(english(r.stderr), r.stderr).toBe(false);
        expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
      }
    } finally {
      c.close();
    }
  }, 120_000);
});
