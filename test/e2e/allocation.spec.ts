import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { CoreContext } from '../../main/core/context';
import { invoke } from '../../main/core/dispatch';
import { expect, test } from './fixtures';

// Setefordeling in a real browser against a real core: two sign-ups from one county collide,
// the organiser resolves it in the view, then the seated one cancels and the other is proposed.

function must<T>(ctx: CoreContext, name: string, input: unknown): T {
  const r = invoke(ctx, name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as T;
}

function countyId(ctx: CoreContext, name: string): number {
  return (ctx.db.prepare(`SELECT id FROM organisations WHERE kind = 'county' AND name = ?`).get(name) as { id: number }).id;
}

function state(ctx: CoreContext, id: number): string {
  return (ctx.db.prepare('SELECT state FROM signups WHERE id = ?').get(id) as { state: string }).state;
}

test('two sign-ups from one county: see the conflict, resolve it, cancel, see the next proposed', async ({ app, page }) => {
  const busk = countyId(app.ctx, 'Buskerud');
  const kari = must<{ id: number }>(app.ctx, 'signups:create', {
    name: 'Kari Nordmann',
    email: 'kari.nordmann@bfk.no',
    organisationId: busk,
    receivedAt: '2015-09-01T09:12',
  }).id;
  const hanne = must<{ id: number }>(app.ctx, 'signups:create', {
    name: 'Hanne Lie-Olsen',
    email: 'hanne.lie-olsen@bfk.no',
    organisationId: busk,
    receivedAt: '2015-09-02T14:40',
  }).id;

  await app.open(page, '/setefordeling');
  const card = page.locator('[data-org]').filter({ has: page.getByRole('heading', { name: /Buskerud/ }) });
  await expect(card).toBeVisible();
  await expect(card.getByText('2 påmeldinger til én plass')).toBeVisible();
  await expect(page.getByRole('heading', { name: '1 konflikt må løses' })).toBeVisible();

  // Resolve: Hanne keeps the seat, Kari stays on the waiting list.
  await card.getByRole('button', { name: 'Løs konflikt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Løs konflikt – Buskerud' });
  await expect(dialog).toBeVisible();
  // The one who came first is chosen beforehand.
  await expect(dialog.getByRole('radio', { name: /Kari Nordmann/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Løs konflikten' }).click();
  await expect(dialog.getByText('Skriv en begrunnelse.')).toBeVisible();
  await dialog.getByRole('radio', { name: /Hanne Lie-Olsen/ }).check();
  await dialog.getByLabel('Begrunnelse').fill('Avklart med fylkesdirektøren');
  await dialog.getByRole('button', { name: 'Løs konflikten' }).click();
  await expect(dialog).toBeHidden();
  await expect(card.getByText('2 påmeldinger til én plass')).toBeHidden();
  await expect(page.getByRole('heading', { name: /konflikt må løses/ })).toBeHidden();
  await expect(card.getByRole('region', { name: 'Har plass' }).getByText('Hanne Lie-Olsen')).toBeVisible();
  await expect(card.getByRole('region', { name: 'Venteliste' }).getByText('Kari Nordmann')).toBeVisible();
  expect(state(app.ctx, hanne)).toBe('seated');
  expect(state(app.ctx, kari)).toBe('waiting');

  // Hanne cancels: the seat is freed and Kari is proposed, not seated until confirmed.
  await card.getByRole('button', { name: 'Handlinger for Hanne Lie-Olsen' }).click();
  await page.getByRole('button', { name: 'Registrer avbud …' }).click();
  const cancel = page.getByRole('dialog', { name: 'Avbud fra Hanne Lie-Olsen' });
  await cancel.getByLabel('Begrunnelse (valgfritt)').fill('Syk');
  await cancel.getByRole('button', { name: 'Registrer avbud' }).click();
  await expect(cancel).toBeHidden();
  await expect(card.getByText('Plassen er ledig. Neste i køen: Kari Nordmann')).toBeVisible();
  expect(state(app.ctx, hanne)).toBe('cancelled');
  expect(state(app.ctx, kari)).toBe('waiting');

  // Confirm the proposal.
  await card.getByRole('button', { name: 'Gi plassen' }).click();
  await expect(card.getByRole('region', { name: 'Har plass' }).getByText('Kari Nordmann')).toBeVisible();
  await expect.poll(() => state(app.ctx, kari)).toBe('seated');
});

test('drag and drop gives the seat; the chase list names exactly the counties without a seat', async ({ app, page }) => {
  const ctx = app.ctx;
  const busk = countyId(ctx, 'Buskerud');
  const hord = countyId(ctx, 'Hordaland');
  const more = countyId(ctx, 'Møre og Romsdal');
  must(ctx, 'signups:create', { name: 'Kari Nordmann', email: 'kari@bfk.no', organisationId: busk, receivedAt: '2015-09-01T09:12' });
  const ola = must<{ id: number }>(ctx, 'signups:create', { name: 'Ola Berg', email: 'ola@bfk.no', organisationId: busk, receivedAt: '2015-09-03T08:00' }).id;
  must(ctx, 'signups:create', { name: 'Ingrid Vik', email: 'ingrid@hfk.no', organisationId: hord, receivedAt: '2015-09-04T11:00' });
  must(ctx, 'signups:create', { name: 'Sen Søren', email: 'soren@mrfylke.no', organisationId: more, receivedAt: '2015-09-09T10:00' });
  must(ctx, 'sessions:create', { title: 'Møre og Romsdal', room: 'Sal 2', capacity: 8, startsAt: '13:00', endsAt: '14:30' });

  await app.open(page, '/setefordeling');
  const card = page.locator('[data-org]').filter({ has: page.getByRole('heading', { name: /Buskerud/ }) });
  await expect(card.getByText('2 påmeldinger til én plass')).toBeVisible();

  mkdirSync(path.resolve('test/artifacts/screenshots'), { recursive: true });
  await page.screenshot({ path: path.resolve('test/artifacts/screenshots/setefordeling.png'), fullPage: true });

  // Drag Ola from the waiting list onto the seat zone: he gets the seat, Kari waits.
  await card.getByRole('region', { name: 'Venteliste' }).getByText('Ola Berg').dragTo(card.getByRole('region', { name: 'Har plass' }));
  await expect(card.getByRole('region', { name: 'Har plass' }).getByText('Ola Berg')).toBeVisible();
  await expect.poll(() => state(ctx, ola)).toBe('seated');

  // Undo (Ctrl+Z in the app, or the change log) brings it back.
  must(ctx, 'changelog:undo', {});
  await page.reload();
  await expect(card.getByRole('region', { name: 'Har plass' }).getByText('Kari Nordmann')).toBeVisible();

  await page.getByRole('link', { name: 'Purreliste' }).click();
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(1 + 17);
  await expect(table.getByText('Buskerud fylkeskommune')).toHaveCount(0);
  await expect(table.getByText('Hordaland fylkeskommune')).toHaveCount(0);
  const moreRow = table.getByRole('row', { name: /Møre og Romsdal fylkeskommune/ });
  await expect(moreRow.getByText('1 etter fristen')).toBeVisible();
  const mail = moreRow.getByRole('link', { name: /Åpne e-post/ });
  await expect(mail).toHaveAttribute('href', /^mailto:postmottak%40mrfylke\.no\?subject=/);
  await page.screenshot({ path: path.resolve('test/artifacts/screenshots/setefordeling-purreliste.png') });

  await page.getByRole('link', { name: 'Gruppesamlinger' }).click();
  await expect(page.getByRole('heading', { name: 'Møre og Romsdal', level: 3 })).toBeVisible();
  await page.getByLabel('Gruppesamling for Ingrid Vik').selectOption({ label: 'Møre og Romsdal' });
  await expect(page.getByText('Ingrid Vik er satt på «Møre og Romsdal».')).toBeVisible();
  await page.screenshot({ path: path.resolve('test/artifacts/screenshots/setefordeling-grupper.png') });
});
