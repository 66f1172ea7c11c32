import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP_URL, CSP, isAppUrl, navigationAllowed, safeExternalUrl, senderAllowed, type SenderFacts } from '../../../main/electron/policy';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('openExternal policy', () => {
  it('allows https and mailto only, after parsing', () => {
    expect(safeExternalUrl('https://distriktssenteret.no/samling')).toBe('https://distriktssenteret.no/samling');
    expect(safeExternalUrl('mailto:postmottak@hfk.no?subject=P%C3%A5melding')).toMatch(/^mailto:postmottak@hfk\.no/);
    for (const bad of [
      'http://example.no',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'app://samling/index.html',
      'https://user:pass@example.no',
      'https://example.no/\u0000',
      'data:text/html,<script>1</script>',
      'vbscript:x',
      '',
      'https:',
    ])
      expect(safeExternalUrl(bad), bad).toBeNull();
    expect(safeExternalUrl(42)).toBeNull();
  });

  it('whatever it lets through parses back to an https or mailto URL', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string(), fc.constantFrom('mailto:', 'https://', 'file:', 'javascript:').chain((p) => fc.string().map((s) => p + s))), (raw) => {
        const out = safeExternalUrl(raw);
        if (out !== null) expect(['https:', 'mailto:']).toContain(new URL(out).protocol);
      }),
      { numRuns: 500 },
    );
  });
});

describe('navigation and IPC sender policy', () => {
  it('only our own renderer is an app URL', () => {
    expect(isAppUrl(`${APP_URL}index.html#/personvern`)).toBe(true);
    for (const bad of ['app://samling.evil/', 'app://evil/', 'https://samling/', 'app://user@samling/', 'file:///index.html', 'not a url'])
      expect(navigationAllowed(bad), bad).toBe(false);
  });

  const good: SenderFacts = {
    windowAlive: true,
    senderId: 7,
    windowContentsId: 7,
    frame: { isTopLevel: true, processId: 3, routingId: 1, url: `${APP_URL}index.html` },
    mainFrame: { processId: 3, routingId: 1 },
  };

  it('accepts the main frame of our window showing our renderer', () => {
    expect(senderAllowed(good)).toBe(true);
  });

  it('refuses other windows, iframes, other frames, foreign pages and a closed window', () => {
    expect(senderAllowed({ ...good, senderId: 8 })).toBe(false);
    expect(senderAllowed({ ...good, windowAlive: false })).toBe(false);
    expect(senderAllowed({ ...good, frame: null })).toBe(false);
    expect(senderAllowed({ ...good, frame: { ...good.frame!, isTopLevel: false } })).toBe(false);
    expect(senderAllowed({ ...good, frame: { ...good.frame!, routingId: 2 } })).toBe(false);
    expect(senderAllowed({ ...good, frame: { ...good.frame!, url: 'https://evil.example/' } })).toBe(false);
  });
});

describe('CSP and packaging', () => {
  it('the CSP allows scripts only from our own origin, no eval, no plugins, no framing', () => {
    const d = Object.fromEntries(CSP.split(';').map((p) => p.trim().split(/\s+/)).map(([k = '', ...v]) => [k, v]));
    expect(d['script-src']).toEqual(["'self'"]);
    expect(CSP).not.toMatch(/unsafe-eval|\*/);
    expect(d['object-src']).toEqual(["'none'"]);
    expect(d['frame-ancestors']).toEqual(["'none'"]);
    expect(d['base-uri']).toEqual(["'none'"]);
  });

  it('browser mode sends the same CSP as the desktop app', async () => {
    // Asked of a real browser-mode server, serving a page from a temp folder.
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const os = await import('node:os');
    const { openCore } = await import('../../../main/core/open');
    const { startWebServer } = await import('../../../main/web/server');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'samling-'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>x</title>');
    const ctx = openCore(path.join(dir, 'samling.db'));
    const web = await startWebServer({ ctx, staticDir: dir });
    try {
      const res = await fetch(web.url);
      expect(res.headers.get('content-security-policy')).toBe(CSP);
    } finally {
      await web.close();
      ctx.db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the packaged app flips the Electron fuses', () => {
    const yml = readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8');
    const block = /electronFuses:\n((?:\s+.+\n)+)/.exec(yml)?.[1] ?? '';
    const fuses = Object.fromEntries(block.split('\n').filter(Boolean).map((l) => l.trim().split(/:\s*/)));
    expect(fuses).toMatchObject({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      enableCookieEncryption: 'true',
    });
  });

  it('the window is sandboxed and isolated, and the preload exposes only the contract', () => {
    const win = readFileSync(path.join(ROOT, 'main/electron/window.ts'), 'utf8');
    for (const flag of ['contextIsolation: true', 'sandbox: true', 'nodeIntegration: false', 'webviewTag: false']) expect(win).toContain(flag);
    const preload = readFileSync(path.join(ROOT, 'preload/index.ts'), 'utf8');
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*(require|process|ipcRenderer)\b/);
  });
});
