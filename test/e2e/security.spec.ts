import { request as httpRequest } from 'node:http';
import { expect, test } from './fixtures';

/** A raw request, for headers a browser or Playwright's client will not let us forge (Host). */
function rawPost(url: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end('{}');
  });
}

test('API-et krever riktig tilgangsnøkkel', async ({ request, app }) => {
  const api = `${app.url}api/app:info`;

  const none = await request.post(api, { data: {} });
  expect(none.status()).toBe(401);
  expect((await none.json()) as unknown).toMatchObject({ ok: false, error: { code: 'bad_token' } });

  const wrong = await request.post(api, { data: {}, headers: { Authorization: `Bearer ${app.token}x` } });
  expect(wrong.status()).toBe(401);

  // The same request with the right token works, so the refusals above are about the token.
  const right = await request.post(api, { data: {}, headers: { Authorization: `Bearer ${app.token}` } });
  expect(right.status()).toBe(200);
  expect((await right.json()) as unknown).toMatchObject({ ok: true, value: { registry: { counties: 19 } } });
});

test('API-et avviser fremmed Origin og fremmed Host', async ({ request, app }) => {
  const api = `${app.url}api/app:info`;
  const foreign = await request.post(api, {
    data: {},
    headers: { Authorization: `Bearer ${app.token}`, Origin: 'http://evil.example' },
  });
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()) as unknown).toMatchObject({ ok: false, error: { code: 'bad_origin' } });

  // DNS rebinding: a foreign name that resolves to 127.0.0.1 still carries its own Host.
  const rebound = await rawPost(api, { Host: `evil.example:${app.server.port}`, Authorization: `Bearer ${app.token}`, 'Content-Type': 'application/json' });
  expect(rebound.status).toBe(421);
  expect(JSON.parse(rebound.body) as unknown).toMatchObject({ ok: false, error: { code: 'bad_host' } });

  const own = await rawPost(api, { Host: `127.0.0.1:${app.server.port}`, Authorization: `Bearer ${app.token}`, 'Content-Type': 'application/json' });
  expect(own.status).toBe(200);
});

test('siden leveres med streng CSP', async ({ request, app }) => {
  const res = await request.get(app.url);
  expect(res.status()).toBe(200);
  const csp = res.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(await res.text()).toContain('<div id="root">');
});

test('siden kjører under CSP uten brudd', async ({ page, app }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await app.open(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeVisible();
  // The token is taken out of the address bar once read.
  expect(page.url()).not.toContain('token=');
  expect(violations).toEqual([]);
});
