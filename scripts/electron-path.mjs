// Finds the Electron executable without require('electron') (which throws when the binary was
// never downloaded): ELECTRON_PATH, else node_modules/electron/path.txt + dist/. Returns null
// when there is none. Shared by scripts/start.mjs and test/e2e/electron.spec.ts.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));

export function findElectron() {
  const fromEnv = process.env.ELECTRON_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  const dir = path.join(root, 'node_modules', 'electron');
  const pathTxt = path.join(dir, 'path.txt');
  if (!existsSync(pathTxt)) return null;
  const exe = path.join(dir, 'dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

export function electronVersion() {
  return JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}
