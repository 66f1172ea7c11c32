// How the built renderer's files are served, by both doors that serve them (main/web/server.ts
// over HTTP, main/electron/protocol.ts on app://): one policy, so the two cannot drift apart.

/** The renderer's Content Security Policy: scripts only from our own origin, no plugins or framing. */
export const RENDERER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json; charset=utf-8',
};

/** The Content-Type of a renderer file, by its extension ('.js' …). */
export function contentType(ext: string): string {
  return MIME[ext] ?? 'application/octet-stream';
}
