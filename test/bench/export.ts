import ExcelJS from 'exceljs';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CoreContext } from '../../main/core/context';
import { planList } from '../../main/core/exports/lists';
import type { Cell } from '../../main/core/exports/plan';
import { writeExport } from '../../main/core/exports/write';
import { addManySignups, openTestDb } from '../integration/exports/fixtures';

// Benchmark of the participant list (Deltakerliste, `venue`) at scale: Samling's export of n
// seated sign-ups to .xlsx against a bare exceljs streaming write of the same rows.
//
// What the bare baseline does, so the comparison is fair: the same rows and columns (the venue
// list's ten cells per row, read through Samling's own list before its clock starts, so it has no
// database work at all), written with exceljs' WorkbookWriter with styles on and shared strings
// off like Samling, with the same styling: one shared style object per column (top alignment,
// the borders of the tick column), the bold and filled header row, the 20-point row height,
// frozen header, autofilter, A4 page setup and header/footer, fixed column widths, each row
// committed at once and a pause every 250 rows like Samling's writer. What it leaves out is
// Samling's own work: the paged reads, turning sign-ups into cells, fitting the widths, choosing
// a style per cell.
//
// One exceljs detail Samling uses and the plain baseline does not: every body row shares one
// empty style object (exceljs otherwise turns each row's own empty style into XML on commit).
// So that the ratio can be judged with and without it, the baseline is also run with that
// trick (`bareSharedRowStyleMs`, reported next to the ratio, not in it).
//
// Timings on a shared 2-core machine are noisy: the two writes alternate over several runs and
// the medians are reported, with CPU time (less disturbed by other processes) next to wall time.
// Peak RSS is sampled during a first, separate run of Samling's export, before the bare rows are
// read into memory (the process also holds the test database).

export interface ExportBench {
  n: number;
  runs: number;
  /** Median wall time of Samling's export. */
  ms: number;
  cpuMs: number;
  peakRssMb: number;
  /** Median wall time of the bare exceljs write of the same rows. */
  bareExceljsMs: number;
  bareCpuMs: number;
  /** Median wall time of the bare write when its rows share one style object, as Samling's do. */
  bareSharedRowStyleMs: number;
  /** Median of the per-run ratios Samling / bare (wall and CPU). */
  ratio: number;
  cpuRatio: number;
  samples: { ms: number; cpuMs: number; bareMs: number; bareCpuMs: number; bareSharedMs: number }[];
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

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

async function measure(fn: () => Promise<unknown>): Promise<{ ms: number; cpuMs: number }> {
  global.gc?.();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const c = process.cpuUsage(c0);
  return { ms: Math.round(performance.now() - t0), cpuMs: Math.round((c.user + c.system) / 1000) };
}

/** The venue list's rows as exceljs values, read before any clock starts. */
function venueValues(ctx: CoreContext): ExcelJS.CellValue[][] {
  const sheet = planList(ctx, 'venue').sheets[0]!;
  const out: ExcelJS.CellValue[][] = [];
  const value = (c: Cell): ExcelJS.CellValue => {
    if (typeof c === 'object' && c !== null) throw new Error('the venue list has no dates');
    return c === '' ? null : c;
  };
  for (const row of sheet.rows()) out.push(row.map(value));
  return out;
}

const HEADERS = ['Etternavn', 'Fornavn', 'Stilling', 'Organisasjon', 'Fylke', 'Byregion', 'Gruppesamling', 'E-post', 'Telefon', 'Møtt'];
const WIDTHS = [16, 9, 11, 40, 19, 12, 16, 19, 17, 7];

async function bareExceljs(rows: ExcelJS.CellValue[][], file: string, shareRowStyle = false): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: createWriteStream(file), useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet('Deltakere', {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddHeader: '&L&BDeltakerliste&B – Deltakere', oddFooter: '&LSamling&RSide &P av &N' },
  });
  ws.columns = WIDTHS.map((width) => ({ width }));
  const thin = { style: 'thin' as const, color: { argb: 'FF808080' } };
  const header = ws.addRow(HEADERS);
  header.eachCell((cell) => {
    cell.font = { name: 'Calibri', size: 11, bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8ECF2' } };
    cell.border = { bottom: thin };
    cell.alignment = { vertical: 'bottom', wrapText: false };
  });
  header.commit();
  const top: Partial<ExcelJS.Style> = { alignment: { vertical: 'top' } };
  const tick: Partial<ExcelJS.Style> = { border: { top: thin, left: thin, bottom: thin, right: thin }, alignment: { vertical: 'top' } };
  const styles = HEADERS.map((_, i) => (i === HEADERS.length - 1 ? tick : top));
  const rowStyle = {};
  let i = 0;
  for (const values of rows) {
    const row = ws.addRow(values);
    if (shareRowStyle) (row as unknown as { style: object }).style = rowStyle;
    row.height = 20;
    for (let c = 0; c < styles.length; c++) row.getCell(c + 1).style = styles[c]!;
    row.commit();
    if (++i % 250 === 0) await new Promise((r) => setImmediate(r));
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: HEADERS.length } };
  ws.commit();
  await wb.commit();
}

export async function benchExport(n: number, runs = 3): Promise<ExportBench> {
  const t = openTestDb();
  const dir = mkdtempSync(path.join(tmpdir(), 'samling-bench-'));
  try {
    addManySignups(t.ctx, n);
    const venue = path.join(dir, 'venue.xlsx');
    const samling = async (): Promise<void> => {
      const written = (await writeExport(t.ctx, { list: 'venue', format: 'xlsx' }, venue)).rows;
      if (written !== n) throw new Error(`wrote ${written} rows, expected ${n}`);
    };
    // First a run for peak RSS (and warm-up), before the bare rows are held in memory.
    global.gc?.();
    const sampler = rssSampler();
    await samling();
    const peakRssMb = sampler.stop();
    const rows = venueValues(t.ctx);
    if (rows.length !== n) throw new Error(`the venue list has ${rows.length} rows, expected ${n}`);
    const samples: ExportBench['samples'] = [];
    for (let run = 0; run < runs; run++) {
      const s = await measure(samling);
      const b = await measure(() => bareExceljs(rows, path.join(dir, 'bare.xlsx')));
      const shared = await measure(() => bareExceljs(rows, path.join(dir, 'bare-shared.xlsx'), true));
      samples.push({ ms: s.ms, cpuMs: s.cpuMs, bareMs: b.ms, bareCpuMs: b.cpuMs, bareSharedMs: shared.ms });
    }
    const r2 = (x: number) => Math.round(x * 100) / 100;
    return {
      n,
      runs,
      ms: median(samples.map((s) => s.ms)),
      cpuMs: median(samples.map((s) => s.cpuMs)),
      peakRssMb,
      bareExceljsMs: median(samples.map((s) => s.bareMs)),
      bareCpuMs: median(samples.map((s) => s.bareCpuMs)),
      bareSharedRowStyleMs: median(samples.map((s) => s.bareSharedMs)),
      ratio: r2(median(samples.map((s) => s.ms / s.bareMs))),
      cpuRatio: r2(median(samples.map((s) => s.cpuMs / s.bareCpuMs))),
      samples,
    };
  } finally {
    t.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  const n = Number(process.argv[2] ?? 100_000);
  const runs = Number(process.argv[3] ?? 3);
  benchExport(n, runs).then(
    (r) => process.stdout.write(JSON.stringify(r) + '\n'),
    (e: unknown) => {
      process.stderr.write(String(e) + '\n');
      process.exit(1);
    },
  );
}
