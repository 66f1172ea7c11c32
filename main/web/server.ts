import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { CoreContext } from '../core/context';
import { invoke } from '../core/dispatch';
import { msg, parseLang, t, withLang } from '../core/i18n';
import { contentType, RENDERER_CSP } from '../core/renderer-files';
import { downloadRoute } from './downloads';

/**
 * The UI language of a call: `X-Samling-Language: nb|nn|en` (renderer/src/api.ts sends it with
 * every call). Node gives header names in lower case.
 */
export const LANGUAGE_HEADER = 'x-samling-language';

/** Extra routes a domain may add (e.g. file downloads); return true when handled. */
export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;

export interface WebOptions {
  ctx: CoreContext;
  /** The built renderer (out/renderer). */
  staticDir: string;
  port?: number;
  token?: string;
  routes?: Route[];
  /** Largest request body accepted (a 10 MB paste must fit). */
  maxBody?: number;
}

export interface WebServer {
  server: Server;
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

function refuse(res: ServerResponse, status: number, code: string, message: string): void {
  send(res, status, { ok: false, error: { code, message } });
}

function tokenMatches(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number(req.headers['content-length'] ?? 0) > max;
    if (tooLarge) reject(new Error('too_large'));
    // Keep reading (and dropping) an oversize body instead of destroying the socket: the client
    // must get the 413 and its Norwegian message, not a reset connection.
    req.on('data', (c: Buffer) => {
      if (tooLarge) return;
      size += c.length;
      if (size > max) {
        tooLarge = true;
        chunks.length = 0;
        reject(new Error('too_large'));
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (!tooLarge) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

/**
 * Browser mode's door: the built renderer and the core over HTTP, on 127.0.0.1 only. Every API
 * request needs the per-run token; the Host header must name this loopback address (against DNS
 * rebinding) and a browser's Origin, when sent, must be this server's own.
 */
export async function startWebServer(opts: WebOptions): Promise<WebServer> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const maxBody = opts.maxBody ?? 24 * 1024 * 1024;
  const staticRoot = path.resolve(opts.staticDir);
  let port = 0;

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const server = createServer((req, res) => {
    // The renderer sends its UI language with every call (renderer/src/api.ts); every message in
    // the answer follows it. Missing or unknown → bokmål.
    const lang = parseLang(req.headers[LANGUAGE_HEADER]);
    void withLang(lang, () =>
      handle(req, res).catch((e: unknown) => {
        if (!res.headersSent) refuse(res, 500, 'internal', msg`Noe gikk galt: ${(e as Error).message}`);
        else res.end();
      }),
    );
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (!allowedHosts().has(host)) {
      refuse(res, 421, 'bad_host', t('Ukjent vertsnavn. Samling svarer bare på 127.0.0.1 og localhost.'));
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${host}`) {
      refuse(res, 403, 'bad_origin', t('Forespørselen kommer fra en annen nettside og er avvist.'));
      return;
    }
    const url = new URL(req.url ?? '/', `http://${host}`);

    if (url.pathname.startsWith('/api/')) {
      const auth = req.headers.authorization;
      const given = auth?.startsWith('Bearer ') ? auth.slice(7) : (req.headers['x-samling-token'] as string | undefined);
      if (!tokenMatches(given, token)) {
        refuse(res, 401, 'bad_token', t('Mangler eller feil tilgangsnøkkel. Åpne adressen Samling skrev ut ved oppstart.'));
        return;
      }
      for (const route of [downloadRoute, ...(opts.routes ?? [])]) if (await route(req, res, url)) return;
      if (req.method !== 'POST') {
        refuse(res, 405, 'method', t('Bruk POST.'));
        return;
      }
      const name = decodeURIComponent(url.pathname.slice('/api/'.length));
      let body: string;
      try {
        body = await readBody(req, maxBody);
      } catch {
        refuse(res, 413, 'too_large', msg`Forespørselen er for stor (over ${Math.round(maxBody / 1024 / 1024)} MB).`);
        return;
      }
      let input: unknown;
      try {
        input = body.trim() === '' ? undefined : JSON.parse(body);
      } catch {
        refuse(res, 400, 'bad_json', t('Forespørselen er ikke gyldig JSON.'));
        return;
      }
      send(res, 200, invoke(opts.ctx, name, input, { lang: parseLang(req.headers[LANGUAGE_HEADER]) }));
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      refuse(res, 405, 'method', t('Ikke tillatt.'));
      return;
    }
    serveStatic(url.pathname, res);
  }

  function serveStatic(pathname: string, res: ServerResponse): void {
    let rel = decodeURIComponent(pathname);
    if (rel === '/' || !path.extname(rel)) rel = '/index.html';
    const file = path.resolve(staticRoot, '.' + rel);
    if (!file.startsWith(staticRoot + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Fant ikke siden.');
      return;
    }
    res.writeHead(200, {
      'Content-Type': contentType(path.extname(file)),
      'Content-Security-Policy': RENDERER_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'max-age=3600',
    });
    createReadStream(file).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    server,
    url,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
