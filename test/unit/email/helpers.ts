import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { defaultParseContext, parseEmails, toSampleJson } from '../../../main/core/email';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '../../..');
export const SAMPLES_DIR = [path.resolve(REPO_ROOT, '../shared/samples/email-replies'), '/work/shared/samples/email-replies'].find((d) => existsSync(d)) ?? path.resolve(REPO_ROOT, '../shared/samples/email-replies');
export const FIXTURES_DIR = path.resolve(REPO_ROOT, 'test/fixtures/email');

export interface Case {
  name: string;
  text: string;
  expected: unknown;
}

export function loadCases(dir: string): Case[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const base = f.slice(0, -4);
      return {
        name: base,
        text: readFileSync(path.join(dir, f), 'utf8'),
        expected: JSON.parse(readFileSync(path.join(dir, `${base}.json`), 'utf8')) as unknown,
      };
    });
}

/** Diets compared as sets: sort both sides the same way. */
export function canon(v: unknown): unknown {
  const j = JSON.parse(JSON.stringify(v)) as { messages: Array<{ attendees: Array<{ diets: string[] }> }> };
  for (const m of j.messages ?? []) for (const a of m.attendees ?? []) a.diets = [...(a.diets ?? [])].sort();
  return j;
}

/** One attendee as the wording tests compare it: name, attending, diets (sorted). */
export type Row = [name: string | null, attending: boolean, diets: string[]];

export interface Reading {
  kind: string;
  rows: Row[];
  emails: Array<string | null>;
}

/**
 * Reads `body` as the text of one reply from Kari Nordmann <kari.nordmann@hfk.no> (Outlook header,
 * an optional Kopi line, a closing and signature), the way every wording test does.
 */
export function replyReader(opts: { kopi?: string; signature?: string } = {}): {
  read: (body: string, kopi?: string) => Reading;
  rows: (body: string) => Array<[string | null, boolean]>;
  diets: (body: string) => string[][];
} {
  const ctx = defaultParseContext();
  const read = (body: string, kopi = opts.kopi): Reading => {
    const text =
      'Fra: Kari Nordmann <kari.nordmann@hfk.no>\nSendt: 1. september 2015 10:00\nTil: Aina Sofie Brox\n' +
      (kopi ? `Kopi: ${kopi}\n` : '') +
      `Emne: SV: Invitasjon\n\n${body}\n\n${opts.signature ?? 'Hilsen\nKari Nordmann'}\n`;
    const m = parseEmails(text, ctx).messages[0];
    return {
      kind: m?.kind ?? 'none',
      rows: (m?.attendees ?? []).map((a) => [a.name, a.attending, [...a.diets].sort()]),
      emails: (m?.attendees ?? []).map((a) => a.email),
    };
  };
  return {
    read,
    rows: (body) => read(body).rows.map(([n, a]) => [n, a]),
    diets: (body) => read(body).rows.map((r) => r[2]),
  };
}

export const KARI_YES: Array<[string, boolean]> = [['Kari Nordmann', true]];
export const KARI_NO: Array<[string, boolean]> = [['Kari Nordmann', false]];

/** One test per case: the parse of its paste, in the samples' JSON, equals its expected JSON. */
export function itParsesEachCase(cases: readonly Case[], knownFailures: ReadonlyMap<string, string> = new Map()): void {
  const ctx = defaultParseContext();
  for (const c of cases) {
    const why = knownFailures.get(c.name);
    // A known failure is asserted to fail (it.fails): when the parser learns it, this test fails
    // and the case moves back to the ordinary ones.
    (why ? it.fails : it)(why ? `${c.name} — known failure: ${why}` : c.name, () => {
      expect(canon(toSampleJson(parseEmails(c.text, ctx)))).toEqual(canon(c.expected));
    });
  }
}
