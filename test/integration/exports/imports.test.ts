import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SheetCommitResult, SheetPreview, SheetUploadStatus } from '../../../main/api/ops/exports';
import type { Envelope } from '../../../main/api/types';
import { invoke } from '../../../main/core/dispatch';
import { waitForUpload } from '../../../main/core/exports/uploads';
import { openTestDb, type TestDb } from './fixtures';
import { craftZip } from './zipcraft';

// Imports through the contract, as the renderer does them: upload (base64) → preview → commit.

const SHEETS = path.resolve(__dirname, '../../fixtures/sheets');
let t: TestDb;
beforeEach(() => {
  t = openTestDb();
});
afterEach(() => t.close());

function ok<T>(e: Envelope<unknown>): T {
  if (!e.ok) throw new Error(`${e.error.code}: ${e.error.message}`);
  return e.value as T;
}

async function upload(fileName: string, buf: Buffer = readFileSync(path.join(SHEETS, fileName))): Promise<string> {
  const up = ok<SheetUploadStatus>(invoke(t.ctx, 'sheets:upload', { fileName, contentBase64: buf.toString('base64') }));
  await waitForUpload(up.uploadId);
  return up.uploadId;
}

function preview(uploadId: string, kind: string, extra: object = {}) {
  const p = ok<SheetPreview>(invoke(t.ctx, 'sheets:preview', { uploadId, kind, ...extra }));
  if (p.state !== 'ready') throw new Error('not ready');
  return p;
}

const count = (sql: string) => (t.ctx.db.prepare(sql).get() as { n: number }).n;

