import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { SignupList } from '../../main/api/types';
import type { CoreContext } from '../../main/core/context';
import { invoke } from '../../main/core/dispatch';
import { expect, test } from './fixtures';

// The "Importer e-post" view end to end: a real browser, the built renderer, the real core and
// a fresh SQLite database per test (fixtures.ts). The samples are read, never changed.

const SAMPLES = path.resolve('..', 'shared', 'samples', 'email-replies');
const SCREENSHOT = path.resolve('test', 'artifacts', 'screenshots', 'importer-epost.png');

function signups(ctx: CoreContext): SignupList {
  const res = invoke(ctx, 'signups:list', {});
  if (!res.ok) throw new Error(res.error.message);
  return res.value as SignupList;
}

/** A real paste: the text goes through the clipboard, so the view sees a paste event. */
async function pasteText(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  const area = page.getByRole('textbox', { name: 'Innlimt tekst' });
  await area.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

test('limer inn tre svar, retter et felt, lagrer, ser dem under Påmeldinger, og angrer importen', async ({ app, page }) => {
  const text = readFileSync(path.join(SAMPLES, '10-three-replies-one-paste.txt'), 'utf8');
  await app.open(page, '/importer');
  await expect(page.getByRole('heading', { level: 1, name: 'Importer e-post' })).toBeVisible();

  // An empty paste gives a hint, not an error.
  await page.getByRole('button', { name: 'Tolk teksten' }).click();
  await expect(page.getByText('Feltet er tomt. Lim inn en eller flere e-poster først.')).toBeVisible();

  // Pasting parses by itself and switches to the source view.
  await pasteText(page, text);
  const cards = page.getByTestId('import-message');
  await expect(cards).toHaveCount(3);
  await expect(page.getByTestId('import-summary')).toHaveText('3 e-poster · 3 personer · 3 nye · 0 avmeldinger · 0 allerede importert');
  await expect(cards.nth(0)).toContainText('Henrik Berg-Johansen');
  await expect(cards.nth(0)).toContainText('31.08.2015 13:02');
  await expect(cards.nth(1)).toContainText('Camilla Strand');
  await expect(cards.nth(1)).toContainText('01.09.2015 08:40');
  await expect(cards.nth(2)).toContainText('Torunn Fosse');
  for (const c of await cards.all()) await expect(c.getByTestId('import-kind')).toHaveText('Påmelding');
  await expect(page.getByTestId('import-action')).toHaveText(['Ny påmelding', 'Ny påmelding', 'Ny påmelding']);

  // Provenance: pointing at a field marks where it was read in the pasted text.
  const source = page.getByTestId('import-source');
  await expect(source).toBeVisible();
  const jonas = cards.nth(1).getByTestId('import-attendee');
  const jonasName = jonas.getByRole('textbox', { name: 'Navn' });
  await expect(jonasName).toHaveValue('Jonas Aamodt');
  await jonasName.hover();
  await expect(source.locator('mark')).toHaveText('Jonas Aamodt');
  await cards.nth(2).getByTestId('import-attendee').getByRole('button', { name: /Allergier og mat/ }).hover();
  await expect(source.locator('mark')).toContainText(/glutenfri/i);
  // The quoted parts are greyed in the source view only where the parser found quotes; this
  // paste has none, so nothing is grey.
  await expect(source.locator('.source__quoted')).toHaveCount(0);

  // Correct a name and add a diet before saving.
  await jonasName.fill('Jonas Åmodt');
  await jonas.getByRole('button', { name: /Allergier og mat/ }).click();
  await page.getByRole('checkbox', { name: 'Vegetar' }).check();
  await page.keyboard.press('Escape');
  await expect(jonas.getByRole('button', { name: /Allergier og mat/ })).toContainText('Vegetar');

  // The screenshot for the record: the preview with a correction, a field's source marked.
  mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
  await page.setViewportSize({ width: 1440, height: 1200 });
  await page.mouse.move(0, 0);
  await jonas.getByRole('textbox', { name: 'E-post' }).focus();
  await expect(source.locator('mark')).toHaveText('jonas.aamodt@afk.no');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: SCREENSHOT, fullPage: false });
  await page.setViewportSize({ width: 1440, height: 900 });

  await page.getByRole('button', { name: 'Lagre 3 påmeldinger' }).click();
  const banner = page.getByTestId('import-result');
  await expect(banner).toContainText('Importerte 3 e-poster: 3 nye, 0 endret, 0 avmeldt');
  // What was saved now shows as already imported.
  await expect(page.getByTestId('import-done')).toHaveCount(3);

  const stored = signups(app.ctx);
  expect(stored.total).toBe(3);
  const saved = stored.rows.find((r) => r.email === 'jonas.aamodt@afk.no');
  expect(saved?.name).toBe('Jonas Åmodt');
  expect(saved?.diets).toEqual(['vegetarian']);
  expect(saved?.source).toBe('email');
  expect(stored.rows.map((r) => r.name).sort()).toEqual(['Henrik Berg-Johansen', 'Jonas Åmodt', 'Torunn Fosse']);

  // Påmeldinger lists the three, with the corrected name.
  await banner.getByRole('link', { name: 'Gå til Påmeldinger' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Påmeldinger' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Påmeldinger' });
  for (const name of ['Henrik Berg-Johansen', 'Jonas Åmodt', 'Torunn Fosse']) await expect(table.getByText(name, { exact: true })).toBeVisible();
  await expect(table.getByText('Jonas Aamodt', { exact: true })).toHaveCount(0);

  // Back in the importer the work is still there; pasting the same text again finds nothing new.
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Importer e-post' }).click();
  await expect(banner).toBeVisible();
  // The toggle is a radio group drawn as buttons; click what the user sees.
  await page.locator('label', { hasText: 'Rediger teksten' }).click();
  await pasteText(page, text);
  await expect(page.getByTestId('import-summary')).toHaveText('3 e-poster · 3 personer · 0 nye · 0 avmeldinger · 3 allerede importert');
  await expect(page.getByTestId('import-done')).toHaveCount(3);
  const save = page.getByRole('button', { name: 'Ingenting nytt å lagre' });
  await expect(save).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Lagre denne' })).toHaveCount(0);
  expect(signups(app.ctx).total).toBe(3);

  // One undo takes the whole import back.
  await banner.getByRole('button', { name: 'Angre import' }).click();
  await expect(banner).toContainText('Importen er angret');
  expect(signups(app.ctx).total).toBe(0);
  await expect(page.getByTestId('import-done')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Lagre 3 påmeldinger' })).toBeEnabled();
});

