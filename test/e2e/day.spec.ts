import { readFileSync } from 'node:fs';
import type { CoreContext } from '../../main/core/context';
import { invoke } from '../../main/core/dispatch';
import { expect, test } from './fixtures';

// Issue #6, "Done when": a new user opens Samling and answers from the first screen how many
// counties are still missing and how many gluten-free lunches are needed; she undoes her last
// three changes and redoes one, finds a person with Ctrl+K, copies the event and switches to it
// and back, and drafts a reminder for Outlook.

function must<T>(ctx: CoreContext, name: string, input: unknown): T {
  const r = invoke(ctx, name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as T;
}

function countyId(ctx: CoreContext, name: string): number {
  return (ctx.db.prepare(`SELECT id FROM organisations WHERE kind = 'county' AND name = ?`).get(name) as { id: number }).id;
}

function seed(ctx: CoreContext): void {
  const add = (name: string, email: string, county: string, receivedAt: string, diets: string[]) =>
    must(ctx, 'signups:create', { name, email, organisationId: countyId(ctx, county), receivedAt, diets });
  add('Kari Øvrebø', 'kari.ovrebo@oslo.kommune.no', 'Oslo', '2015-08-24T09:00', ['gluten']);
  add('Per Hansen', 'per.hansen@hfk.no', 'Hordaland', '2015-08-26T10:00', ['gluten', 'lactose']);
  add('Liv Berg', 'liv.berg@rogfk.no', 'Rogaland', '2015-09-02T11:00', []);
  add('Siv Moe', 'siv.moe@ffk.no', 'Finnmark', '2015-09-04T12:00', ['gluten']);
}

test('the organiser’s day: answers on the first screen, undo/redo, search, events, drafts', async ({ app, page }) => {
  seed(app.ctx);
  await app.open(page);

  // 1. The first screen answers both questions.
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Oversikt', level: 1 })).toBeVisible();
  await expect(main.getByText('4 av 19')).toBeVisible();
  await expect(main.getByText('15 fylker mangler')).toBeVisible();
  await expect(main.getByText('Glutenfri (cøliaki): 3')).toBeVisible();
  await expect(main.getByRole('img', { name: /Påmeldinger over tid: 4 i alt, 4 mottatt innen fristen 07\.09\.2015/ })).toBeVisible();

  // 2. Undo the last three changes, redo one: from the frame, with the keyboard too.
  const undo = page.getByRole('button', { name: 'Angre', exact: true });
  const redo = page.getByRole('button', { name: 'Gjør om', exact: true });
  await undo.click();
  await expect(page.getByText(/Angret: .*Siv Moe/).first()).toBeVisible();
  await undo.click();
  await expect(page.getByText(/Angret: .*Liv Berg/).first()).toBeVisible();
  await main.focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByText(/Angret: .*Per Hansen/).first()).toBeVisible();
  await expect(main.getByText('1 av 19')).toBeVisible();
  await redo.click();
  await expect(page.getByText(/Gjort om: .*Per Hansen/).first()).toBeVisible();
  await expect(main.getByText('2 av 19')).toBeVisible();
  await expect(main.getByText('Glutenfri (cøliaki): 2')).toBeVisible();
  expect((app.ctx.db.prepare('SELECT COUNT(*) AS n FROM signups').get() as { n: number }).n).toBe(2);

  // 3. Ctrl+K finds a person with "øvre" (lower case, Norwegian letter) and opens her sign-up.
  await page.keyboard.press('Control+k');
  const field = page.getByRole('combobox', { name: /Søk etter person/ });
  await expect(field).toBeFocused();
  await field.fill('øvre');
  const option = page.getByRole('option', { name: /Kari Øvrebø/ });
  await expect(option).toBeVisible();
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/pameldinger/);
  const form = page.getByRole('dialog', { name: 'Endre påmelding' });
  await expect(form).toBeVisible();
  await expect(form.getByRole('textbox', { name: /^Navn/ })).toHaveValue('Kari Øvrebø');

  // 4. Draft a reminder from her form: a mailto link and an .eml Outlook opens as a draft.
  await form.getByRole('button', { name: 'Lag e-post' }).click();
  const draft = page.getByRole('dialog', { name: 'Utkast til e-post' });
  await draft.getByLabel('Type e-post').selectOption({ label: 'Påminnelse' });
  await expect(draft.getByRole('textbox', { name: 'Emne' })).toHaveValue(/^Påminnelse: .* torsdag 24\.09\.2015$/);
  const mailto = draft.getByRole('link', { name: 'Åpne i e-postprogrammet' });
  await expect(mailto).toHaveAttribute('href', /^mailto:kari\.ovrebo%40oslo\.kommune\.no\?subject=P%C3%A5minnelse/);
  const [download] = await Promise.all([page.waitForEvent('download'), draft.getByRole('button', { name: 'Lagre som utkast (.eml)' }).click()]);
  expect(download.suggestedFilename()).toBe('Påminnelse – Kari Øvrebø.eml');
  const eml = readFileSync((await download.path())!, 'utf8');
  expect(eml.startsWith('X-Unsent: 1\r\n')).toBe(true);
  expect(eml).toContain('Content-Type: text/plain; charset=utf-8');
  expect(eml).toMatch(/\r\nSubject: =\?UTF-8\?B\?/);
  await page.keyboard.press('Escape');
  await expect(draft).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();

  // 5. Copy the event, switch to the copy, and back.
  await page.getByRole('link', { name: 'Oversikt' }).click();
  await main.getByRole('button', { name: 'Kopier til ny samling' }).click();
  const copy = page.getByRole('dialog', { name: 'Kopier til ny samling' });
  await copy.getByRole('textbox', { name: 'Tittel på den nye samlingen' }).fill('Oppfølgingssamling');
  await copy.getByRole('textbox', { name: 'Dato' }).fill('11.02.2016');
  await copy.getByRole('button', { name: 'Opprett kopi' }).click();
  await expect(copy).toBeHidden();
  const switcher = page.getByRole('combobox', { name: 'Gjeldende samling' });
  await expect(switcher.locator('option:checked')).toHaveText(/Oppfølgingssamling – 11\.02\.2016/);
  await expect(main.getByText('0 av 19')).toBeVisible();
  const original = await switcher.locator('option', { hasText: '24.09.2015' }).textContent();
  await switcher.selectOption({ label: original ?? '' });
  await expect(main.getByText('2 av 19')).toBeVisible();
  await expect(switcher.locator('option:checked')).toHaveText(/24\.09\.2015/);
});

