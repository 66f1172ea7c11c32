import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportJob } from '../../../main/api/ops/exports';
import { invoke } from '../../../main/core/dispatch';
import { waitForJob, jobFile } from '../../../main/core/exports/jobs';
import { writeExport } from '../../../main/core/exports/write';
import { addManySignups, openTestDb, type TestDb } from './fixtures';

// Large lists go through the streaming writer page by page, with progress.

let t: TestDb;
beforeAll(() => {
  t = openTestDb();
  addManySignups(t.ctx, 5000);
});
afterAll(() => t.close());

describe('streaming export of 5,000 sign-ups', () => {
  it('writes every row in Norwegian surname order and reports progress', async () => {
    const file = path.join(t.dir, 'venue.xlsx');
    const progress: [number, number][] = [];
    const res = await writeExport(t.ctx, { list: 'venue', format: 'xlsx' }, file, (d, n) => progress.push([d, n]));
    expect(res.rows).toBe(5000);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.at(-1)).toEqual([5000, 5000]);
    for (let i = 1; i < progress.length; i++) expect(progress[i]![0]).toBeGreaterThanOrEqual(progress[i - 1]![0]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Deltakere')!;
    expect(ws.rowCount).toBe(5001);
    const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });
    const names: string[] = [];
    ws.eachRow((row, n) => {
      if (n > 1) names.push(`${String(row.getCell(1).value)} ${String(row.getCell(2).value)}`);
    });
    const surnames = names.map((n) => n.replace(/\d+ .*$/, ''));
    const sorted = [...surnames].sort(collator.compare);
    expect(surnames).toEqual(sorted);
    expect(surnames.at(-1)).toBe('Ås');
    expect(surnames).toContain('Øren');
    expect(ws.autoFilter).toBeTruthy();
  });

  it('runs as a background job for browser mode and the file is there when done', async () => {
    const start = invoke(t.ctx, 'export:start', { list: 'full', format: 'csv' });
    expect(start.ok).toBe(true);
    const job = (start as { value: ExportJob }).value;
    expect(job.state).toBe('running');
    expect(job.fileName).toBe('Full eksport – Oppstartssamling 2015-09-24.csv');
    // Other operations keep working while the export runs (no long-lived statement holds the connection).
    expect(invoke(t.ctx, 'signups:list', { limit: 5 }).ok).toBe(true);
    const done = await waitForJob(job.jobId);
    expect(done.state).toBe('done');
    expect(done.done).toBe(5000);
    const f = jobFile(job.jobId)!;
    const text = readFileSync(f.file, 'utf8');
    expect(text.split('\r\n').filter(Boolean).length).toBe(5001);
  });
});