test('lagrer én e-post for seg, og tar ikke med det som er krysset bort', async ({ app, page }) => {
  const text = readFileSync(path.join(SAMPLES, '10-three-replies-one-paste.txt'), 'utf8');
  await app.open(page, '/importer');
  const area = page.getByRole('textbox', { name: 'Innlimt tekst' });
  await area.fill(text);
  await area.press('Control+Enter');
  const cards = page.getByTestId('import-message');
  await expect(cards).toHaveCount(3);

  // Leave Henrik out, save only Torunn's reply.
  await cards.nth(0).getByRole('checkbox', { name: 'Ta med denne e-posten' }).uncheck();
  await expect(page.getByRole('button', { name: 'Lagre 2 påmeldinger' })).toBeVisible();
  await cards.nth(2).getByRole('button', { name: 'Lagre denne' }).click();
  await expect(page.getByTestId('import-result')).toContainText('Importerte 1 e-post: 1 ny, 0 endret, 0 avmeldt');
  expect(signups(app.ctx).rows.map((r) => r.name)).toEqual(['Torunn Fosse']);
  await expect(cards.nth(2).getByTestId('import-done')).toBeVisible();

  // An emptied name is caught before the round trip.
  const name = cards.nth(1).getByRole('textbox', { name: 'Navn' });
  await name.fill('');
  await expect(cards.nth(1).getByText('Navn må fylles ut.')).toBeVisible();
  await expect(cards.nth(1).getByRole('button', { name: 'Lagre denne' })).toBeDisabled();
});

test('for stor tekst gir kjernens feilmelding, og vinduet svarer', async ({ app, page }) => {
  await app.open(page, '/importer');
  const area = page.getByRole('textbox', { name: 'Innlimt tekst' });
  // 13 MB, set directly (typing it would take forever); the view hears it as input.
  await area.evaluate((el: HTMLTextAreaElement) => {
    const big = 'Hei, jeg kommer. '.repeat(800_000);
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    setter?.call(el, big);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await area.press('Control+Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Teksten er for stor' })).toBeVisible({ timeout: 30_000 });
  // Still responsive: clearing works and the hint comes back.
  await page.getByRole('button', { name: 'Tøm' }).click();
  await expect(area).toHaveValue('');
  expect(signups(app.ctx).total).toBe(0);
});
