import ExcelJS from 'exceljs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportJob, ExportPreview, SheetCommitResult, SheetPreview, SheetUploadStatus } from '../../../main/api/ops/exports';
import type { Change, Envelope } from '../../../main/api/types';
import { invoke } from '../../../main/core/dispatch';
import { jobFile, waitForJob } from '../../../main/core/exports/jobs';
import { waitForUpload } from '../../../main/core/exports/uploads';
import { writeExport } from '../../../main/core/exports/write';
import { withLang, type Lang } from '../../../main/core/i18n';
import { startWebServer } from '../../../main/web/server';
import { samling } from '../../unit/cli/run';
import { addSampleSignups, addSignup, openTestDb, type TestDb } from './fixtures';

// The exported lists in the organiser's language: sheet names, headers, labels, Ja/Nei and the
// diet labels in nynorsk and English, through each door (invoke and the browser-mode job, the
// command line with --lang), with dates still Norwegian. And sheet imports: their row problems,
// refusals and change-log summary in the language of the call.

let t: TestDb;
beforeEach(() => {
  t = openTestDb();
  addSampleSignups(t.ctx);
  // Diets whose labels differ in nynorsk (Mjølkeprotein, Utan svinekjøt).
  addSignup(t.ctx, { name: 'Mona Mjølk', email: 'mona@vfk.no', org: ['county', '07'], diets: ['milk', 'pork'] });
});
afterEach(() => t.close());

function ok<T>(e: Envelope<unknown>): T {
  if (!e.ok) throw new Error(`${e.error.code}: ${e.error.message}`);
  return e.value as T;
}

/** Starts the browser-mode job in a language and reads the finished file back. */
async function exportJob(lang: Lang, list: string): Promise<{ wb: ExcelJS.Workbook; job: ExportJob }> {
  const job = ok<ExportJob>(invoke(t.ctx, 'export:start', { list, format: 'xlsx' }, { lang }));
  // The writing goes on after export:start has answered, outside the call.
  const done = await waitForJob(job.jobId);
  expect(done.state, done.message ?? '').toBe('done');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(jobFile(job.jobId)!.file);
  return { wb, job: done };
}

const row = (ws: ExcelJS.Worksheet, r: number) => (ws.getRow(r).values as unknown[]).slice(1);
const column = (ws: ExcelJS.Worksheet, c: number) => {
  const out: unknown[] = [];
  ws.eachRow((r) => void out.push(r.getCell(c).value));
  return out;
};

