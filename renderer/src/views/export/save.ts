import type { ExportFormatName, ExportJob, ExportListName } from '../../../../main/api/ops/exports';
import type { Envelope } from '../../../../main/api/types';
import { call } from '../../api';

// Saving a list, behind either door. Desktop: main shows the native save dialog and writes the
// file (main/electron/exports.ts, exposed by preload as window.samlingFiles). Browser mode: the
// core writes it in the background (export:start), we poll export:progress, then fetch
// /api/download/<id> with the token and hand the blob to the browser as a download.

export interface SavedExport {
  saveId: string;
  fileName: string;
  rows: number;
  bytes: number;
}

export interface DesktopFiles {
  saveExport(req: { list: ExportListName; format: ExportFormatName; eventId?: number }): Promise<Envelope<SavedExport | null>>;
  openSaved(saveId: string): Promise<Envelope<null>>;
  showSaved(saveId: string): Promise<Envelope<null>>;
  onProgress(cb: (p: { done: number; total: number }) => void): () => void;
}

declare global {
  interface Window {
    samlingFiles?: DesktopFiles;
  }
}

export type Progress = (done: number, total: number) => void;

export interface SaveOutcome {
  fileName: string;
  rows: number;
  /** Desktop only: the id main knows the file by (open / show in folder). */
  saveId: string | null;
}

function token(): string {
  return sessionStorage.getItem('samling.token') ?? '';
}

async function downloadJob(job: ExportJob): Promise<void> {
  const res = await fetch(`/api/download/${encodeURIComponent(job.jobId)}`, { headers: { Authorization: `Bearer ${token()}` } });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `Nedlastingen feilet (${res.status}).`);
  }
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = job.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves (desktop) or downloads (browser) a list; null when the user cancelled the dialog. */
export async function saveList(list: ExportListName, format: ExportFormatName, onProgress: Progress): Promise<SaveOutcome | null> {
  const desktop = window.samlingFiles;
  if (desktop) {
    const stop = desktop.onProgress((p) => onProgress(p.done, p.total));
    try {
      const res = await desktop.saveExport({ list, format });
      if (!res.ok) throw new Error(res.error.message);
      return res.value && { fileName: res.value.fileName, rows: res.value.rows, saveId: res.value.saveId };
    } finally {
      stop();
    }
  }
  const start = await call('export:start', { list, format });
  if (!start.ok) throw new Error(start.error.message);
  let job = start.value;
  while (job.state === 'running') {
    onProgress(job.done, job.total);
    await new Promise((r) => setTimeout(r, 150));
    const p = await call('export:progress', { jobId: job.jobId });
    if (!p.ok) throw new Error(p.error.message);
    job = p.value;
  }
  if (job.state === 'failed') throw new Error(job.message ?? 'Eksporten feilet.');
  onProgress(job.done, job.total);
  await downloadJob(job);
  return { fileName: job.fileName, rows: job.done, saveId: null };
}

/** The file's bytes as base64 for sheets:upload (the renderer never sends a path). */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => {
      const s = typeof r.result === 'string' ? r.result : '';
      resolve(s.slice(s.indexOf(',') + 1));
    };
    r.onerror = () => reject(r.error ?? new Error(file.name));
    r.readAsDataURL(file);
  });
}
