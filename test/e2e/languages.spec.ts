import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { english } from '../../renderer/src/i18n/en';
import { bokmaal } from '../../renderer/src/i18n/nb';
import { nynorsk } from '../../renderer/src/i18n/nn';
import { invoke } from '../../main/core/dispatch';
import { expect, test } from './fixtures';

// Languages (bokmål, nynorsk, English) and the dark theme: chosen under Innstillinger or in the
// frame, applied at once to every text, kept after a reload. Screenshots of each language go to
// test/artifacts/screenshots/<view>-<lang>.png for a human look.

const SHOTS = path.resolve('test/artifacts/screenshots');
mkdirSync(SHOTS, { recursive: true });

const VIEWS = ['oversikt', 'pameldinger', 'setefordeling', 'importer', 'eksport', 'register', 'endringslogg', 'innstillinger'];

async function go(page: Page, view: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, `#/${view}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
}

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  // Toasts come and go; the page itself is what the picture is for.
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const scheme = (page: Page) => page.evaluate(() => document.documentElement.dataset.colorScheme);

test('nynorsk under Innstillinger: menyen, lang-attributtet og valet står seg etter omlasting', async ({ page, app }) => {
  await app.open(page, '/innstillinger');
  await expect(page.getByRole('heading', { level: 1, name: 'Innstillinger' })).toBeVisible();
  expect(await htmlLang(page)).toBe('nb');

  await page.getByRole('radio', { name: 'Norsk nynorsk' }).check();
  const nav = page.getByRole('navigation', { name: 'Hovudmeny' });
  await expect(nav.getByRole('link', { name: 'Påmeldingar' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Innstillingar' })).toBeVisible();
  expect(await htmlLang(page)).toBe('nn');
  // Focus comes back to the chosen radio after the app is drawn anew.
  await expect(page.getByRole('radio', { name: 'Norsk nynorsk' })).toBeFocused();

  await page.reload();
  await expect(nav.getByRole('link', { name: 'Påmeldingar' })).toBeVisible();
  expect(await htmlLang(page)).toBe('nn');
  await expect(page.getByRole('radio', { name: 'Norsk nynorsk' })).toBeChecked();

  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Sign-ups' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  expect(await htmlLang(page)).toBe('en');
  // Views defined in their own files (not in the registry) follow too.
  await expect(page.getByRole('link', { name: 'Seat allocation' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Import e-mail' })).toBeVisible();

  await page.reload();
  expect(await htmlLang(page)).toBe('en');
  await expect(page.getByRole('link', { name: 'Sign-ups' })).toBeVisible();
});

test('the language switch in the frame works from any page', async ({ page, app }) => {
  await app.open(page, '/pameldinger');
  await expect(page.getByRole('heading', { level: 1, name: 'Påmeldinger' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Språk' }).selectOption('nn');
  await expect(page.getByRole('heading', { level: 1, name: 'Påmeldingar' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Språk' })).toBeFocused();
  await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign-ups' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('nb');
  await expect(page.getByRole('heading', { level: 1, name: 'Påmeldinger' })).toBeVisible();
  expect(await htmlLang(page)).toBe('nb');
});

test('dark theme sets data-color-scheme="dark" and keeps it after a reload', async ({ page, app }) => {
  await app.open(page, '/innstillinger');
  expect(await scheme(page)).toBe('light');
  await page.getByRole('radio', { name: 'Mørkt' }).check();
  expect(await scheme(page)).toBe('dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  // The page really turned dark (Designsystemet's variables changed, our CSS uses them).
  const [r = 255, g = 255, b = 255] = (bg.match(/\d+/g) ?? []).map(Number);
  expect(r + g + b).toBeLessThan(200);
  await page.reload();
  expect(await scheme(page)).toBe('dark');
  await expect(page.getByRole('radio', { name: 'Mørkt' })).toBeChecked();
  for (const view of ['oversikt', 'pameldinger', 'setefordeling', 'innstillinger']) {
    await go(page, view);
    await shot(page, `${view}-dark`);
  }
  await page.getByRole('radio', { name: 'Lyst' }).check();
  expect(await scheme(page)).toBe('light');
});

test('backup settings are saved in the database with Norwegian validation', async ({ page, app }) => {
  await app.open(page, '/innstillinger');
  const keep = page.getByRole('textbox', { name: 'Antall sikkerhetskopier som beholdes' });
  await expect(keep).toHaveValue('20');
  await keep.fill('400');
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByText('Skriv et helt tall fra 1 til 365.')).toBeVisible();
  await keep.fill('30');
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByText('Innstillingene for sikkerhetskopier er lagret.')).toBeVisible();
  await page.getByRole('switch', { name: 'Ta sikkerhetskopier automatisk' }).uncheck();
  await expect(page.getByRole('switch', { name: 'Ta sikkerhetskopier automatisk' })).not.toBeChecked();
  // The switch shows the new state at once; the save reaches the database a moment later.
  await expect
    .poll(() => app.ctx.db.prepare(`SELECT key, value FROM meta WHERE key LIKE 'backup_%' ORDER BY key`).all())
    .toEqual([
      { key: 'backup_auto', value: 'false' },
      { key: 'backup_keep', value: '30' },
    ]);
  // Browser mode shows where the data is, read-only.
  await expect(page.getByText(path.join(app.dir, 'samling.db'), { exact: true })).toBeVisible();
});

test('the organiser can be edited under Innstillinger', async ({ page, app }) => {
  await app.open(page, '/innstillinger');
  const name = page.getByRole('textbox', { name: 'Kontaktperson', exact: true });
  await name.fill('Kari Nordmann');
  await page.getByRole('textbox', { name: 'Arrangørens e-postdomener' }).fill('kdu.no, distriktssenteret.no');
  await page.getByRole('button', { name: 'Lagre arrangøren' }).click();
  await expect(page.getByText('Arrangøren er lagret.')).toBeVisible();
  const row = app.ctx.db.prepare(`SELECT organiser_name AS name, organiser_domains AS domains FROM events ORDER BY id LIMIT 1`).get() as {
    name: string;
    domains: string;
  };
  expect(row.name).toBe('Kari Nordmann');
  expect(JSON.parse(row.domains)).toEqual(['kdu.no', 'distriktssenteret.no']);
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The page's visible text without what comes from the core as data, which is in bokmål by design:
 * table bodies (names, change-log summaries), and an export card's file title, sheet names,
 * column names and counts. Table headers and everything else are the renderer's own texts.
 */
async function uiText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const data = [...document.querySelectorAll<HTMLElement>('tbody, .export-card h2, .export-card [data-size="xs"], .export-preview, .export-counts')];
    const before = data.map((el) => el.style.display);
    for (const el of data) el.style.display = 'none';
    const text = document.body.innerText;
    data.forEach((el, i) => (el.style.display = before[i] ?? ''));
    return text;
  });
}

/** Texts of a catalogue, flattened: only plain strings, the ones a page shows as they are. */
function strings(obj: unknown): string[] {
  if (typeof obj === 'string') return [obj];
  if (typeof obj !== 'object' || obj === null) return [];
  return Object.values(obj).flatMap(strings);
}

for (const [lang, label, catalogue] of [
  ['nb', 'Norsk bokmål', bokmaal],
  ['nn', 'Norsk nynorsk', nynorsk],
  ['en', 'English', english],
] as const) {
  test(`every view in ${label}: screenshots, and no text left in another language`, async ({ page, app }) => {
    // A few sign-ups, so the table and the seat cards show real rows in the screenshots.
    const counties = invoke(app.ctx, 'orgs:list', { kind: 'county' });
    if (!counties.ok) throw new Error(counties.error.message);
    const [a, b] = counties.value as { id: number }[];
    for (const [name, org, at] of [
      ['Kari Nordmann', a, '2015-09-01T09:12'],
      ['Ola Holm', a, '2015-09-02T14:40'],
      ['Siri Lunde', b, '2015-09-09T08:05'],
    ] as const) {
      const res = invoke(app.ctx, 'signups:create', { name, email: `${name.split(' ')[0]!.toLowerCase()}@example.no`, organisationId: org?.id, receivedAt: at, lunch: true, diets: ['gluten'] });
      if (!res.ok) throw new Error(res.error.message);
    }
    await app.open(page, '/innstillinger');
    await page.getByRole('radio', { name: label }).check();
    expect(await htmlLang(page)).toBe(lang);
    // Bokmål UI texts that the chosen language says differently: none of them may show.
    const own = new Set(strings(catalogue));
    const foreign =
      lang === 'nb'
        ? []
        : strings(bokmaal).filter((s) => s.length >= 6 && !own.has(s) && ![...own].some((o) => o.includes(s)));
    for (const view of VIEWS) {
      await go(page, view);
      if (['oversikt', 'pameldinger', 'innstillinger', 'endringslogg'].includes(view)) await shot(page, `${view}-${lang}`);
      const text = await uiText(page);
      const leaks = foreign.filter((s) => new RegExp(`(?<!\\p{L})${escape(s)}(?!\\p{L})`, 'u').test(text));
      expect(leaks, `${view}: bokmål left in ${label}`).toEqual([]);
      // Nothing wider than the window: longer words must wrap, not push the page sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${view} overflows sideways`).toBeLessThanOrEqual(0);
    }
  });
}
