import Store from 'electron-store';
import { app, dialog, ipcMain, screen, type BrowserWindow, type Rectangle } from 'electron';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Envelope } from '../api/types';
import { backupTo } from '../core/backup';
import { usableDataDir } from '../core/paths';
import type { CoreContext } from '../core/context';
import { parseLang, type Lang } from '../core/i18n';
import { isTrustedSender } from './ipc';

// What belongs to this computer rather than to the data, kept between runs by electron-store (as
// JSON, 'innstillinger.json' in the userData folder): window placement, the language and theme
// of the window, and which folder holds the database. Everything else lives in the database.

interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export type Language = 'nb' | 'nn' | 'en';
export type Theme = 'light' | 'dark';

interface Settings {
  window?: WindowState;
  language?: Language;
  theme?: Theme;
  /** The folder of samling.db when the organiser chose another than userData. */
  dataDir?: string;
}

/** What the renderer sees (window.samlingSettings.get). */
export interface DesktopSettings {
  language: Language | null;
  theme: Theme | null;
  /** The folder whose samling.db is open now. */
  dataDir: string;
  /** The folder that will be used from the next start, when it differs from dataDir. */
  nextDataDir: string | null;
  /** Whether SAMLING_DATA_DIR fixes the folder (tests, portable use): then it cannot be chosen. */
  dataDirFixed: boolean;
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

const LANGUAGES: readonly string[] = ['nb', 'nn', 'en'];
const THEMES: readonly string[] = ['light', 'dark'];

/**
 * The folder of the database: SAMLING_DATA_DIR when set (main.ts has already pointed userData
 * there), else the folder the organiser chose in Innstillinger, else userData. The settings file
 * itself always stays in userData, so it can be found before the choice is known.
 */
export function dataDir(): string {
  if (process.env.SAMLING_DATA_DIR) return app.getPath('userData');
  return usableDataDir(settings().get('dataDir')) ?? app.getPath('userData');
}

// The folder read at start: a new choice only takes effect at the next start (the open database
// stays where it is until then).
let openedDataDir: string | null = null;
function currentDataDir(): string {
  openedDataDir ??= dataDir();
  return openedDataDir;
}

/**
 * The language the organiser chose for the app, read from the settings file at each call (the
 * renderer saves a change there at once): every core message follows it (main/electron/ipc.ts).
 */
// Every IPC call asks for the language, and electron-store reads its file on each get: keep it
// in memory (this instance is the only writer; the set handler below updates it).
let language: Lang | null = null;
export function uiLanguage(): Lang {
  language ??= parseLang(settings().get('language'));
  return language;
}

function uiLanguageChanged(lang: Language): void {
  language = parseLang(lang);
}

function desktopSettings(): DesktopSettings {
  const language = settings().get('language');
  const theme = settings().get('theme');
  const next = dataDir();
  return {
    language: language && LANGUAGES.includes(language) ? language : null,
    theme: theme && THEMES.includes(theme) ? theme : null,
    dataDir: currentDataDir(),
    nextDataDir: next === currentDataDir() ? null : next,
    dataDirFixed: Boolean(process.env.SAMLING_DATA_DIR),
  };
}

const FORBIDDEN: Envelope<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'Forespørselen kom ikke fra Samlings eget vindu og er avvist.' },
};
const invalid = (message: string): Envelope<never> => ({ ok: false, error: { code: 'invalid_input', message } });

/**
 * The settings channels behind preload's window.samlingSettings. Choosing a data folder copies
 * the open database there with the online backup (unless the folder already has a samling.db,
 * which is then used as it is) and takes effect at the next start: moving an open database under
 * the running app would risk the data.
 */
export function registerSettingsIpc(ctx: CoreContext, getWindow: () => BrowserWindow | null): void {
  currentDataDir();
  ipcMain.handle('samling-settings:get', (event): Envelope<DesktopSettings> => {
    if (!isTrustedSender(event, getWindow())) return FORBIDDEN;
    return { ok: true, value: desktopSettings() };
  });

  ipcMain.handle('samling-settings:set', (event, raw: unknown): Envelope<DesktopSettings> => {
    if (!isTrustedSender(event, getWindow())) return FORBIDDEN;
    if (typeof raw !== 'object' || raw === null) return invalid('Ugyldige innstillinger.');
    const { language, theme } = raw as { language?: unknown; theme?: unknown };
    if (language !== undefined && (typeof language !== 'string' || !LANGUAGES.includes(language))) return invalid('Ukjent språk.');
    if (theme !== undefined && (typeof theme !== 'string' || !THEMES.includes(theme))) return invalid('Ukjent fargetema.');
    if (language !== undefined) {
      settings().set('language', language as Language);
      uiLanguageChanged(language as Language);
    }
    if (theme !== undefined) settings().set('theme', theme as Theme);
    return { ok: true, value: desktopSettings() };
  });

  ipcMain.handle('samling-settings:chooseDataFolder', async (event): Promise<Envelope<DesktopSettings | null>> => {
    const win = getWindow();
    if (!isTrustedSender(event, win) || !win) return FORBIDDEN;
    if (process.env.SAMLING_DATA_DIR) return invalid('Datamappen er satt med SAMLING_DATA_DIR og kan ikke endres her.');
    const choice = await dialog.showOpenDialog(win, {
      title: 'Velg datamappe',
      buttonLabel: 'Bruk denne mappen',
      defaultPath: currentDataDir(),
      properties: ['openDirectory', 'createDirectory'],
    });
    const folder = choice.canceled ? undefined : choice.filePaths[0];
    if (!folder) return { ok: true, value: null };
    try {
      const target = path.join(folder, 'samling.db');
      if (path.resolve(folder) !== path.resolve(currentDataDir()) && !existsSync(target)) await backupTo(ctx, target);
    } catch (e) {
      return { ok: false, error: { code: 'copy_failed', message: `Databasen ble ikke kopiert til den nye mappen: ${(e as Error).message}` } };
    }
    if (path.resolve(folder) === path.resolve(app.getPath('userData'))) settings().delete('dataDir');
    else settings().set('dataDir', path.resolve(folder));
    return { ok: true, value: desktopSettings() };
  });

  ipcMain.handle('samling-settings:restart', (event): Envelope<null> => {
    if (!isTrustedSender(event, getWindow())) return FORBIDDEN;
    app.relaunch();
    app.quit();
    return { ok: true, value: null };
  });
}
