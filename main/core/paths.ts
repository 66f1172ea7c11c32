import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The desktop app's userData folder, computed the way Electron's app.getPath('userData') does
 * for the product name "Samling", so that the command line and browser mode find the same files.
 * SAMLING_DATA_DIR overrides it (tests, portable installs).
 */
export function defaultDataDir(): string {
  if (process.env.SAMLING_DATA_DIR) return path.resolve(process.env.SAMLING_DATA_DIR);
  const home = os.homedir();
  switch (process.platform) {
    case 'win32':
      return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Samling');
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', 'Samling');
    default:
      return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Samling');
  }
}

/** The desktop app's settings file (electron-store, name 'innstillinger'), always in userData. */
export function settingsFile(userData: string = defaultDataDir()): string {
  return path.join(userData, 'innstillinger.json');
}

/**
 * A data folder chosen in Innstillinger is used only while it is an absolute path to a folder
 * that exists (a removed USB stick or network drive falls back to userData instead of creating
 * an empty database somewhere else). One rule for the desktop app and the other doors.
 */
export function usableDataDir(chosen: unknown): string | null {
  return typeof chosen === 'string' && path.isAbsolute(chosen) && existsSync(chosen) ? chosen : null;
}

/** The folder chosen in the desktop app's Innstillinger, read from its settings file, if any. */
export function chosenDataDir(userData: string = defaultDataDir()): string | null {
  if (process.env.SAMLING_DATA_DIR) return null;
  try {
    const raw = JSON.parse(readFileSync(settingsFile(userData), 'utf8')) as { dataDir?: unknown } | null;
    return usableDataDir(raw?.dataDir);
  } catch {
    return null; // no settings file yet, or one the desktop app will itself reset
  }
}

/**
 * The database the desktop app uses, so that the command line and browser mode open the same
 * file: samling.db in the folder chosen in Innstillinger, else in userData.
 */
export function defaultDbFile(): string {
  const userData = defaultDataDir();
  return path.join(chosenDataDir(userData) ?? userData, 'samling.db');
}
