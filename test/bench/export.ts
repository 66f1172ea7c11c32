import ExcelJS from 'exceljs';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeExport } from '../../main/core/exports/write';
import { addManySignups, openTestDb } from '../integration/exports/fixtures';

// Benchmark of the participant list at scale: Samling's streaming export against a bare exceljs
// streaming write of the same number of rows (no database, no styles), so the overhead of our
// own work (paged reads, formatting, print setup) is visible. Peak RSS is sampled during the run.

export interface ExportBench {
  n: number;
  ms: number;
  peakRssMb: number;
  bareExceljsMs: number;
}

function rssSampler(): { stop(): number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  return {
    stop() {
      clearInterval(timer);
      return Math.round((Math.max(peak, process.memoryUsage().rss) / 1024 / 1024) * 10) / 10;
    },
  };
}

async function bareExceljs(n: number, file: string): Promise<number> {
  const t0 = performance.now();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: createWriteStream(file) });
  const ws = wb.addWorksheet('Deltakere');
  for (let i = 0; i < n; i++) {
    ws.addRow([`Etternavn${i}`, 'Fornavn', 'rådgiver', 'Kommune', 'Fylke', '', '', `p${i}@example.no`, '+47 900 00 000', null]).commit();
    if (i % 1000 === 0) await new Promise((r) => setImmediate(r));
  }
  ws.commit();
  await wb.commit();
  return Math.round(performance.now() - t0);
}

export async function benchExport(n: number): Promise<ExportBench> {
  const t = openTestDb();
  const dir = mkdtempSync(path.join(tmpdir(), 'samling-bench-'));
  try {
    addManySignups(t.ctx, n);
    global.gc?.();
    const sampler = rssSampler();
    const t0 = performance.now();
    const res = await writeExport(t.ctx, { list: 'venue', format: 'xlsx' }, path.join(dir, 'venue.xlsx'));
    const ms = Math.round(performance.now() - t0);
    const peakRssMb = sampler.stop();
    if (res.rows !== n) throw new Error(`wrote ${res.rows} rows, expected ${n}`);
    const bareExceljsMs = await bareExceljs(n, path.join(dir, 'bare.xlsx'));
    return { n, ms, peakRssMb, bareExceljsMs };
  } finally {
    t.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  const n = Number(process.argv[2] ?? 100_000);
  benchExport(n).then(
    (r) => process.stdout.write(JSON.stringify(r) + '\n'),
    (e: unknown) => {
      process.stderr.write(String(e) + '\n');
      process.exit(1);
    },
  );
}