test('archived events come back from Oversikt; an overdue retention date is flagged there; drafts from a table row and the seat view', async ({ app, page }) => {
  seed(app.ctx);
  const event = must<{ id: number; title: string }>(app.ctx, 'events:get', {});
  must(app.ctx, 'events:update', { id: event.id, retentionUntil: '2016-03-01' });
  await app.open(page);
  const main = page.getByRole('main');

  // The retention date (01.03.2016) has passed with personal data left: said on the first screen.
  const warning = main.getByText('Én samling har passert oppbevaringstiden og har fortsatt personopplysninger.');
  await expect(warning).toBeVisible();
  await main.getByRole('link', { name: 'Åpne Personvern' }).click();
  await expect(page).toHaveURL(/#\/personvern/);

  // Draft straight from a row of the sign-up list.
  await page.getByRole('link', { name: 'Påmeldinger' }).click();
  await main.getByRole('button', { name: 'Lag e-post: Liv Berg' }).click();
  const draft = page.getByRole('dialog', { name: 'Utkast til e-post' });
  await expect(draft.getByRole('textbox', { name: 'Til' })).toHaveValue('liv.berg@rogfk.no');
  await page.keyboard.press('Escape');
  await expect(draft).toBeHidden();

  // …and from a person's menu in the seat view.
  await page.getByRole('link', { name: 'Setefordeling' }).click();
  await main.getByRole('button', { name: 'Handlinger for Siv Moe' }).click();
  await page.getByRole('button', { name: 'Lag e-post' }).click();
  await expect(draft.getByRole('textbox', { name: 'Til' })).toHaveValue('siv.moe@ffk.no');
  await page.keyboard.press('Escape');

  // Archive the event, then bring it back from the list of archived events on Oversikt.
  await page.getByRole('link', { name: 'Oversikt' }).click();
  await main.getByRole('button', { name: 'Arkiver' }).click();
  await page.getByRole('dialog', { name: 'Arkiver' }).getByRole('button', { name: 'Arkiver' }).click();
  const archived = main.getByText('1 arkivert samling');
  await expect(archived).toBeVisible();
  await archived.click();
  await main.getByRole('button', { name: `Hent fram igjen: ${event.title}` }).click();
  await expect(page.getByText(`«${event.title}» er hentet fram igjen`)).toBeVisible();
  await expect(archived).toBeHidden();
  const switcher = page.getByRole('combobox', { name: 'Gjeldende samling' });
  await expect(switcher.locator('option', { hasText: '24.09.2015' })).toHaveCount(1);
});
