import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../../main/core/context';
import { openCore } from '../../../main/core/open';
import { startWebServer, type WebServer } from '../../../main/web/server';

// Browser mode's door on a real port with a real database: the checks DESIGN.md §5 asks for.

let dir: string;
let ctx: CoreContext;
let web: WebServer;
const MAX_BODY = 64 * 1024;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samling-'));
  const staticDir = path.join(dir, 'renderer');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Samling</title>');
  // A file next to the static folder: a path traversal would reach it.
  fs.writeFileSync(path.join(dir, 'hemmelig.txt'), 'HEMMELIG');
  ctx = openCore(path.join(dir, 'samling.db'));
  web = await startWebServer({ ctx, staticDir, maxBody: MAX_BODY });
});

afterAll(async () => {
  await web.close();
  ctx.db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request, so that the path and the Host/Origin headers go out exactly as written. */
function request(opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: web.port, method: opts.method ?? 'GET', path: opts.path, headers: { Host: `127.0.0.1:${web.port}`, ...opts.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const api = (name: string, input: unknown, headers: Record<string, string> = {}) =>
  request({
    method: 'POST',
    path: `/api/${name}`,
    headers: { Authorization: `Bearer ${web.token}`, 'Content-Type': 'application/json', ...headers },
    body: input === undefined ? '' : JSON.stringify(input),
  });

const signupCount = () => (ctx.db.prepare('SELECT COUNT(*) AS n FROM signups').get() as { n: number }).n;

describe('browser mode door', () => {
  it('listens on 127.0.0.1 only', () => {
    expect((web.server.address() as AddressInfo).address).toBe('127.0.0.1');
    expect(web.url).toBe(`http://127.0.0.1:${web.port}/`);
  });

  it('a valid call with the token works', async () => {
    const r = await api('app:info', {});
    expect(r.status).toBe(200);
    const body = JSON.parse(r.body) as { ok: boolean; value: { event: { deadline: string } } };
    expect(body.ok).toBe(true);
    expect(body.value.event.deadline).toBe('2015-09-07');
  });

  it('no token → 401', async () => {
    const r = await request({ method: 'POST', path: '/api/app:info', body: '{}' });
    expect(r.status).toBe(401);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'bad_token' } });
  });

  it('wrong token → 401, also one of the same length', async () => {
    expect((await api('app:info', {}, { Authorization: 'Bearer feil' })).status).toBe(401);
    const sameLength = web.token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await api('app:info', {}, { Authorization: `Bearer ${sameLength}` })).status).toBe(401);
  });

  it('a foreign Origin → 403, even with the token', async () => {
    const r = await api('signups:create', { name: 'Mallory' }, { Origin: 'https://evil.example' });
    expect(r.status).toBe(403);
    expect(signupCount()).toBe(0);
  });

  it('a foreign Host (DNS rebinding) → 421', async () => {
    const r = await api('app:info', {}, { Host: `evil.example:${web.port}` });
    expect(r.status).toBe(421);
    const page = await request({ path: '/', headers: { Host: `evil.example:${web.port}` } });
    expect(page.status).toBe(421);
  });

  it('bad input → ok:false with a Norwegian message, and nothing stored', async () => {
    const before = signupCount();
    const r = await api('signups:create', { name: '', email: 'ikke-en-adresse' });
    expect(r.status).toBe(200);
    const body = JSON.parse(r.body) as { ok: boolean; error: { code: string; message: string } };
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.message).toMatch(/Navn må fylles ut|Ugyldig e-postadresse/);
    expect(signupCount()).toBe(before);
    // …while the same call with good input does store.
    const good = JSON.parse((await api('signups:create', { name: 'Kari Nordmann', email: 'kari@vfk.no' })).body) as { ok: boolean };
    expect(good.ok).toBe(true);
    expect(signupCount()).toBe(before + 1);
  });

  it('serves the renderer with a CSP, but nothing outside its folder', async () => {
    const page = await request({ path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    for (const p of ['/../hemmelig.txt', '/../../package.json', '/%2e%2e/hemmelig.txt', '/..%2fhemmelig.txt', '/%2e%2e%2f%2e%2e%2fpackage.json']) {
      const r = await request({ path: p });
      expect(r.body, p).not.toContain('HEMMELIG');
      expect(r.body, p).not.toContain('"name": "samling"');
    }
  });

  it('an oversize body → 413, and nothing stored', async () => {
    const before = signupCount();
    const big = JSON.stringify({ name: 'Stor', email: 'stor@vfk.no', notes: 'x'.repeat(MAX_BODY * 2) });
    // A reset connection instead of an answer would leave the browser with "offline" instead of
    // the Norwegian message, so the status must arrive.
    const r = await request({
      method: 'POST',
      path: '/api/signups:create',
      headers: { Authorization: `Bearer ${web.token}`, 'Content-Type': 'application/json' },
      body: big,
    }).catch((e: NodeJS.ErrnoException) => ({ status: -1, headers: {}, body: `connection error ${e.code}` }));
    expect(r.body).toMatch(/for stor/);
    expect(r.status).toBe(413);
    expect(signupCount()).toBe(before);
  });
});
