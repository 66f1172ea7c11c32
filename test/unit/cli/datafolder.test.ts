import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { samling } from './run';

// The desktop app keeps the data folder chosen in Innstillinger in its settings file
// (innstillinger.json in userData). The command line (and browser mode, which uses the same
// defaultDbFile) must open the database there, not a second, empty one in userData.
vi.setConfig({ testTimeout: 120_000 });

let home: string;
let userData: string;
let env: NodeJS.ProcessEnv;

beforeEach(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'samling-home-'));
  userData = path.join(home, 'Samling');
  fs.mkdirSync(userData);
  env = { ...process.env, XDG_CONFIG_HOME: home };
  delete env.SAMLING_DATA_DIR;
});

const dbLine = (stdout: string) => /^Database: +(.+) \(skjemaversjon/m.exec(stdout)?.[1];

describe.skipIf(process.platform !== 'linux')('data folder chosen in the desktop app (Linux only here: XDG_CONFIG_HOME moves userData)', () => {
  it('is where the command line opens the database', () => {
    const chosen = path.join(home, 'Delt mappe');
    fs.mkdirSync(chosen);
    fs.writeFileSync(path.join(userData, 'innstillinger.json'), JSON.stringify({ language: 'nn', dataDir: chosen }));
    const r = samling(['info'], undefined, env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(dbLine(r.stdout)).toBe(path.join(chosen, 'samling.db'));
    expect(fs.existsSync(path.join(chosen, 'samling.db'))).toBe(true);
    expect(fs.existsSync(path.join(userData, 'samling.db'))).toBe(false);
  });

  it('falls back to userData when the chosen folder is gone or the settings file is damaged', () => {
    fs.writeFileSync(path.join(userData, 'innstillinger.json'), JSON.stringify({ dataDir: path.join(home, 'borte') }));
    expect(dbLine(samling(['info'], undefined, env).stdout)).toBe(path.join(userData, 'samling.db'));
    fs.writeFileSync(path.join(userData, 'innstillinger.json'), '{ ikke json');
    expect(dbLine(samling(['info'], undefined, env).stdout)).toBe(path.join(userData, 'samling.db'));
    expect(fs.existsSync(path.join(home, 'borte'))).toBe(false);
  });

  it('is ignored when SAMLING_DATA_DIR fixes the folder', () => {
    const chosen = path.join(home, 'valgt');
    const fixed = path.join(home, 'fast');
    fs.mkdirSync(chosen);
    fs.mkdirSync(fixed);
    fs.writeFileSync(path.join(userData, 'innstillinger.json'), JSON.stringify({ dataDir: chosen }));
    expect(dbLine(samling(['info'], undefined, { ...env, SAMLING_DATA_DIR: fixed }).stdout)).toBe(path.join(fixed, 'samling.db'));
  });
});
