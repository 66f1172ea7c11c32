import type { OpInput, OpName, OpResult } from '../api/contract';
import { invoke } from '../core/dispatch';
import { currentLang } from '../core/i18n';
import { CliError, type CliContext } from './types';

/** JSON on stdout, pretty-printed with two spaces, and nothing else. */
export function printJson(cli: CliContext, value: unknown): void {
  cli.out(JSON.stringify(value, null, 2) + '\n');
}

/**
 * Runs one operation through the same door as the app (validation, transaction, envelope), in
 * the language runCli chose (--lang / $SAMLING_LANG).
 */
export function callOp<K extends OpName>(cli: CliContext, name: K, input?: OpInput<K>): OpResult<K> {
  const env = invoke(cli.ctx(), name, input, { lang: currentLang() });
  if (!env.ok) throw new CliError(env.error.message, env.error.fields);
  return env.value as OpResult<K>;
}

/**
 * A plain text table: columns padded to their widest cell, two spaces between, no trailing
 * spaces. Widths count characters (Æ Ø Å are one character each).
 */
export function formatTable(rows: readonly (readonly string[])[], header?: readonly string[]): string {
  const all = header ? [header, ...rows] : [...rows];
  if (all.length === 0) return '';
  const cols = Math.max(...all.map((r) => r.length));
  const widths: number[] = [];
  for (let c = 0; c < cols; c++) widths.push(Math.max(...all.map((r) => [...(r[c] ?? '')].length)));
  const line = (r: readonly string[]) =>
    r
      .map((cell, c) => (c === r.length - 1 ? cell : cell + ' '.repeat((widths[c] ?? 0) - [...cell].length)))
      .join('  ')
      .trimEnd();
  const out = all.map(line);
  if (header) out.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return out.join('\n') + '\n';
}

/** '2015-09-03T14:12:00' → '03.09.2015 14:12' */
export function formatWallNb(wall: string | null | undefined): string {
  if (!wall) return '';
  const [y, m, d] = wall.slice(0, 10).split('-');
  const time = wall.length >= 16 ? ` ${wall.slice(11, 16)}` : '';
  return `${d}.${m}.${y}${time}`;
}

/** 12345 → '12 345' (Norwegian thousands separator, a space). */
export function formatCount(n: number): string {
  return new Intl.NumberFormat('nb-NO').format(n).replace(/\u00a0/g, ' ');
}
