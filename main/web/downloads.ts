import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { jobFile } from '../core/exports/jobs';
import { t } from '../core/i18n';
import type { Route } from './server';

// GET /api/download/<jobId>: the finished file of a browser-mode export (main/core/exports/jobs.ts).
// The server checks the token (Authorization: Bearer) before any route runs, so the renderer
// fetches the file as a blob with its token and saves it through an object URL.

const TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** RFC 6266/5987: an ASCII fallback and the real name (æøå, the dash) percent-encoded. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())}`;
}

function fail(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify({ ok: false, error: { code, message } }));
}

export const downloadRoute: Route = (req: IncomingMessage, res: ServerResponse, url: URL) => {
  const m = /^\/api\/download\/([A-Za-z0-9_-]{8,64})$/.exec(url.pathname);
  if (!m) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    fail(res, 405, 'method', t('Bruk GET for å hente en fil.'));
    return true;
  }
  const f = jobFile(m[1]!);
  if (!f) {
    fail(res, 404, 'not_found', t('Fant ikke filen. Eksporten er ikke ferdig, eller den er for gammel; lag listen på nytt.'));
    return true;
  }
  res.writeHead(200, {
    'Content-Type': TYPES[f.format] ?? 'application/octet-stream',
    'Content-Length': String(f.bytes),
    'Content-Disposition': contentDisposition(f.fileName),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(f.file).pipe(res);
  return true;
};
