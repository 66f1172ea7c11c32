// `npm test`: type check, lint, Vitest (unit and integration), build, Playwright (browser
// end to end). Each step's own output is shown as it runs; at the end one plain line counts
// every test of both runners ("Totalt: N passed, N failed, N skipped"), so a reader — or CI —
// sees the whole result without adding up two reports. Exits non-zero if any step failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const out = path.join(root, 'test', 'artifacts', 'results');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function run(title, cmd, args, env = {}) {
  console.log(`\n== ${title} ==`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

ok = run('Typesjekk (tsc)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']) && ok;
ok = run('Lint (eslint)', bin('eslint'), ['.']) && ok;

const vitestJson = path.join(out, 'vitest.json');
ok = run('Enhets- og integrasjonstester (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]) && ok;
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
  totals.passed += v.numPassedTests ?? 0;
  totals.failed += (v.numFailedTests ?? 0) + (v.numFailedTestSuites ?? 0);
  totals.skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
} else totals.failed += 1;

const built = run('Bygg (electron-vite)', bin('electron-vite'), ['build']);
ok = built && ok;
if (built) {
  const pwJson = path.join(out, 'playwright.json');
  ok = run('Ende-til-ende i Chromium (playwright)', bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson }) && ok;
  if (existsSync(pwJson)) {
    const s = JSON.parse(readFileSync(pwJson, 'utf8')).stats ?? {};
    totals.passed += (s.expected ?? 0) + (s.flaky ?? 0);
    totals.failed += s.unexpected ?? 0;
    totals.skipped += s.skipped ?? 0;
  } else totals.failed += 1;
}

if (!ok && totals.failed === 0) totals.failed = 1; // tsc, lint or build failed: count it
console.log(`\nTotalt: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok ? 0 : 1);
