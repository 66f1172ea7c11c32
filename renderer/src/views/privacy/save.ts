import { call } from '../../api';

// Files the Personvern view hands to the user: the full export of one event before it is
// anonymised, and one person's data as JSON. Desktop: main's save dialog (window.samlingFiles);
// browser mode: export:start, then the download route; JSON is built here as a blob.

function token(): string {
  return sessionStorage.getItem('samling.token') ?? '';
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadJson(value: unknown, fileName: string): void {
  download(new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }), fileName);
}

/** Saves the full list of one event; returns the file name, or null when cancelled. */
export async function saveFullExport(eventId: number): Promise<string | null> {
  const desktop = window.samlingFiles;
  if (desktop) {
    const r = await desktop.saveExport({ list: 'full', format: 'xlsx', eventId });
    if (!r.ok) throw new Error(r.error.message);
    return r.value?.fileName ?? null;
  }
  const start = await call('export:start', { list: 'full', format: 'xlsx', eventId });
  if (!start.ok) throw new Error(start.error.message);
  let job = start.value;
  while (job.state === 'running') {
    await new Promise((r) => setTimeout(r, 150));
    const p = await call('export:progress', { jobId: job.jobId });
    if (!p.ok) throw new Error(p.error.message);
    job = p.value;
  }
  if (job.state === 'failed') throw new Error(job.message ?? 'Eksporten feilet.');
  const res = await fetch(`/api/download/${encodeURIComponent(job.jobId)}`, { headers: { Authorization: `Bearer ${token()}` } });
  if (!res.ok) throw new Error(`Nedlastingen feilet (${res.status}).`);
  download(await res.blob(), job.fileName);
  return job.fileName;
}
