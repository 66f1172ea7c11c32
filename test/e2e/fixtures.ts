import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CoreContext } from '../../main/core/context';
import { openCore } from '../../main/core/open';
import { startWebServer, type WebServer } from '../../main/web/server';

export interface App {
  /** The server's address, e.g. http://127.0.0.1:41234/ (with the trailing slash). */
  url: string;
  /** The per-run access token. */
  token: string;
  /** The open core, for arranging data and checking what was stored (use invoke from dispatch). */
  ctx: CoreContext;
  server: WebServer;
  /** The fresh data folder of this test. */
  dir: string;
  /** Opens the app in `page` with the token, then goes to `hashPath` (e.g. '/pameldinger'). */
  open(page: Page, hashPath?: string): Promise<void>;
}

/**
 * `test` with an `app` fixture: a fresh temporary data folder per test, the core opened on a new
 * database there (migrated and seeded with the 2015 default) and the browser-mode server in this
 * process serving the built renderer (run `npx electron-vite build` first).
 */
export const test = base.extend<{ app: App }>({
  app: async ({}, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'samling-e2e-'));
    const ctx = openCore(path.join(dir, 'samling.db'));
    const server = await startWebServer({ ctx, staticDir: path.resolve('out/renderer') });
    const app: App = {
      url: server.url,
      token: server.token,
      ctx,
      server,
      dir,
      async open(page, hashPath) {
        await page.goto(`${server.url}#token=${server.token}`);
        // The frame is up once the navigation is drawn; the token is then in sessionStorage.
        await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toBeVisible();
        if (hashPath) {
          const hash = hashPath.startsWith('#') ? hashPath : `#${hashPath.startsWith('/') ? '' : '/'}${hashPath}`;
          await page.evaluate((h) => {
            window.location.hash = h;
          }, hash);
        }
      },
    };
    await use(app);
    await server.close();
    ctx.db.close();
    rmSync(dir, { recursive: true, force: true });
  },
});

export { expect };
