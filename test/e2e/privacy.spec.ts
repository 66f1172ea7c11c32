import path from 'node:path';
import { invoke } from '../../main/core/dispatch';
import { expect, test } from './fixtures';

// The Personvern view in browser mode: a backup taken and restored from the list, a retention
// date that has passed gives the warning, a person's data downloaded and the person deleted,
// and an event anonymised after the export-first step and the typed confirmation.

const SHOTS = path.resolve('test/artifacts/screenshots');

test('personvern: sikkerhetskopi, oppbevaring, innsyn, sletting og anonymisering', async ({ app, page }) => {
  const must = (name: string, input: unknown) => {
    const r = invoke(app.ctx, name, input);
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  must('signups:create', { eventId: 1, name: 'Kari Allergisk', email: 'kari.allergi@hfk.no', diets: ['nuts'], dietNote: 'Alvorlig nøtteallergi' });
  must('signups:create', { eventId: 1, name: 'Ola Nordmann', email: 'ola@rfk.no' });
  must('events:update', { id: 1, retentionUntil: '2016-01-01' });

  await app.open(page, '/personvern');
  await expect(page.getByRole('heading', { level: 1, name: 'Personvern og sikkerhetskopier' })).toBeVisible();
  await expect(page.getByText('Én samling har passert oppbevaringstiden')).toBeVisible();

  // Backups: take one; it appears in the list.
  await page.getByRole('button', { name: 'Ta sikkerhetskopi nå' }).click();
  await expect(page.getByText('Sikkerhetskopien er tatt.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Sikkerhetskopier' }).getByText('Tatt manuelt')).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'personvern.png'), fullPage: true });

  // A change after the backup, then restore: the change is gone.
  must('signups:create', { eventId: 1, name: 'Per Etterpå', email: 'per@example.no' });
  await page.getByRole('table', { name: 'Sikkerhetskopier' }).getByRole('button', { name: /^Gjenopprett / }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Gjenopprett' }).click();
  await expect(page.getByText(/Databasen er gjenopprettet/)).toBeVisible();
  const people = must('people:search', { q: 'Per Etterpå' }) as unknown[];
  expect(people).toHaveLength(0);

  // Access request and deletion for one person.
  await page.getByLabel('Søk etter navn eller e-post').fill('Ola');
  const row = page.getByRole('listitem').filter({ hasText: 'Ola Nordmann' });
  const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: 'Last ned opplysninger (JSON)' }).click()]);
  const file = path.join(app.dir, 'innsyn.json');
  await download.saveAs(file);
  const data = JSON.parse(await (await import('node:fs/promises')).readFile(file, 'utf8')) as { person: { name: string } };
  expect(data.person.name).toBe('Ola Nordmann');
  await row.getByRole('button', { name: 'Slett overalt …' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Slett personen' }).click();
  await expect(page.getByText(/Personen er slettet/)).toBeVisible();

  // Anonymise: export first, then the typed word enables the button.
  await page.getByLabel('Velg samling').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Anonymiser …' }).click();
  const dialog = page.getByRole('dialog');
  const [xlsx] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Lagre fullstendig eksport' }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  const confirm = dialog.getByRole('button', { name: 'Anonymiser samlingen' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Skriv ANONYMISER for å bekrefte').fill('ANONYMISER');
  await confirm.click();
  await expect(page.getByText(/Samlingen er anonymisert/)).toBeVisible();
  await expect(page.getByText('Én samling har passert oppbevaringstiden')).toBeHidden();
  expect(JSON.stringify(must('signups:list', { eventId: 1 }))).not.toContain('Allergisk');
});
