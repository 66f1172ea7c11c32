import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Signup, SignupList } from '../../main/api/types';
import type { CoreContext } from '../../main/core/context';
import { invoke } from '../../main/core/dispatch';
import { expect, test } from './fixtures';

const SHOTS = path.resolve('test/artifacts/screenshots');
mkdirSync(SHOTS, { recursive: true });

/** Runs an operation on the test's core and returns its value, failing loudly on ok:false. */
function run<T>(ctx: CoreContext, name: string, input?: unknown): T {
  const res = invoke(ctx, name, input);
  if (!res.ok) throw new Error(`${name}: ${res.error.message}`);
  return res.value as T;
}

function countyId(ctx: CoreContext, name: string): number {
  const list = run<{ id: number; name: string }[]>(ctx, 'orgs:list', { kind: 'county' });
  const c = list.find((o) => o.name === name);
  if (!c) throw new Error(`Fant ikke fylket ${name}`);
  return c.id;
}

async function shot(page: Page, name: string): Promise<void> {
  // Let toasts and the list settle so the picture shows the finished page.
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

test('viser samlingen med tittel og dato på oversikten', async ({ page, app }) => {
  await app.open(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Oppstartssamling – Utviklingsprogrammet for byregioner, fase 2' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByText('24.09.2015', { exact: false }).first()).toBeVisible();
  await expect(main.getByText('10:00–15:30')).toBeVisible();
  await expect(main.getByText('07.09.2015').first()).toBeVisible();
  await expect(main.getByText('0 av 19')).toBeVisible();
  await expect(main.getByText(/Register: Byregionprogrammet 2015 \(innebygd register\) — 19 fylker, 21 byregioner, 428 kommuner/)).toBeVisible();
});

test('Register → Fylker viser de 19 fylkene', async ({ page, app }) => {
  await app.open(page);
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Register' }).click();
  await page.getByRole('link', { name: 'Fylker' }).click();
  const table = page.getByRole('table', { name: 'Fylker' });
  await expect(table.getByRole('row')).toHaveCount(20); // header + 19
  await expect(table.getByRole('link', { name: 'Hordaland' })).toBeVisible();
  await expect(page).toHaveURL(/#\/register\/fylker$/);
});

test('legger til, endrer og angrer en påmelding, og avviser en ugyldig e-post', async ({ page, app }) => {
  await app.open(page, '/pameldinger');
  await expect(page.getByText('Ingen påmeldinger ennå – legg til den første, eller lim inn e-post.')).toBeVisible();

  // Add through the form.
  await page.getByRole('button', { name: 'Ny påmelding' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Ny påmelding' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Navn', { exact: true }).fill('Kari Nordmann');
  await dialog.getByLabel('E-post', { exact: true }).fill('kari.nordmann@hfk.no');
  const org = dialog.getByRole('combobox', { name: 'Organisasjon' });
  await org.fill('Hordaland');
  await dialog.getByRole('option', { name: /^Hordaland/ }).click();
  await expect(org).toHaveValue('Hordaland');
  await dialog.getByRole('checkbox', { name: 'Glutenfri (cøliaki)' }).check();
  await dialog.getByLabel('Dato mottatt').fill('01.09.2015');
  await dialog.getByLabel('Klokkeslett').fill('09:15');
  await dialog.getByRole('button', { name: 'Lagre' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').getByText(/Påmeldingen fra Kari Nordmann er registrert/)).toBeVisible();

  const table = page.getByRole('table', { name: 'Påmeldinger' });
  const row = table.getByRole('row').filter({ hasText: 'Kari Nordmann' });
  await expect(row).toContainText('Hordaland');
  await expect(row).toContainText('01.09.2015 09:15');
  await expect(row).toContainText('Glutenfri (cøliaki)');
  await expect(row).toContainText('Har plass');

  const stored = run<SignupList>(app.ctx, 'signups:list', {}).rows;
  expect(stored).toHaveLength(1);
  const first = stored[0] as Signup;
  expect(first).toMatchObject({ name: 'Kari Nordmann', email: 'kari.nordmann@hfk.no', organisationName: 'Hordaland', diets: ['gluten'], receivedAt: '2015-09-01T09:15:00', lunch: true });

  // Edit: change the e-mail.
  await row.getByRole('button', { name: 'Kari Nordmann', exact: true }).click();
  const edit = page.getByRole('dialog', { name: 'Endre påmelding' });
  await expect(edit.getByLabel('E-post', { exact: true })).toHaveValue('kari.nordmann@hfk.no');
  await edit.getByLabel('E-post', { exact: true }).fill('kari@hfk.no');
  await edit.getByRole('button', { name: 'Lagre' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole('status').getByText(/Påmeldingen fra Kari Nordmann er endret/)).toBeVisible();
  expect(run<Signup>(app.ctx, 'signups:get', { id: first.id }).email).toBe('kari@hfk.no');

  // A bad e-mail: the core's Norwegian message under the field, and nothing stored.
  const changesBefore = run<unknown[]>(app.ctx, 'changelog:list', {}).length;
  await row.getByRole('button', { name: 'Kari Nordmann', exact: true }).click();
  const bad = page.getByRole('dialog', { name: 'Endre påmelding' });
  const email = bad.getByLabel('E-post', { exact: true });
  await email.fill('kari@');
  await bad.getByRole('button', { name: 'Lagre' }).click();
  await expect(email).toHaveAccessibleDescription(/Ugyldig e-postadresse\. Skriv den som navn@domene\.no\./);
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(bad.getByRole('alert')).toContainText('Ugyldig e-postadresse');
  await expect(bad).toBeVisible();
  expect(run<Signup>(app.ctx, 'signups:get', { id: first.id }).email).toBe('kari@hfk.no');
  expect(run<unknown[]>(app.ctx, 'changelog:list', {})).toHaveLength(changesBefore);
  await shot(page, 'pameldinger-skjema-feil');
  await bad.getByRole('button', { name: 'Avbryt' }).click();
  await expect(bad).toBeHidden();

  // Angre takes back the e-mail change and says what it undid.
  await page.getByRole('button', { name: 'Angre' }).click();
  await expect(page.getByRole('status').getByText(/^Angret: .*Kari Nordmann/)).toBeVisible();
  expect(run<Signup>(app.ctx, 'signups:get', { id: first.id }).email).toBe('kari.nordmann@hfk.no');

  // Ctrl+Z (focus not in a text field) undoes the sign-up itself.
  await page.getByRole('heading', { level: 1, name: 'Påmeldinger' }).click();
  await page.keyboard.press('Control+z');
  await expect(page.getByText('Ingen påmeldinger ennå – legg til den første, eller lim inn e-post.')).toBeVisible();
  expect(run<SignupList>(app.ctx, 'signups:list', {}).total).toBe(0);
});

test('sorterer på navn i norsk rekkefølge (Z, Æ, Ø, Å)', async ({ page, app }) => {
  const org = countyId(app.ctx, 'Hordaland');
  // Received in an order that is not the name order, so the default sort cannot pass by luck.
  const people = [
    { name: 'Åsen', receivedAt: '2015-09-01T08:00' },
    { name: 'Zahl', receivedAt: '2015-09-01T09:00' },
    { name: 'Øvre', receivedAt: '2015-09-01T10:00' },
    { name: 'Ærlig', receivedAt: '2015-09-01T11:00' },
  ];
  for (const p of people) run(app.ctx, 'signups:create', { ...p, organisationId: org });

  await app.open(page, '/pameldinger');
  const table = page.getByRole('table', { name: 'Påmeldinger' });
  const names = table.locator('tbody tr td:first-child');
  await expect(names).toHaveText(['Åsen', 'Zahl', 'Øvre', 'Ærlig']);

  await table.getByRole('button', { name: 'Navn' }).click();
  await expect(names).toHaveText(['Zahl', 'Ærlig', 'Øvre', 'Åsen']);
  await expect(table.getByRole('columnheader', { name: 'Navn' })).toHaveAttribute('aria-sort', 'ascending');

  await table.getByRole('button', { name: 'Navn' }).click();
  await expect(names).toHaveText(['Åsen', 'Øvre', 'Ærlig', 'Zahl']);
});

test('søk og statusfilter spør kjernen', async ({ page, app }) => {
  const org = countyId(app.ctx, 'Rogaland');
  run(app.ctx, 'signups:create', { name: 'Per Hansen', email: 'per@rogfk.no', organisationId: org, receivedAt: '2015-09-02T10:00' });
  run(app.ctx, 'signups:create', { name: 'Lise Berg', email: 'lise@rogfk.no', organisationId: org, receivedAt: '2015-09-03T10:00' });
  await app.open(page, '/pameldinger');
  const names = page.getByRole('table', { name: 'Påmeldinger' }).locator('tbody tr td:first-child');
  await expect(names).toHaveText(['Per Hansen', 'Lise Berg']);
  await page.getByRole('searchbox', { name: 'Søk i påmeldinger' }).fill('lise');
  await expect(names).toHaveText(['Lise Berg']);
  await page.getByRole('searchbox', { name: 'Søk i påmeldinger' }).fill('');
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Har plass' });
  await expect(names).toHaveText(['Per Hansen']);
});

test('skjermbilder av alle visninger', async ({ page, app }) => {
  const seed: [string, string, string, string[]][] = [
    ['Kari Nordmann', 'Hordaland', '2015-08-20T09:12', ['gluten']],
    ['Ola Hansen', 'Rogaland', '2015-08-21T13:40', []],
    ['Ingrid Å. Solberg', 'Nordland', '2015-08-24T08:05', ['vegetarian', 'nuts']],
    ['Jonas Berg', 'Hordaland', '2015-08-25T15:30', []],
    ['Marte Øien', 'Troms', '2015-09-09T10:00', ['lactose']],
  ];
  for (const [name, county, receivedAt, diets] of seed)
    run(app.ctx, 'signups:create', { name, email: `${name.split(' ')[0]!.toLowerCase()}@example.no`, organisationId: countyId(app.ctx, county), receivedAt, diets });

  await app.open(page);
  const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
  // Every view in the registry, including those other engineers add.
  const hrefs = await nav.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  for (const h of hrefs) {
    await app.open(page, h.replace(/^#/, ''));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await shot(page, h.replace(/^#\//, '').replace(/\//g, '-'));
  }
  for (const tab of ['fylker', 'byregioner', 'kommuner', 'temaer', 'andre']) {
    await app.open(page, `/register/${tab}`);
    await expect(page.getByRole('link', { name: /./ }).first()).toBeVisible();
    await shot(page, `register-${tab}`);
  }
  await app.open(page, `/register/fylker/${countyId(app.ctx, 'Hordaland')}`);
  await expect(page.getByRole('heading', { name: /Hordaland/ })).toBeVisible();
  await shot(page, 'register-fylke');
  await app.open(page, '/register/byregioner');
  await page.getByRole('link', { name: 'Kristiansundregionen' }).click();
  await expect(page.getByRole('heading', { name: 'Kristiansundregionen' })).toBeVisible();
  await shot(page, 'register-byregion');
  await app.open(page, '/pameldinger');
  await page.getByRole('button', { name: 'Ny påmelding' }).first().click();
  await expect(page.getByRole('dialog', { name: 'Ny påmelding' })).toBeVisible();
  await shot(page, 'pameldinger-skjema');
});

test('sletter en påmelding etter et spørsmål, og Angre henter den tilbake', async ({ page, app }) => {
  run<Signup>(app.ctx, 'signups:create', { name: 'Kari Nordmann', email: 'kari@hfk.no', organisationId: countyId(app.ctx, 'Hordaland'), receivedAt: '2015-09-01T09:15' });
  await app.open(page, '#/pameldinger');
  await page.getByRole('button', { name: 'Slett: Kari Nordmann' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Kari Nordmann');
  await dialog.getByRole('button', { name: 'Slett', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => run<SignupList>(app.ctx, 'signups:list').total).toBe(0);
  await page.getByRole('button', { name: 'Angre' }).first().click();
  await expect.poll(() => run<SignupList>(app.ctx, 'signups:list').total).toBe(1);
});
