import { app } from 'electron';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { dataDir } from './settings';

// Where the built parts lie: under the app's folder (the project root in development, started as
// `electron .`; app.asar when packaged). Not relative to this module, which the bundler may move
// into a shared chunk.
const appRoot = () => app.getAppPath();

export const rendererDir = () => path.join(appRoot(), 'out', 'renderer');
export const preloadFile = () => path.join(appRoot(), 'out', 'preload', 'index.cjs');
export const iconFile = () => path.join(appRoot(), 'resources', 'icon.png');

/** The desktop app's database; the CLI and browser mode find the same file (core/paths.ts). */
export function databaseFile(): string {
  // The folder chosen in Innstillinger, if any (settings.ts); else userData.
  return path.join(dataDir(), 'samling.db');
}

/**
 * better-sqlite3's native addon for Electron's ABI. In development the Node build stays in
 * node_modules (for tests and the CLI) and scripts/start.mjs builds an Electron copy in
 * .electron-native/; a packaged app has node_modules rebuilt for Electron by electron-builder,
 * so the default lookup is right there.
 */
export function nativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const dev = path.join(appRoot(), '.electron-native', 'better_sqlite3.node');
  return existsSync(dev) ? dev : undefined;
}
