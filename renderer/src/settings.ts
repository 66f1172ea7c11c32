import type { Envelope } from '../../main/api/types';
import { LANGUAGES, setLanguage, type Language } from './i18n/nb';

// The settings that belong to this computer: language and colour theme. Two backends with the
// same choices: the desktop app keeps them in its settings file (main/electron/settings.ts, via
// preload's window.samlingSettings), browser mode in localStorage. The desktop app also mirrors
// them in localStorage, because that can be read synchronously: main.tsx applies the mirror
// before anything is drawn, then asks main (async) and corrects it if the file says otherwise.
// Backup settings and the organiser are data and go through the core (settings:*, events:update).

export type Theme = 'light' | 'dark';
export const THEMES: readonly Theme[] = ['light', 'dark'];
export type { Language };

export interface UiSettings {
  language: Language;
  theme: Theme;
}

/** What main/electron/settings.ts answers (kept in step by hand: the renderer imports no main code). */
export interface DesktopSettings {
  language: Language | null;
  theme: Theme | null;
  dataDir: string;
  nextDataDir: string | null;
  dataDirFixed: boolean;
}

interface DesktopSettingsApi {
  get(): Promise<Envelope<DesktopSettings>>;
  set(changes: Partial<UiSettings>): Promise<Envelope<DesktopSettings>>;
  /** Opens main's folder dialog; null value when the organiser cancelled. */
  chooseDataFolder(): Promise<Envelope<DesktopSettings | null>>;
  restart(): Promise<Envelope<null>>;
}

declare global {
  interface Window {
    /** Set by preload/ in the desktop app. */
    samlingSettings?: DesktopSettingsApi;
  }
}

export const desktopSettings = (): DesktopSettingsApi | undefined => (typeof window === 'undefined' ? undefined : window.samlingSettings);

const KEY = 'samling.settings';
export const DEFAULTS: UiSettings = { language: 'nb', theme: 'light' };

const isLanguage = (v: unknown): v is Language => typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);
const isTheme = (v: unknown): v is Theme => typeof v === 'string' && (THEMES as readonly string[]).includes(v);

function readLocal(): UiSettings {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    const o = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    return { language: isLanguage(o.language) ? o.language : DEFAULTS.language, theme: isTheme(o.theme) ? o.theme : DEFAULTS.theme };
  } catch {
    // Unreadable (or no storage at all): the defaults, rather than no app.
    return { ...DEFAULTS };
  }
}

function writeLocal(s: UiSettings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(s));
  } catch {
    // Storage full or disabled: the choice still applies for this session.
  }
}

let current: UiSettings = { ...DEFAULTS };

function applyTheme(theme: Theme): void {
  // Designsystemet switches every --ds-color-* variable on this attribute; our CSS uses those.
  document.documentElement.dataset.colorScheme = theme;
}

function apply(s: UiSettings): void {
  current = s;
  applyTheme(s.theme);
  setLanguage(s.language);
}

/** The language and theme in use. */
export function uiSettings(): UiSettings {
  return current;
}

/**
 * At start, before the first render: the local copy at once (no flash of the wrong language or
 * a white page in dark mode), then in the desktop app the settings file, which wins.
 */
export async function loadUiSettings(): Promise<UiSettings> {
  apply(readLocal());
  const desktop = desktopSettings();
  if (desktop) {
    try {
      const res = await desktop.get();
      if (res.ok) {
        const fromFile: UiSettings = { language: res.value.language ?? current.language, theme: res.value.theme ?? current.theme };
        if (fromFile.language !== current.language || fromFile.theme !== current.theme) apply(fromFile);
        writeLocal(current);
      }
    } catch {
      // main did not answer: keep the local copy.
    }
  }
  return current;
}

/** Saves and applies a change of language and/or theme (a language change re-renders the app). */
export async function saveUiSettings(changes: Partial<UiSettings>): Promise<UiSettings> {
  const next: UiSettings = { ...current, ...changes };
  writeLocal(next);
  const desktop = desktopSettings();
  if (desktop) {
    try {
      await desktop.set(changes);
    } catch {
      // The local copy keeps the choice; the file catches up on the next change.
    }
  }
  apply(next);
  return next;
}
