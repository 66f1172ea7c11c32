import { app, BrowserWindow, shell, type WebContents } from 'electron';
import { existsSync } from 'node:fs';
import { iconFile, preloadFile } from './paths';
import { APP_URL, isAppUrl } from './protocol';
import { safeExternalUrl } from './policy';
import { keepWindowState, loadWindowState } from './settings';

/** Opens a link in the system's browser or mail program: only https: and mailto:, after parsing (policy.ts). */
export function openExternalSafely(raw: string): boolean {
  const url = safeExternalUrl(raw);
  if (url === null) return false;
  void shell.openExternal(url);
  return true;
}

/**
 * Locks down every web contents the app creates: no navigation or redirect away from our own
 * renderer, no new windows (https:/mailto: links open outside the app instead), no <webview>.
 */
export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
}

/** The one window: sandboxed, isolated, no Node, our renderer from app://samling/. */
export function createMainWindow(): BrowserWindow {
  const state = loadWindowState();
  const win = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Samling',
    backgroundColor: '#ffffff',
    ...(existsSync(iconFile()) ? { icon: iconFile() } : {}),
    webPreferences: {
      preload: preloadFile(),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  });
  if (state.maximized) win.maximize();
  keepWindowState(win);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_URL}index.html`);
  if (!app.isPackaged && process.env.SAMLING_DEVTOOLS === '1') win.webContents.openDevTools({ mode: 'detach' });
  return win;
}
