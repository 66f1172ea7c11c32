import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentType } from '../core/renderer-files';
import { APP_HOST, APP_SCHEME, APP_URL, CSP, isAppUrl } from './policy';

// The origin, the CSP and the URL check live in policy.ts (pure, unit-tested); re-exported here.
export { APP_HOST, APP_SCHEME, APP_URL, CSP, isAppUrl };


/** Must run before the app is ready: makes app:// a standard, secure origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

function notFound(): Response {
  return new Response('Fant ikke siden.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * Serves the built renderer from `root` on app://samling/, with a strict CSP header. Paths are
 * resolved inside `root` only; paths without an extension get index.html (the app routes itself).
 */
export function serveRenderer(root: string): void {
  const base = path.resolve(root);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || (request.method !== 'GET' && request.method !== 'HEAD')) return notFound();
    let rel: string;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      return notFound();
    }
    if (rel === '/' || !path.extname(rel)) rel = '/index.html';
    const file = path.resolve(base, '.' + rel);
    if (!file.startsWith(base + path.sep)) return notFound();
    try {
      const body = await readFile(file);
      return new Response(body, {
        status: 200,
        headers: {
          'Content-Type': contentType(path.extname(file)),
          'Content-Security-Policy': CSP,
          'X-Content-Type-Options': 'nosniff',
          'Referrer-Policy': 'no-referrer',
          'Cache-Control': 'no-cache',
        },
      });
    } catch {
      return notFound();
    }
  });
}
