import ExcelJS from 'exceljs';
import path from 'node:path';
import { addSampleSignups } from '../integration/exports/fixtures';
import { expect, test } from './fixtures';

// The Eksport view in browser mode: preview, download of the lunch list through
// GET /api/download/<id> with the token, and the file read back cell by cell.

test('laster ned lunsjlisten fra Eksport, og filen har riktige tall', async ({ app, page }) => {
  addSampleSignups(app.ctx);
  const web = app;
  {
    await page.goto(`${web.url}#token=${web.token}`);
    await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toBeVisible();
    await page.getByRole('link', { name: 'Eksport' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Eksport' })).toBeVisible();

    const card = page.getByRole('region', { name: 'Lunsjliste', exact: true });
    await expect(card.getByText('Lunsjer: 5')).toBeVisible();
    await expect(card.getByRole('table')).toContainText('Zara Zimmer');
    if (process.env.SAMLING_SCREENSHOTS) await page.screenshot({ path: process.env.SAMLING_SCREENSHOTS + '/eksport.png', fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'Last ned Excel: Lunsjliste' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Lunsjliste – Oppstartssamling 2015-09-24.xlsx');
    await expect(card.getByText('Lastet ned Lunsjliste – Oppstartssamling 2015-09-24.xlsx')).toBeVisible();
    const file = path.join(app.dir, 'lunsj.xlsx');
    await download.saveAs(file);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sum = wb.getWorksheet('Sammendrag')!;
    const values = new Map<string, unknown>();
    sum.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(values.get('Lunsjer i alt')).toBe(5);
    expect(values.get('Glutenfri (cøliaki)')).toBe(2);
    expect(sum.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(wb.getWorksheet('Allergier og hensyn')!.rowCount).toBe(5);
  }
});
