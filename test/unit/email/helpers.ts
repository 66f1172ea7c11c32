import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
