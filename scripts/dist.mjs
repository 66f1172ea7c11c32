// `npm run dist [-- --linux|--win|--mac …]`: builds the app and packages it with electron-builder
// (electron-builder.yml). Packaging downloads Electron for the target platform and rebuilds
// better-sqlite3 for it, so it needs the internet; it is never run in CI.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { root } from './electron-path.mjs';

console.log(
  'Pakking av Samling: dette trenger nettilgang (electron-builder laster ned Electron for målplattformen og bygger ' +
    'databasemodulen for den). Ferdige filer havner i dist/.',
);
const bin = (pkg, file) => path.join(root, 'node_modules', pkg, file);
const steps = [
  [bin('electron-vite', 'bin/electron-vite.js'), 'build'],
  [bin('electron-builder', 'cli.js'), '--config', 'electron-builder.yml', ...process.argv.slice(2)],
];
for (const [script, ...args] of steps) {
  const r = spawnSync(process.execPath, [script, ...args], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('Pakkingen stoppet. Se meldingene over (mangler det nettilgang?).');
    process.exit(r.status ?? 1);
  }
}
