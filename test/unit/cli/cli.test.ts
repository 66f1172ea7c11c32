import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppInfo, Organisation, SignupList } from '../../../main/api/types';
import { samling, samlingJson } from './run';

// Every step starts the real command line (about a second each, more on a busy machine).
vi.setConfig({ testTimeout: 120_000 });

let dir: string;
let db: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samling-'));
  db = path.join(dir, 'samling.db');
});

const total = (file: string) => samlingJson<SignupList>(['--db', file, 'signups', '--json']).total;

describe('orgs', () => {
  it('lists the 19 counties of 2015 with numbers 01–20 (no 13) and their e-mail domains', () => {
    const counties = samlingJson<Organisation[]>(['--db', db, 'orgs', '--kind', 'county', '--json']);
    expect(counties).toHaveLength(19);
    const expected = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')).filter((n) => n !== '13');
    expect(counties.map((c) => c.number)).toEqual(expected);
    for (const c of counties) {
      expect(c.kind).toBe('county');
      expect(c.emailDomains.length).toBeGreaterThan(0);
      for (const d of c.emailDomains) expect(d).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    }
    expect(counties.find((c) => c.number === '01')).toMatchObject({ name: 'Østfold', emailDomains: ['ostfoldfk.no'] });
  });

  it('prints a readable table without --json', () => {
    const r = samling(['--db', db, 'orgs', '--kind', 'county']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^01 {2}Østfold +ostfoldfk\.no$/m);
    expect(r.stdout).toMatch(/^20 {2}Finnmark +ffk\.no$/m);
    expect(r.stdout.trim().split('\n')).toHaveLength(19);
  });

  it('refuses an unknown kind as a usage error', () => {
    const r = samling(['--db', db, 'orgs', '--kind', 'fylke']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Ugyldig verdi for --kind/);
    expect(r.stdout).toBe('');
  });
});

describe('info', () => {
  it('shows the 2015 kick-off with its deadline and the registry', () => {
    const info = samlingJson<AppInfo>(['--db', db, 'info', '--json']);
    expect(info.event?.deadline).toBe('2015-09-07');
    expect(info.event?.startsAt).toBe('2015-09-24T10:00:00');
    expect(info.registry).toMatchObject({ counties: 19, municipalities: 428, regions: 21 });
  });

  it('prints Norwegian dates without --json', () => {
    const r = samling(['--db', db, 'info']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Påmeldingsfrist: +07\.09\.2015/);
    expect(r.stdout).toMatch(/24\.09\.2015 10:00–15:30/);
  });
});

describe('call', () => {
  it('runs an operation with the same validation as the app', () => {
    const created = samlingJson<{ name: string; state: string }>([
      '--db', db, 'call', 'signups:create', JSON.stringify({ name: 'Kari Nordmann', email: 'kari.nordmann@vfk.no' }),
    ]);
    expect(created).toMatchObject({ name: 'Kari Nordmann' });
    expect(total(db)).toBe(1);
  });

  it('bad input: exit 1, a Norwegian message on stderr, nothing on stdout, nothing stored', () => {
    const before = total(db);
    const r = samling(['--db', db, 'call', 'signups:create', JSON.stringify({ name: '', email: 'ikke-en-adresse' })]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Navn må fylles ut|Ugyldig e-postadresse/);
    expect(total(db)).toBe(before);
  });

  it('reads the input from stdin with -', () => {
    const r = samling(['--db', db, 'call', 'signups:create', '-'], JSON.stringify({ name: 'Ola Nordmann', email: 'ola@hfk.no' }));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ name: 'Ola Nordmann', email: 'ola@hfk.no' });
  });

  it('invalid JSON and unknown operations are usage errors', () => {
    expect(samling(['--db', db, 'call', 'signups:create', '{name:']).code).toBe(2);
    const r = samling(['--db', db, 'call', 'signups:explode', '{}']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Ukjent operasjon «signups:explode»/);
  });
});

describe('the frame', () => {
  it('an unknown command exits with 2 and says so in Norwegian', () => {
    const r = samling(['--db', db, 'frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Ukjent kommando «frobnicate»/);
    expect(r.stdout).toBe('');
  });

  it('an unknown option exits with 2', () => {
    const r = samling(['--db', db, 'orgs', '--colour']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Ukjent valg --colour/);
  });

  it('--help is Norwegian, and neither it nor ops opens the database', () => {
    const help = samling(['--db', db, '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Bruk: samling \[--db FIL\] <kommando>/);
    expect(samling(['--db', db, 'backup', '--help']).stdout).toMatch(/--force/);
    const ops = samlingJson<{ name: string; doc: string }[]>(['--db', db, 'ops', '--json']);
    expect(ops.map((o) => o.name)).toContain('signups:create');
    expect(ops.every((o) => o.doc.length > 0)).toBe(true);
    expect(fs.existsSync(db)).toBe(false);
  });
});

describe('backup and restore', () => {
  const add = (name: string, email: string) =>
    samlingJson(['--db', db, 'call', 'signups:create', JSON.stringify({ name, email })]);
  const names = () => samlingJson<SignupList>(['--db', db, 'signups', '--json']).rows.map((s) => s.name).sort();

  it('round trip: what was written after the backup is gone, and kept aside', () => {
    add('Før Kopien', 'for@vfk.no');
    const backup = path.join(dir, 'kopi.db');
    expect(samling(['--db', db, 'backup', backup]).code).toBe(0);
    add('Etter Kopien', 'etter@vfk.no');
    expect(names()).toEqual(['Etter Kopien', 'Før Kopien']);

    const r = samling(['--db', db, 'restore', backup, '--json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as { previous: string; dbFile: string };
    expect(names()).toEqual(['Før Kopien']);
    expect(path.basename(result.previous)).toMatch(/^samling\.db\.before-restore-.+\.db$/);
    expect(fs.existsSync(result.previous)).toBe(true);
    const aside = samlingJson<SignupList>(['--db', result.previous, 'signups', '--json']).rows.map((s) => s.name).sort();
    expect(aside).toEqual(['Etter Kopien', 'Før Kopien']);
  });

  it('does not overwrite an existing file without --force', () => {
    const target = path.join(dir, 'finnes.db');
    fs.writeFileSync(target, 'noe annet');
    const r = samling(['--db', db, 'backup', target]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/finnes allerede.*--force/);
    expect(fs.readFileSync(target, 'utf8')).toBe('noe annet');
    expect(samling(['--db', db, 'backup', target, '--force']).code).toBe(0);
    expect(fs.readFileSync(target).subarray(0, 15).toString()).toBe('SQLite format 3');
  });

  it('refuses a file that is not a Samling database and changes nothing', () => {
    add('Blir Værende', 'blir@vfk.no');
    const bogus = path.join(dir, 'tull.db');
    fs.writeFileSync(bogus, 'dette er ingen database');
    const r = samling(['--db', db, 'restore', bogus]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ikke en Samling-database/);
    expect(names()).toEqual(['Blir Værende']);
    expect(fs.readdirSync(dir).some((f) => f.includes('before-restore'))).toBe(false);
  });
});
