// `npm start`: the desktop app when Electron can run here, else browser mode, with one clear
// Norwegian line saying why. Steps: find Electron (without require('electron')), build, make sure
// better-sqlite3 has an Electron-ABI copy in .electron-native/ (node_modules keeps the Node
// build, so `npm test` and `npm start` work in either order), launch, and fall back to browser
// mode when Electron exits at once (no display, missing libraries …).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { electronVersion, findElectron, root } from './electron-path.mjs';

const args = process.argv.slice(2);
const nativeDir = path.join(root, '.electron-native');
const nativeFile = path.join(nativeDir, 'better_sqlite3.node');
const stampFile = path.join(nativeDir, 'electron-version.txt');

function browserMode(reason) {
  console.log(`${reason} Starter nettlesermodus i stedet.`);
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'web.mjs'), ...args], { cwd: root, stdio: 'inherit' });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code) => process.exit(code ?? 0));
}

function build() {
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return r.status === 0;
}

/** True when the .node file loads under this Node: then it is a Node build, not Electron's. */
function loadsInNode(file) {
  try {
    const m = { exports: {} };
    process.dlopen(m, file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Builds better-sqlite3 for Electron's ABI in a copy under .electron-native/ with node-gyp and
 * Electron's headers (needs the internet once). npm's nodedir setting is removed for this build:
 * with it node-gyp would silently compile against Node's headers instead.
 */
function ensureNative(version) {
  if (existsSync(nativeFile) && existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === version) return null;
  console.log(`Bygger databasemodulen (better-sqlite3) for Electron ${version} …`);
  const src = path.join(root, 'node_modules', 'better-sqlite3');
  const work = path.join(nativeDir, 'better-sqlite3');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(nativeDir, { recursive: true });
  // Without the Node build (build/): node-gyp makes a fresh one for Electron.
  const nodeBuild = path.join(src, 'build');
  cpSync(src, work, { recursive: true, filter: (p) => p !== nodeBuild && !p.startsWith(nodeBuild + path.sep) });
  const require = createRequire(import.meta.url);
  let gyp;
  try {
    gyp = require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    return 'node-gyp finnes ikke i node_modules, så databasemodulen kan ikke bygges for Electron.';
  }
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_config_(nodedir|target|runtime|disturl|dist_url)$/i.test(k)));
  const r = spawnSync(
    process.execPath,
    [gyp, 'rebuild', '--release', `--target=${version}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'],
    { cwd: work, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const log = path.join(nativeDir, 'build.log');
  writeFileSync(log, `${r.stdout ?? ''}${r.stderr ?? ''}`);
  const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
  if (r.status !== 0 || !existsSync(built))
    return `Databasemodulen kunne ikke bygges for Electron (node-gyp feilet – trenger nettilgang én gang for Electrons headerfiler; se ${path.relative(root, log)}).`;
  if (loadsInNode(built)) return 'Byggingen av databasemodulen ga en Node-utgave, ikke en Electron-utgave.';
  copyFileSync(built, nativeFile);
  writeFileSync(stampFile, version + '\n');
  return null;
}

function launch(exe) {
  const child = spawn(exe, ['.', ...args], { cwd: root, stdio: ['ignore', 'inherit', 'pipe'] });
  let errText = '';
  let early = true;
  child.stderr.on('data', (d) => {
    process.stderr.write(d);
    if (early) errText += d.toString();
  });
  const timer = setTimeout(() => (early = false), 4000);
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('error', (e) => {
    clearTimeout(timer);
    browserMode(`Electron kan ikke startes her (${e.message}).`);
  });
  child.on('exit', (code, signal) => {
    clearTimeout(timer);
    if (early && code !== 0) {
      const why = /display|DISPLAY|X server|ozone/i.test(errText) ? 'ingen skjerm tilgjengelig' : `avsluttet straks med status ${code ?? signal}`;
      browserMode(`Electron kan ikke startes her (${why}).`);
      return;
    }
    process.exit(code ?? 0);
  });
}

const exe = findElectron();
if (!exe) {
  browserMode('Electron kan ikke startes her (fant ikke Electron-programmet i node_modules/electron/dist).');
} else if (!build()) {
  process.exit(1);
} else {
  const problem = ensureNative(electronVersion());
  if (problem) browserMode(problem);
  else launch(exe);
}
