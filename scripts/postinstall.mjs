// Electron's own postinstall downloads its binary; that fails offline and would roll back the
// whole install, so package.json's "allowScripts" skips it. Here we try the download once and
// only warn when it fails: the desktop app then falls back to browser mode (see scripts/start.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const electronDir = path.join(root, 'node_modules', 'electron');
if (!existsSync(electronDir) || process.env.ELECTRON_SKIP_BINARY_DOWNLOAD === '1' || process.env.CI) {
  process.exit(0);
}
const pathTxt = path.join(electronDir, 'path.txt');
if (existsSync(pathTxt) && existsSync(path.join(electronDir, 'dist', readFileSync(pathTxt, 'utf8').trim()))) {
  process.exit(0);
}
const require = createRequire(import.meta.url);
const r = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'pipe', timeout: 120_000 });
if (r.status !== 0) {
  console.warn('samling: Electron-binæren kunne ikke lastes ned (ingen nettilgang?). `npm start` bruker nettlesermodus i stedet.');
}
void require;
