import Store from 'electron-store';
import { screen, type BrowserWindow, type Rectangle } from 'electron';

// Window placement between runs (electron-store keeps it as JSON in the userData folder). Only
// bounds: everything about the data lives in the database.

interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

interface Settings {
  window?: WindowState;
}

const DEFAULT: WindowState = { width: 1280, height: 860, maximized: false };

let store: Store<Settings> | null = null;
// Created on first use: userData may be redirected (SAMLING_DATA_DIR) before that.
function settings(): Store<Settings> {
  store ??= new Store<Settings>({ name: 'innstillinger', clearInvalidConfig: true });
  return store;
}

function visible(b: Rectangle): boolean {
  return screen.getAllDisplays().some(({ workArea: a }) => b.x < a.x + a.width - 50 && b.x + b.width > a.x + 50 && b.y >= a.y - 10 && b.y < a.y + a.height - 50);
}

/** The saved bounds when they still fit on a connected screen; else a default size, centred. */
export function loadWindowState(): WindowState {
  const saved = settings().get('window');
  if (!saved || !Number.isFinite(saved.width) || !Number.isFinite(saved.height) || saved.width < 400 || saved.height < 300) return DEFAULT;
  if (saved.x === undefined || saved.y === undefined) return { ...saved, x: undefined, y: undefined };
  return visible({ x: saved.x, y: saved.y, width: saved.width, height: saved.height }) ? saved : { ...saved, x: undefined, y: undefined };
}

/** Remembers the window's normal (not maximised) bounds whenever it is closed. */
export function keepWindowState(win: BrowserWindow): void {
  win.on('close', () => {
    const b = win.getNormalBounds();
    settings().set('window', { x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() });
  });
}
