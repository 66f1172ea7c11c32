// The desktop door's security rules as pure functions, without any Electron import, so that
// they are unit-tested under plain Node (test/unit/electron). window.ts, ipc.ts and protocol.ts
// apply them to Electron's objects.

import { RENDERER_CSP } from '../core/renderer-files';

/** The renderer's origin: a custom scheme, never file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'samling';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/`;

/** The renderer's Content Security Policy: the same as browser mode sends (main/core/renderer-files.ts). */
export const CSP = RENDERER_CSP;

/** True for URLs of our own renderer, and nothing else (no other host, no look-alikes). */
export function isAppUrl(raw: string): boolean {
  try {
    const u = new URL(raw);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

/**
 * What may be handed to the system's browser or mail program: https: and mailto: only, parsed
 * and re-serialised (so the OS gets exactly what we checked), no credentials in an https URL,
 * and nothing with control characters that a shell or URL handler might read differently.
 * Returns the URL to open, or null.
 */
export function safeExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > 8192) return null;
  if (/[\u0000-\u001f\u007f]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol === 'https:') {
    if (url.username || url.password || !url.hostname) return null;
    return url.toString();
  }
  if (url.protocol === 'mailto:') return url.toString();
  return null;
}

/** The facts about an IPC call that decide whether it is trusted. */
export interface SenderFacts {
  /** Whether our window exists and is not destroyed. */
  windowAlive: boolean;
  senderId: number;
  windowContentsId: number;
  /** The sending frame; null when it is gone. */
  frame: { isTopLevel: boolean; processId: number; routingId: number; url: string } | null;
  mainFrame: { processId: number; routingId: number };
}

/** An IPC call is trusted only from our window's main frame showing our own renderer. */
export function senderAllowed(f: SenderFacts): boolean {
  if (!f.windowAlive || !f.frame) return false;
  if (f.senderId !== f.windowContentsId) return false;
  if (!f.frame.isTopLevel || f.frame.processId !== f.mainFrame.processId || f.frame.routingId !== f.mainFrame.routingId) return false;
  return isAppUrl(f.frame.url);
}

/** Navigation inside a window is allowed only to our own renderer. */
export function navigationAllowed(url: string): boolean {
  return isAppUrl(url);
}
