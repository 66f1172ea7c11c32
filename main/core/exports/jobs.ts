import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ExportJob } from '../../api/ops/exports';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { msg, t } from '../i18n';
import { planList } from './lists';
import { exportFileName } from './plan';
import { writeExport, type ExportRequest } from './write';

// Browser mode's exports: the browser cannot be handed a save dialog, so the list is written to
// a temporary file in the background, the renderer polls `export:progress`, and then fetches the
// file from GET /api/download/<id> (main/web/downloads.ts). Jobs live in this process only.
// The job is started inside invoke(), so the writing that goes on after `export:start` has
// answered keeps the caller's language (AsyncLocalStorage follows the promise chain): the file,
// its name and a failure message are all in the language the export was asked for.

interface Job extends ExportJob {
  file: string;
  at: number;
}

const jobs = new Map<string, Job>();
const KEEP_MS = 60 * 60 * 1000;
let dir: string | null = null;

function jobDir(): string {
  if (!dir) {
    dir = mkdtempSync(path.join(tmpdir(), 'samling-eksport-'));
    const d = dir;
    process.once('exit', () => rmSync(d, { recursive: true, force: true }));
  }
  return dir;
}

function sweep(): void {
  const now = Date.now();
  for (const [id, j] of jobs)
    if (j.state !== 'running' && now - j.at > KEEP_MS) {
      rmSync(j.file, { force: true });
      jobs.delete(id);
    }
}

function view(j: Job): ExportJob {
  const { jobId, state, done, total, fileName, bytes, message } = j;
  return { jobId, state, done, total, fileName, bytes, message };
}

/** Starts writing the list in the background; returns at once (the list is checked first). */
export function startExportJob(ctx: CoreContext, req: ExportRequest): ExportJob {
  sweep();
  const plan = planList(ctx, req.list, req.eventId);
  const jobId = randomBytes(12).toString('base64url');
  const fileName = exportFileName(plan, req.format);
  const job: Job = {
    jobId,
    state: 'running',
    done: 0,
    total: plan.sheets.reduce((n, s) => n + s.count, 0),
    fileName,
    bytes: 0,
    message: null,
    file: path.join(jobDir(), `${jobId}.${req.format}`),
    at: Date.now(),
  };
  jobs.set(jobId, job);
  void writeExport(ctx, req, job.file, (done, total) => {
    job.done = done;
    job.total = total;
  }).then(
    (r) => {
      job.state = 'done';
      job.bytes = r.bytes;
      job.done = Math.max(job.done, r.rows);
      job.at = Date.now();
    },
    (e: unknown) => {
      job.state = 'failed';
      job.message = e instanceof AppError ? e.message : msg`Eksporten feilet: ${(e as Error).message}`;
      job.at = Date.now();
    },
  );
  return view(job);
}

export function exportJobStatus(jobId: string): ExportJob {
  const j = jobs.get(jobId);
  if (!j) throw new AppError('not_found', t('Fant ikke eksporten. Den kan være for gammel; lag listen på nytt.'));
  return view(j);
}

/** The finished file for the download route; undefined when unknown or not finished. */
export function jobFile(jobId: string): { file: string; fileName: string; bytes: number; format: string } | undefined {
  const j = jobs.get(jobId);
  if (!j || j.state !== 'done') return undefined;
  return { file: j.file, fileName: j.fileName, bytes: j.bytes, format: path.extname(j.file).slice(1) };
}

/** Awaitable for tests and the CLI. */
export async function waitForJob(jobId: string, timeoutMs = 120_000): Promise<ExportJob> {
  const start = Date.now();
  for (;;) {
    const j = exportJobStatus(jobId);
    if (j.state !== 'running') return j;
    if (Date.now() - start > timeoutMs) throw new AppError('timeout', t('Eksporten tok for lang tid.'));
    await new Promise((r) => setTimeout(r, 20));
  }
}
