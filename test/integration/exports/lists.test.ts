import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../../main/core/dispatch';
import { writeExport } from '../../../main/core/exports/write';
import type { ExportPreview } from '../../../main/api/ops/exports';
import { addSampleSignups, openTestDb, type TestDb } from './fixtures';

// Every list written to a real file and read back with exceljs cell by cell.

let t: TestDb;
beforeEach(() => {
  t = openTestDb();
  addSampleSignups(t.ctx);
});
afterEach(() => t.close());

async function readBack(list: 'catering' | 'venue' | 'sessions' | 'chase' | 'full') {
  const file = path.join(t.dir, `${list}.xlsx`);
  const res = await writeExport(t.ctx, { list, format: 'xlsx' }, file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return { wb, res, file };
}

function texts(ws: ExcelJS.Worksheet, col: number, from: number): string[] {
  const out: string[] = [];
  for (let r = from; r <= ws.rowCount; r++) out.push(String(ws.getRow(r).getCell(col).value ?? ''));
  return out;
}

function expectTableFormatting(ws: ExcelJS.Worksheet, headerRow = 1) {
  const header = ws.getRow(headerRow);
  header.eachCell((c) => expect(c.font?.bold, `${ws.name} ${c.address} bold`).toBe(true));
  const view = ws.views[0] as { state?: string; ySplit?: number } | undefined;
  expect(view?.state).toBe('frozen');
  expect(view?.ySplit).toBe(headerRow);
  expect(ws.autoFilter).toBeTruthy();
  expect(ws.pageSetup.paperSize).toBe(9);
  expect(ws.pageSetup.fitToWidth).toBe(1);
  expect(ws.pageSetup.printTitlesRow).toBe(`${headerRow}:${headerRow}`);
  expect(ws.headerFooter.oddFooter).toMatch(/Side &P av &N/);
  expect(ws.name.length).toBeLessThanOrEqual(31);
  expect(ws.name).not.toMatch(/[[\]:*?/\\]/);
}

describe('Deltakerliste (venue)', () => {
  it('lists seated people by surname in Norwegian order, formatted for print', async () => {
    const { wb, res } = await readBack('venue');
    expect(res.fileName).toBe('Deltakerliste – Oppstartssamling 2015-09-24.xlsx');
    expect(wb.creator).toBe('Samling');
    expect(wb.title).toContain('Deltakerliste');
    const ws = wb.getWorksheet('Deltakere')!;
    expectTableFormatting(ws);
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(texts(ws, 1, 1).slice(0, 1)).toEqual(['Etternavn']);
    expect(ws.getRow(1).values).toEqual([
      undefined, 'Etternavn', 'Fornavn', 'Stilling', 'Organisasjon', 'Fylke', 'Byregion', 'Gruppesamling', 'E-post', 'Telefon', 'Møtt',
    ]);
    // Vera waits and Carl cancelled: only the six seated, surnames … Z Æ Ø Å.
    expect(texts(ws, 1, 2)).toEqual(['Andersen', 'Hacker', 'Zimmer', 'Ærlendsen', 'Ødegård', 'Åsen']);
    // The formula-looking name is a plain string, never a formula.
    const hack = ws.getRow(3).getCell(2);
    expect(hack.value).toBe('=SUM(1)');
    expect(hack.type).toBe(ExcelJS.ValueType.String);
    expect(hack.formula).toBeUndefined();
    expect(ws.getRow(3).getCell(3).value).toBe('+47 lurer');
    expect(ws.getRow(7).getCell(4).value).toBe('Østfold fylkeskommune');
    expect(ws.getRow(7).getCell(7).value).toBe('Gruppe A: Næringsutvikling');
    // Columns are fitted: the e-mail column is wider than the tick column.
    expect(ws.getColumn(8).width!).toBeGreaterThan(ws.getColumn(10).width!);
    expect(ws.getRow(2).getCell(10).border?.left?.style).toBe('thin');
  });
});

describe('Lunsjliste (catering)', () => {
  it('counts lunches and diets of seated people and lists who needs what', async () => {
    const { wb, res } = await readBack('catering');
    expect(res.fileName).toBe('Lunsjliste – Oppstartssamling 2015-09-24.xlsx');
    const sum = wb.getWorksheet('Sammendrag')!;
    expectTableFormatting(sum);
    const byLabel = new Map<string, unknown>();
    sum.eachRow((row, n) => {
      if (n > 1) byLabel.set(String(row.getCell(1).value), row.getCell(2).value);
    });
    // Seated with lunch: Åse, Øystein, Ærlig, Zara, =SUM(1) (Anders said no lunch; Vera waits; Carl cancelled).
    expect(byLabel.get('Lunsjer i alt')).toBe(5);
    expect(byLabel.get('Glutenfri (cøliaki)')).toBe(2);
    expect(byLabel.get('Laktosefri')).toBe(1);
    expect(byLabel.get('Vegetar')).toBe(1);
    expect(byLabel.has('Nøtter')).toBe(false); // Anders takes no lunch
    expect(byLabel.has('Vegansk')).toBe(false); // Vera is on the waiting list
    expect(byLabel.has('Fisk')).toBe(false); // Carl cancelled
    expect(byLabel.get('Merknad fra Ærlig Ærlendsen')).toBeNull();
    // The event date is a real date with a Norwegian format.
    const dateCell = sum.getRow(3).getCell(2);
    expect(dateCell.value).toBeInstanceOf(Date);
    expect((dateCell.value as Date).toISOString()).toBe('2015-09-24T00:00:00.000Z');
    expect(dateCell.numFmt).toBe('dd.mm.yyyy');

    const detail = wb.getWorksheet('Allergier og hensyn')!;
    expectTableFormatting(detail);
    expect(texts(detail, 1, 2)).toEqual(['Zara Zimmer', 'Ærlig Ærlendsen', 'Øystein Ødegård', 'Åse Åsen']);
    expect(detail.getRow(5).getCell(3).value).toBe('Glutenfri (cøliaki), Laktosefri');
    expect(detail.getRow(3).getCell(4).value).toBe('Tåler ikke koriander');
  });

  it('the preview gives the same counts without writing anything', () => {
    const r = invoke(t.ctx, 'export:preview', { list: 'catering' });
    expect(r.ok).toBe(true);
    const p = (r as { value: ExportPreview }).value;
    expect(p.counts.find((c) => c.label === 'Lunsjer')?.value).toBe(5);
    expect(p.totalRows).toBe(4);
    expect(p.rows[0]?.[0]).toBe('Zara Zimmer');
  });
});

describe('Gruppesamlinger, Purreliste, Full eksport', () => {
  it('writes one sheet per session with room and capacity, and valid sheet names', async () => {
    const { wb } = await readBack('sessions');
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(['Gruppe A- Næringsutvikling', 'Gruppe B- Areal-transport-', 'Uten gruppesamling']);
    const a = wb.worksheets[0]!;
    expect(a.getRow(2).values).toEqual([undefined, 'Rom', 'Salong 1']);
    expect(a.getRow(4).values).toEqual([undefined, 'Kapasitet', 20]);
    const headerRow = 7; // five preamble lines (no theme), a blank, then the header
    expect(a.getRow(headerRow).getCell(1).value).toBe('Navn');
    expectTableFormatting(a, headerRow);
    expect(texts(a, 1, headerRow + 1)).toEqual(['Zara Zimmer', 'Åse Åsen']);
  });

  it('chases the counties without a seated person, with their mailbox', async () => {
    const { wb } = await readBack('chase');
    const ws = wb.getWorksheet('Purreliste')!;
    expectTableFormatting(ws);
    const numbers = texts(ws, 2, 2);
    expect(numbers).not.toContain('01');
    expect(numbers).toContain('07');
    expect(numbers.length).toBe(ws.rowCount - 1);
    expect(numbers.every((n) => /^\d{2}$/.test(n))).toBe(true);
  });

  it('archives every sign-up in every state with real date-times', async () => {
    const { wb } = await readBack('full');
    const ws = wb.getWorksheet('Påmeldinger')!;
    expectTableFormatting(ws);
    expect(ws.rowCount).toBe(1 + 8);
    const states = texts(ws, 11, 2);
    expect(states).toContain('Venteliste');
    expect(states).toContain('Avmeldt');
    const received = ws.getRow(2).getCell(12);
    expect(received.value).toBeInstanceOf(Date);
    expect(received.numFmt).toBe('dd.mm.yyyy hh:mm');
    expect(wb.getWorksheet('Organisasjoner')!.rowCount).toBeGreaterThan(400);
    expect(wb.getWorksheet('Byregioner og kommuner')).toBeTruthy();
  });
});

describe('CSV', () => {
  it('is UTF-8 with BOM, semicolons, quoted where needed, formulas defused', async () => {
    const file = path.join(t.dir, 'venue.csv');
    const res = await writeExport(t.ctx, { list: 'venue', format: 'csv' }, file);
    expect(res.fileName).toBe('Deltakerliste – Oppstartssamling 2015-09-24.csv');
    const buf = readFileSync(file);
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = buf.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Etternavn;Fornavn;Stilling;Organisasjon;Fylke;Byregion;Gruppesamling;E-post;Telefon;Møtt');
    expect(lines[2]).toBe("Hacker;'=SUM(1);'+47 lurer;Oppland fylkeskommune;Oppland;;;hack@oppland.org;;");
    expect(lines.slice(1, 7).map((l) => l.split(';')[0])).toEqual(['Andersen', 'Hacker', 'Zimmer', 'Ærlendsen', 'Ødegård', 'Åsen']);
  });

  it('quotes fields with semicolons and quotes', async () => {
    const file = path.join(t.dir, 'catering.csv');
    invoke(t.ctx, 'signups:update', { id: 3, dietNote: 'Tåler ikke "koriander"; ellers alt' });
    await writeExport(t.ctx, { list: 'catering', format: 'csv' }, file);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('"Tåler ikke ""koriander""; ellers alt"');
  });
});
