import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The desktop app itself, launched through Playwright: the hardening of DESIGN.md §5 checked in
// the running app. Needs the Electron binary (it cannot be downloaded on every machine) and the
// Electron build of better-sqlite3 that `npm start` makes in .electron-native/.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** As scripts/electron-path.mjs: ELECTRON_PATH, else node_modules/electron/path.txt + dist/. */
function findElectron(): string | null {
  if (process.env.ELECTRON_PATH) return existsSync(process.env.ELECTRON_PATH) ? process.env.ELECTRON_PATH : null;
  const pathTxt = path.join(root, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathTxt)) return null;
  const exe = path.join(root, 'node_modules', 'electron', 'dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

const exe = findElectron();
const native = path.join(root, '.electron-native', 'better_sqlite3.node');

const skipReason = !exe
  ? 'Electron-binæren finnes ikke på denne maskinen (node_modules/electron/dist mangler; den kan ikke lastes ned her) – Electron-testen hoppes over.'
  : !existsSync(native)
    ? 'Databasemodulen er ikke bygget for Electron (.electron-native/better_sqlite3.node mangler; kjør `npm start` én gang) – Electron-testen hoppes over.'
    : null;
// The list reporter does not show skip reasons: say it once, from the runner process.
if (skipReason && process.env.TEST_WORKER_INDEX === undefined) console.log(`electron.spec.ts: ${skipReason}`);

test.describe('skrivebordsappen', () => {
  test.skip(skipReason !== null, skipReason ?? '');
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;
  let dataDir: string;

  test.beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'samling-'));
    app = await electron.launch({
      executablePath: exe ?? undefined,
      // As root (containers) Chromium refuses to start with its OS sandbox; the renderer's
      // `sandbox: true` web preference is still what is checked below.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '.'],
      cwd: root,
      env: { ...process.env, SAMLING_DATA_DIR: dataDir } as Record<string, string>,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test('the window is sandboxed and isolated, without Node', async () => {
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      // getLastWebPreferences() exists at run time but is missing from Electron's typings.
      const wc = BrowserWindow.getAllWindows()[0]?.webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> | null };
      const p = wc?.getLastWebPreferences?.();
      return { sandbox: p?.sandbox, contextIsolation: p?.contextIsolation, nodeIntegration: p?.nodeIntegration, webSecurity: p?.webSecurity };
    });
    expect(prefs).toEqual({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    expect(await page.evaluate(() => [typeof (window as { require?: unknown }).require, typeof (window as { process?: unknown }).process])).toEqual([
      'undefined',
      'undefined',
    ]);
  });

  test('the renderer comes from app://samling/ with a strict CSP', async () => {
    expect(page.url()).toMatch(/^app:\/\/samling\//);
    const csp = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
    expect(csp).toContain("script-src 'self'");
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
  });

  test('window.samling offers the contract, and calls reach the database', async () => {
    const result = await page.evaluate(async () => {
      const api = (window as unknown as { samling: Record<string, (i?: unknown) => Promise<{ ok: boolean; value?: { event?: { deadline?: string } } }>> }).samling;
      const info = await api['app:info']!({});
      return { names: Object.keys(api).length, ok: info.ok, deadline: info.value?.event?.deadline };
    });
    expect(result).toMatchObject({ ok: true, deadline: '2015-09-07' });
    expect(result.names).toBeGreaterThan(10);
    expect(existsSync(path.join(dataDir, 'samling.db'))).toBe(true);
  });

  test('navigating away and opening windows are refused', async () => {
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(1000);
    expect(page.url()).toMatch(/^app:\/\/samling\//);
    const opened = await page.evaluate(() => window.open('about:blank') === null);
    expect(opened).toBe(true);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  test('the event title shows', async () => {
    await expect(page.getByText('Oppstartssamling', { exact: false }).first()).toBeVisible({ timeout: 15_000 });
  });
});
