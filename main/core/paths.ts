import os from 'node:os';
import path from 'node:path';

/**
 * The desktop app's data folder, computed the way Electron's app.getPath('userData') does for
 * the product name "Samling", so that the command line and browser mode find the same file.
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

export function defaultDbFile(): string {
  return path.join(defaultDataDir(), 'samling.db');
}