describe('an export job started in a language keeps it to the end', () => {
  it('nynorsk: the lunch list', async () => {
    const { wb, job } = await exportJob('nn', 'catering');
    expect(job.fileName).toBe('Lunsjliste – Oppstartssamling 2015-09-24.xlsx');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Samandrag', 'Allergiar og omsyn']);
    const summary = wb.getWorksheet('Samandrag')!;
    expect(row(summary, 1)).toEqual(['Kva', 'Verdi', 'Merknad']);
    expect(column(summary, 1)).toEqual(expect.arrayContaining(['Samling', 'Dato', 'Stad', 'Lunsjar i alt', 'Mjølkeprotein', 'Utan svinekjøt']));
    expect(column(summary, 1)).toContain('Merknad frå Ærlig Ærlendsen');
    expect(summary.getRow(5).getCell(3).value).toBe('Deltakarar med plass som skal ha lunsj');
    expect(summary.headerFooter.oddFooter).toMatch(/&RSide &P av &N$/);
    const detail = wb.getWorksheet('Allergiar og omsyn')!;
    expect(row(detail, 1)).toEqual(['Namn', 'Organisasjon', 'Kosthald', 'Merknad om mat']);
    expect(column(detail, 3)).toContain('Mjølkeprotein, Utan svinekjøt');
    // Dates stay Norwegian.
    expect(summary.getRow(3).getCell(2).numFmt).toBe('dd.mm.yyyy');
  });

  it('English: the participant list and the full export', async () => {
    const venue = await exportJob('en', 'venue');
    expect(venue.job.fileName).toBe('Participant list – Oppstartssamling 2015-09-24.xlsx');
    const ws = venue.wb.getWorksheet('Participants')!;
    expect(row(ws, 1)).toEqual(['Surname', 'First name', 'Job title', 'Organisation', 'County', 'City region', 'Group session', 'E-mail', 'Phone', 'Present']);
    // The footer is made after the writing has awaited (export:start had long answered): the
    // language came along in the job's async continuation.
    expect(ws.headerFooter.oddFooter).toMatch(/&RPage &P of &N$/);
    expect(ws.headerFooter.oddHeader).toContain('Participant list');

    const full = await exportJob('en', 'full');
    expect(full.wb.worksheets.map((w) => w.name)).toEqual(['Sign-ups', 'Organisations', 'City regions and municipalities', 'Themes', 'Group sessions', 'Event']);
    for (const w of full.wb.worksheets) {
      expect(w.name.length).toBeLessThanOrEqual(31);
      expect(w.name).not.toMatch(/[[\]:*?/\\]/);
    }
    const signups = full.wb.getWorksheet('Sign-ups')!;
    const header = row(signups, 1) as string[];
    expect(header.slice(0, 4)).toEqual(['Id', 'Name', 'E-mail', 'Phone']);
    const col = (h: string) => header.indexOf(h) + 1;
    const carl = signups.getRows(2, signups.rowCount - 1)!.find((r) => r.getCell(col('Name')).value === 'Carl Cancel')!;
    expect(carl.getCell(col('Status')).value).toBe('Cancelled');
    expect(carl.getCell(col('Organisation type')).value).toBe('County council');
    expect(carl.getCell(col('Lunch')).value).toBe('Yes');
    expect(carl.getCell(col('Diet')).value).toBe('Fish');
    expect(carl.getCell(col('Received')).numFmt).toBe('dd.mm.yyyy hh:mm');
    const event = full.wb.getWorksheet('Event')!;
    expect(row(event, 1)).toEqual(['Field', 'Value']);
    expect(column(event, 1)).toContain('Sign-up deadline');
  });

  it('bokmål stays the default, and two jobs in different languages do not mix', async () => {
    const [nn, en, nb] = await Promise.all([exportJob('nn', 'venue'), exportJob('en', 'venue'), exportJob('nb', 'venue')]);
    expect(nn.wb.worksheets[0]!.name).toBe('Deltakarar');
    expect(row(nn.wb.worksheets[0]!, 1).slice(0, 2)).toEqual(['Etternamn', 'Førenamn']);
    expect(en.wb.worksheets[0]!.name).toBe('Participants');
    expect(nb.wb.worksheets[0]!.name).toBe('Deltakere');
    expect(nb.job.fileName).toBe('Deltakerliste – Oppstartssamling 2015-09-24.xlsx');
  });

  it('the preview reads the same words', () => {
    const p = ok<ExportPreview>(invoke(t.ctx, 'export:preview', { list: 'catering' }, { lang: 'en' }));
    expect(p.title).toBe('Lunch list');
    expect(p.fileName).toBe('Lunch list – Oppstartssamling 2015-09-24.xlsx');
    expect(p.sheets.map((s) => s.name)).toEqual(['Summary', 'Allergies and dietary needs']);
    expect(p.columns).toEqual(['Name', 'Organisation', 'Diet', 'Note about food']);
    expect(p.counts.map((c) => c.label)).toEqual(expect.arrayContaining(['Lunches', 'With allergies or dietary needs', 'Milk protein', 'No pork']));
  });

  it('writeExport called directly follows withLang, CSV headers included', async () => {
    const file = path.join(t.dir, 'venue.csv');
    const res = await withLang('nn', () => writeExport(t.ctx, { list: 'venue', format: 'csv' }, file));
    expect(res.fileName).toBe('Deltakarliste – Oppstartssamling 2015-09-24.csv');
    const first = readFileSync(file, 'utf8').slice(1).split('\r\n')[0];
    expect(first).toBe('Etternamn;Førenamn;Stilling;Organisasjon;Fylke;Byregion;Gruppesamling;E-post;Telefon;Møtt');
  });
});