describe('sign-ups from a sheet', () => {
  it('previews a Norwegian CSV with problems per row and stores nothing', async () => {
    const before = count('SELECT COUNT(*) AS n FROM signups') + count('SELECT COUNT(*) AS n FROM changes');
    const id = await upload('pameldinger-skjema.csv');
    const p = preview(id, 'signups');
    expect(p.fields.find((f) => f.key === 'email')?.column).toBe(1);
    expect(p.fields.find((f) => f.key === 'diets')?.column).toBe(7);
    expect(p.counts).toEqual({ rows: 6, create: 4, update: 0, invalid: 2 });
    const byRow = new Map(p.rows.map((r) => [r.row, r]));
    expect(byRow.get(6)?.problems).toEqual(['Mangler navn.']);
    const bad = byRow.get(7)!.problems.join(' ');
    expect(bad).toContain('Forstår ikke tidspunktet «32.13.2015»');
    expect(bad).toContain('Forstår ikke «kanskje» i lunsj-kolonnen');
    expect(bad).toContain('Fant ikke gruppesamlingen «Gruppe X»');
    expect(byRow.get(4)?.label).toBe('Zara "Zee" Lie');
    expect(count('SELECT COUNT(*) AS n FROM signups') + count('SELECT COUNT(*) AS n FROM changes')).toBe(before);

    const refused = invoke(t.ctx, 'sheets:commit', { uploadId: id, kind: 'signups' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/2 rader har feil.*Ingenting er lagret/);
    expect(count('SELECT COUNT(*) AS n FROM signups')).toBe(0);
  });

  it('stores the valid rows in one undoable change, and re-import updates without duplicates', async () => {
    const id = await upload('pameldinger-skjema.csv');
    const res = ok<SheetCommitResult>(invoke(t.ctx, 'sheets:commit', { uploadId: id, kind: 'signups', skipInvalid: true }));
    expect(res).toMatchObject({ created: 4, updated: 0, skipped: 2 });
    const rows = t.ctx.db
      .prepare(
        `SELECT p.name, p.email, s.state, s.received_at, s.lunch, s.diets, s.diet_note, s.notes, s.source, o.number
         FROM signups s JOIN people p ON p.id = s.person_id LEFT JOIN organisations o ON o.id = s.organisation_id ORDER BY s.received_at`,
      )
      .all() as Record<string, unknown>[];
    expect(rows.map((r) => r.name)).toEqual(['Åse Berg', 'Øystein Dahl', 'Zara "Zee" Lie', '=SUM(1) Test']);
    expect(rows[0]).toMatchObject({ state: 'seated', received_at: '2015-08-24T13:45:00', lunch: 1, diets: '["gluten","lactose"]', number: '01', source: 'spreadsheet' });
    expect(rows[1]).toMatchObject({ diets: '["vegetarian"]', notes: 'Kommer litt sent; tog fra Lillestrøm' });
    expect(rows[2]).toMatchObject({ lunch: 0 });
    // "Nøtter, men mandler går fint": the code, and the words kept as a note for the caterer.
    expect(rows[3]).toMatchObject({ diets: '["nuts"]', diet_note: 'Nøtter, men mandler går fint' });
    expect(count(`SELECT COUNT(*) AS n FROM changes WHERE operation = 'sheets:commit'`)).toBe(1);

    // The same file again: everything matches by e-mail, nothing new.
    const again = await upload('pameldinger-skjema.csv');
    const p = preview(again, 'signups');
    expect(p.counts).toMatchObject({ create: 0, update: 4, invalid: 2 });
    const res2 = ok<SheetCommitResult>(invoke(t.ctx, 'sheets:commit', { uploadId: again, kind: 'signups', skipInvalid: true }));
    expect(res2).toMatchObject({ created: 0, updated: 4 });
    expect(count('SELECT COUNT(*) AS n FROM signups')).toBe(4);
    expect(count('SELECT COUNT(*) AS n FROM people')).toBe(4);

    // One "Angre" takes back the second import; one more the first.
    ok(invoke(t.ctx, 'changelog:undo', {}));
    ok(invoke(t.ctx, 'changelog:undo', {}));
    expect(count('SELECT COUNT(*) AS n FROM signups')).toBe(0);
  });

  it('reads a web form export in .xlsx with English headers, Excel dates and split names', async () => {
    const id = await upload('signups-webform.xlsx');
    const p = preview(id, 'signups');
    expect(p.sheet).toBe('Form responses');
    const col = (k: string) => p.fields.find((f) => f.key === k)?.column;
    expect([col('receivedAt'), col('givenName'), col('surname'), col('email'), col('organisation'), col('lunch'), col('diets'), col('notes')]).toEqual([
      0, 1, 2, 3, 6, 7, 8, 9,
    ]);
    expect(col('name')).toBeNull();
    const invalid = p.rows.filter((r) => r.action === 'invalid');
    expect(invalid.map((r) => r.row)).toEqual([5, 6]);
    expect(invalid[0]!.problems).toEqual(['Ugyldig e-postadresse «ikke-en-epost».']);
    expect(invalid[1]!.problems[0]).toContain('Fant ikke organisasjonen «Atlantis fylkeskommune»');
    const res = ok<SheetCommitResult>(invoke(t.ctx, 'sheets:commit', { uploadId: id, kind: 'signups', skipInvalid: true }));
    expect(res.created).toBe(3);
    const kari = t.ctx.db
      .prepare(`SELECT s.received_at, s.diets, s.lunch FROM signups s JOIN people p ON p.id = s.person_id WHERE p.email = 'kari.nordmann@hfk.no'`)
      .get();
    expect(kari).toEqual({ received_at: '2015-08-24T13:45:00', diets: '["gluten","lactose"]', lunch: 1 });
  });

  it('lets the user override the mapping', async () => {
    const id = await upload('pameldinger-skjema.csv');
    // Take the job title column as the note instead, and ignore the diets column.
    const p = preview(id, 'signups', { mapping: { notes: 3, title: null, diets: null } });
    expect(p.fields.find((f) => f.key === 'notes')?.column).toBe(3);
    expect(p.rows[0]?.values.notes).toBe('rådgiver');
    expect(p.rows[0]?.values.diets).toBe('');
  });
});

describe('the registry from sheets', () => {
  it('imports organisations: updates counties by number, creates new ones, refuses bad rows', async () => {
    const counties = count(`SELECT COUNT(*) AS n FROM organisations WHERE kind = 'county'`);
    const id = await upload('organisasjoner.xlsx');
    const p = preview(id, 'organisations');
    expect(p.counts).toEqual({ rows: 5, create: 1, update: 3, invalid: 1 });
    const bad = p.rows.find((r) => r.row === 6)!;
    expect(bad.problems).toEqual([
      'Fylkesnummer må være to sifre, ikke «XX».',
      'Ugyldig e-postdomene «ikke» (skriv f.eks. hfk.no).',
      'Ugyldig e-postdomene «et» (skriv f.eks. hfk.no).',
      'Ugyldig e-postdomene «domene» (skriv f.eks. hfk.no).',
      'Ugyldig postmottak «ikke-epost». Skriv det som postmottak@kommune.no.',
    ]);
    ok(invoke(t.ctx, 'sheets:commit', { uploadId: id, kind: 'organisations', skipInvalid: true }));
    expect(count(`SELECT COUNT(*) AS n FROM organisations WHERE kind = 'county'`)).toBe(counties);
    const hordaland = t.ctx.db.prepare(`SELECT postmottak, email_domains FROM organisations WHERE kind = 'county' AND number = '12'`).get();
    expect(hordaland).toEqual({ postmottak: 'hfk@hfk.no', email_domains: '["hfk.no"]' });
    // 301 from Excel is municipality 0301.
    expect(t.ctx.db.prepare(`SELECT postmottak FROM organisations WHERE kind = 'municipality' AND number = '0301'`).get()).toEqual({
      postmottak: 'postmottak@oslo.kommune.no',
    });
    const ds = t.ctx.db.prepare(`SELECT kind, email_domains FROM organisations WHERE name = 'Distriktssenteret'`).all();
    expect(ds).toEqual([{ kind: 'other', email_domains: '["distriktssenteret.no","kdu.no"]' }]);

    const again = await upload('organisasjoner.xlsx');
    ok(invoke(t.ctx, 'sheets:commit', { uploadId: again, kind: 'organisations', skipInvalid: true }));
    expect(count(`SELECT COUNT(*) AS n FROM organisations WHERE name = 'Distriktssenteret'`)).toBe(1);
  });

  it('imports regions with members and themes; rows of one region merge; re-import updates', async () => {
    const id = await upload('byregioner.csv');
    const p = preview(id, 'regions');
    expect(p.counts).toEqual({ rows: 3, create: 2, update: 0, invalid: 1 });
    expect(p.rows.find((r) => r.label === 'Feilregion')?.problems).toEqual([
      'Fant ikke kommunen «Atlantis» i registeret.',
      'Fant ikke kommunen «9999» i registeret.',
    ]);
    ok(invoke(t.ctx, 'sheets:commit', { uploadId: id, kind: 'regions', skipInvalid: true }));
    const members = (name: string) =>
      (t.ctx.db
        .prepare(`SELECT k.name FROM region_members m JOIN organisations r ON r.id = m.region_id JOIN organisations k ON k.id = m.municipality_id WHERE r.name = ? ORDER BY k.name`)
        .all(name) as { name: string }[]).map((r) => r.name);
    expect(members('Testregion Øst')).toEqual(['Hamar', 'Løten', 'Stange']);
    expect(members('Testregion Vest').length).toBe(2);
    const theme = t.ctx.db.prepare(`SELECT t.name FROM organisations o JOIN themes t ON t.id = o.theme_id WHERE o.name = 'Testregion Øst'`).get();
    expect(theme).toEqual({ name: 'Samspill mellom by og omland' });

    const again = await upload('byregioner.csv');
    expect(preview(again, 'regions').counts).toMatchObject({ create: 0, update: 2 });
    ok(invoke(t.ctx, 'sheets:commit', { uploadId: again, kind: 'regions', skipInvalid: true }));
    expect(count(`SELECT COUNT(*) AS n FROM organisations WHERE name LIKE 'Testregion%'`)).toBe(2);
    expect(members('Testregion Øst')).toEqual(['Hamar', 'Løten', 'Stange']);
  });
});

describe('files that are refused', () => {
  it('refuses a file that is not a spreadsheet, in Norwegian', () => {
    const buf = readFileSync(path.join(SHEETS, 'ikke-regneark.pdf'));
    const r = invoke(t.ctx, 'sheets:upload', { fileName: 'rapport.xlsx', contentBase64: buf.toString('base64') });
    expect(r).toEqual({
      ok: false,
      error: { code: 'not_spreadsheet', message: 'Filen «rapport.xlsx» er ikke et regneark. Velg en Excel-fil (.xlsx) eller en CSV-fil (.csv).' },
    });
  });

  it('refuses a zip bomb before unpacking it', () => {
    // 64 MB of zeros packs to ~64 KB: far beyond what spreadsheet XML compresses to.
    const bomb = craftZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(64 * 1024 * 1024) },
    ]);
    expect(bomb.length).toBeLessThan(200_000);
    const r = invoke(t.ctx, 'sheets:upload', { fileName: 'bombe.xlsx', contentBase64: bomb.toString('base64') });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('zip_bomb');
      expect(r.error.message).toMatch(/^Filen «bombe.xlsx» pakker seg ut til langt mer enn et vanlig regneark/);
    }
  });

  it('refuses an archive that lies about its unpacked size', () => {
    const liar = craftZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(8 * 1024 * 1024), declaredSize: 1000 },
    ]);
    const r = invoke(t.ctx, 'sheets:upload', { fileName: 'løgn.xlsx', contentBase64: liar.toString('base64') });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('zip_bomb');
  });

  it('refuses a file over 20 MB and an old .xls', () => {
    const big = Buffer.alloc(21 * 1024 * 1024, 0x41);
    const r = invoke(t.ctx, 'sheets:upload', { fileName: 'stor.csv', contentBase64: big.toString('base64') });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('20 MB');
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const r2 = invoke(t.ctx, 'sheets:upload', { fileName: 'gammel.xls', contentBase64: xls.toString('base64') });
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.error.message).toContain('lagre den som .xlsx');
  });
});
