import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { CoreContext } from '../../main/core/context';
import { invoke } from '../../main/core/dispatch';
import { expect, test } from './fixtures';

// axe-core on every view and the dialogs that matter, with realistic data: no serious or
// critical violation anywhere. Each state is also saved as a screenshot to look at
// (test/artifacts/screenshots/<name>.png). The views come from the navigation itself, so a
// view added to registry.tsx is checked without touching this file.

const SHOTS = path.resolve('test/artifacts/screenshots');

function must<T>(ctx: CoreContext, name: string, input: unknown): T {
  const r = invoke(ctx, name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as T;
}

function countyId(ctx: CoreContext, name: string): number {
  return (ctx.db.prepare(`SELECT id FROM organisations WHERE kind = 'county' AND name = ?`).get(name) as { id: number }).id;
}

function seed(ctx: CoreContext): void {
  const add = (name: string, county: string, receivedAt: string, diets: string[] = []) =>
    must(ctx, 'signups:create', {
      name,
      email: `${name.toLowerCase().replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '')}@example.no`,
      organisationId: countyId(ctx, county),
      receivedAt,
      diets,
    });
  add('Kari Øvrebø', 'Oslo', '2015-08-24T09:00', ['gluten']);
  add('Per Hansen', 'Hordaland', '2015-08-26T10:00', ['gluten', 'lactose']);
  add('Liv Berg', 'Hordaland', '2015-08-27T10:00'); // a conflict
  add('Siv Moe', 'Finnmark', '2015-09-04T12:00', ['vegan']);
  add('Ola Dahl', 'Nordland', '2015-09-09T12:00'); // after the deadline
  must(ctx, 'sessions:create', { title: 'Attraktivitet', room: 'Sal A' });
}

async function check(page: Page, name: string): Promise<void> {
  // Let data and transitions settle: no spinner, no open request.
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.state--loading')).toHaveCount(0);
  // Colours are measured as painted: the import preview is dimmed while it is being read again,
  // and fades back (seen once on a loaded machine), so wait for that and every transition.
  await expect(page.locator('.preview__list--busy')).toHaveCount(0);
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n  ')}`);
  expect(report, `${name}: axe found serious/critical violations`).toEqual([]);
}

async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('every view in the navigation has no serious or critical axe violation', async ({ app, page }) => {
  test.setTimeout(180_000);
  seed(app.ctx);
  await app.open(page);
  const links = page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link');
  const hrefs = (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).filter(Boolean);
  expect(hrefs.length).toBeGreaterThanOrEqual(7);
  for (const h of hrefs) {
    await go(page, h);
    await check(page, h.replace(/^#\//, '') || 'oversikt');
  }
});

test('tabs, dialogs and the search palette have no serious or critical axe violation', async ({ app, page }) => {
  test.setTimeout(180_000);
  seed(app.ctx);
  await app.open(page);

  for (const tab of ['plasser', 'grupper', 'purreliste']) {
    await go(page, `#/setefordeling/${tab}`);
    await check(page, `setefordeling-${tab}`);
  }
  for (const tab of ['fylker', 'byregioner', 'kommuner', 'temaer', 'andre']) {
    await go(page, `#/register/${tab}`);
    await check(page, `register-${tab}`);
  }
  await go(page, `#/register/fylker/${countyId(app.ctx, 'Hordaland')}`);
  await check(page, 'register-fylke');

  // Påmeldinger with the edit form open, and the e-mail draft over it.
  await go(page, '#/pameldinger');
  await page.getByRole('main').getByText('Kari Øvrebø').click();
  const form = page.getByRole('dialog', { name: 'Endre påmelding' });
  await expect(form).toBeVisible();
  await check(page, 'pameldinger-skjema');
  await form.getByRole('button', { name: 'Lag e-post' }).click();
  await expect(page.getByRole('dialog', { name: 'Utkast til e-post' }).getByRole('textbox', { name: 'Emne' })).toHaveValue(/Bekreftelse/);
  await check(page, 'utkast-epost');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();

  // Importer e-post with a preview.
  await go(page, '#/importer');
  const paste = page.getByRole('textbox', { name: /Innlimt tekst/ });
  await paste.fill(
    'Fra: Kari Nordmann <kari.nordmann@bfk.no>\nSendt: 31. august 2015 09:12\nTil: Aina Sofie Brox\nEmne: SV: Invitasjon til oppstartssamling\n\nHei,\nJeg melder meg på. Jeg har cøliaki.\n\nKari Nordmann\nrådgiver, Buskerud fylkeskommune\n',
  );
  await page.getByRole('button', { name: 'Tolk teksten' }).click();
  await expect(page.getByText('kari.nordmann@bfk.no').first()).toBeVisible();
  await check(page, 'importer-forhandsvisning');

  // Endringslogg with one change opened.
  await go(page, '#/endringslogg');
  await page.getByRole('button', { name: /Siv Moe/ }).first().click();
  await expect(page.getByRole('table').getByRole('heading', { name: /Påmelding: Siv Moe/ })).toBeVisible();
  await check(page, 'endringslogg-detaljer');

  // The search palette with hits.
  await go(page, '#/oversikt');
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: /Søk etter person/ }).fill('hor');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  await check(page, 'sok');
  await page.keyboard.press('Escape');

  // Copy-event dialog.
  await page.getByRole('button', { name: 'Kopier til ny samling' }).click();
  await expect(page.getByRole('dialog', { name: 'Kopier til ny samling' })).toBeVisible();
  await check(page, 'kopier-samling');
});