describe('browser mode: the download keeps the name the job got in the header\'s language', () => {
  it('English job → English file name in Content-Disposition, English sheets in the file', async () => {
    const staticDir = path.join(t.dir, 'renderer');
    mkdirSync(staticDir);
    writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Samling</title>');
    const web = await startWebServer({ ctx: t.ctx, staticDir });
    try {
      const request = (method: string, p: string, headers: Record<string, string>, body?: string) =>
        new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
          const req = http.request(
            { host: '127.0.0.1', port: web.port, method, path: p, headers: { Host: `127.0.0.1:${web.port}`, Authorization: `Bearer ${web.token}`, ...headers } },
            (res) => {
              const chunks: Buffer[] = [];
              res.on('data', (c: Buffer) => chunks.push(c));
              res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
            },
          );
          req.on('error', reject);
          req.end(body);
        });
      const started = await request('POST', '/api/export:start', { 'Content-Type': 'application/json', 'X-Samling-Language': 'en' }, JSON.stringify({ list: 'catering' }));
      const job = (JSON.parse(started.body.toString('utf8')) as { value: ExportJob }).value;
      expect(job.fileName).toBe('Lunch list – Oppstartssamling 2015-09-24.xlsx');
      await waitForJob(job.jobId);
      // The download itself asks in nynorsk: the file is what the job made.
      const got = await request('GET', `/api/download/${job.jobId}`, { 'X-Samling-Language': 'nn' });
      expect(got.status).toBe(200);
      expect(got.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('Lunch list – Oppstartssamling 2015-09-24.xlsx')}`);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(got.body as unknown as ArrayBuffer);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Allergies and dietary needs']);
      const missing = await request('GET', '/api/download/ukjentjobb123', { 'X-Samling-Language': 'nn' });
      expect(JSON.parse(missing.body.toString('utf8'))).toMatchObject({ error: { message: 'Fann ikkje fila. Eksporten er ikkje ferdig, eller han er for gammal; lag lista på nytt.' } });
    } finally {
      await web.close();
    }
  });
});

describe('the command line: export --lang nn --out', () => {
  vi.setConfig({ testTimeout: 120_000 });

  it('writes the lunch list in nynorsk, and in English from $SAMLING_LANG', async () => {
    const db = path.join(t.dir, 'samling.db');
    const file = path.join(t.dir, 'lunsj.xlsx');
    const r = samling(['--db', db, '--lang', 'nn', 'export', 'catering', '--out', file, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { fileName: string }).fileName).toBe('Lunsjliste – Oppstartssamling 2015-09-24.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Samandrag', 'Allergiar og omsyn']);
    expect(row(wb.getWorksheet('Allergiar og omsyn')!, 1)).toEqual(['Namn', 'Organisasjon', 'Kosthald', 'Merknad om mat']);
    expect(column(wb.getWorksheet('Samandrag')!, 1)).toEqual(expect.arrayContaining(['Lunsjar i alt', 'Mjølkeprotein']));
    expect(wb.getWorksheet('Samandrag')!.headerFooter.oddFooter).toMatch(/Side &P av &N$/);

    const csv = path.join(t.dir, 'lunch.csv');
    const e = samling(['--db', db, 'export', 'catering', '--csv', '--out', csv], undefined, { ...process.env, SAMLING_LANG: 'en' });
    expect(e.code, e.stderr).toBe(0);
    const lines = readFileSync(csv, 'utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Name;Organisation;Diet;Note about food');
    expect(lines.some((l) => l.includes('Milk protein, No pork'))).toBe(true);
  });
});

describe('sheet imports in a language', () => {
  async function upload(lang: Lang, fileName: string, text: string): Promise<string> {
    const up = ok<SheetUploadStatus>(invoke(t.ctx, 'sheets:upload', { fileName, contentBase64: Buffer.from(text, 'utf8').toString('base64') }, { lang }));
    await waitForUpload(up.uploadId);
    return up.uploadId;
  }

  it('row problems, the refusal and the history summary in nynorsk; the summary is stored language-neutral', async () => {
    const csv = 'Namn;E-post;Organisasjon;Lunsj\r\nPer Prøve;per@vfk.no;Vestfold fylkeskommune;ja\r\nUkjend Ulla;ulla@example.no;Ingenstadfylket;kanskje\r\n';
    const id = await upload('nn', 'påmeldingar.csv', csv);
    const p = ok<SheetPreview>(invoke(t.ctx, 'sheets:preview', { uploadId: id, kind: 'signups' }, { lang: 'nn' }));
    if (p.state !== 'ready') throw new Error('not ready');
    expect(p.fields.find((f) => f.key === 'name')?.label).toBe('Namn');
    expect(p.rows[1]!.problems).toEqual([
      'Fann ikkje organisasjonen «Ingenstadfylket» i registeret. Rett namnet eller legg organisasjonen til først.',
      'Forstår ikkje «kanskje» i lunsj-kolonnen. Skriv ja eller nei.',
    ]);
    const refused = invoke(t.ctx, 'sheets:commit', { uploadId: id, kind: 'signups' }, { lang: 'nn' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toBe('1 rad har feil. Rett fila og last ho opp på nytt, eller vel å hoppe over rada med feil. Ingenting er lagra.');

    const done = ok<SheetCommitResult>(invoke(t.ctx, 'sheets:commit', { uploadId: id, kind: 'signups', skipInvalid: true }, { lang: 'nn' }));
    expect(done.summary).toBe('Las inn påmeldingar frå påmeldingar.csv: 1 nye, 0 oppdaterte, 1 hoppa over');
    const stored = t.ctx.db.prepare('SELECT summary, summary_msg FROM changes WHERE id = ?').get(done.changeId) as { summary: string; summary_msg: string };
    expect(stored.summary).toBe('Leste inn påmeldinger fra påmeldingar.csv: 1 nye, 0 oppdatert, 1 hoppet over');
    const history = (lang: Lang) => ok<Change[]>(invoke(t.ctx, 'changelog:list', { limit: 1 }, { lang }))[0]!.summary;
    expect(history('nn')).toBe('Las inn påmeldingar frå påmeldingar.csv: 1 nye, 0 oppdaterte, 1 hoppa over');
    expect(history('en')).toBe('Read in sign-ups from påmeldingar.csv: 1 new, 0 updated, 1 skipped');
    expect(history('nb')).toBe(stored.summary);
  });

  it('refuses a file that is not a spreadsheet in English', () => {
    const r = invoke(t.ctx, 'sheets:upload', { fileName: 'x.pdf', contentBase64: Buffer.from('%PDF-1.4\u0000').toString('base64') }, { lang: 'en' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('The file “x.pdf” is not a spreadsheet. Choose an Excel file (.xlsx) or a CSV file (.csv).');
  });

  it('reads back our own full export written in English or nynorsk: headers, states and diets', async () => {
    for (const lang of ['en', 'nn'] as const) {
      const file = path.join(t.dir, `full-${lang}.csv`);
      await withLang(lang, () => writeExport(t.ctx, { list: 'full', format: 'csv' }, file));
      const id = await upload('nb', `full-${lang}.csv`, readFileSync(file, 'utf8'));
      const p = ok<SheetPreview>(invoke(t.ctx, 'sheets:preview', { uploadId: id, kind: 'signups' }));
      if (p.state !== 'ready') throw new Error('not ready');
      const mapped = (key: string) => p.fields.find((f) => f.key === key)?.column ?? null;
      for (const key of ['name', 'email', 'organisation', 'receivedAt', 'lunch', 'diets', 'state']) expect(mapped(key), `${lang} ${key}`).not.toBeNull();
      // Every row is one we already have: all are updates, none has a problem.
      expect(p.counts, lang).toMatchObject({ invalid: 0, create: 0 });
      const mona = p.rows.find((r) => r.label === 'Mona Mjølk')!;
      expect(mona.problems).toEqual([]);
    }
  });
});
