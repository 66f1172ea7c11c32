import type { CoreContext } from '../core/context';

/** One option of a command; `description` is the Norwegian line shown by `--help`. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Placeholder shown in help for string options, e.g. FIL or TEKST. */
  arg?: string;
  description: string;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** What a command gets from the command line's frame. */
export interface CliContext {
  /** Opens the database on first use (migrating and seeding it), then returns the same core. */
  ctx(): CoreContext;
  /** The database file, resolved; commands that never call ctx() do not touch it. */
  readonly dbFile: string;
  /** Whether --db was given (some commands use built-in defaults without it). */
  readonly dbGiven: boolean;
  /** Writes to stdout exactly as given. */
  out(text: string): void;
  /** Writes to stderr exactly as given. */
  err(text: string): void;
  /** The whole of stdin as UTF-8 text. */
  readStdin(): Promise<string>;
}

/**
 * One command of `samling`. Adding a command: write it in commands/<group>.ts and list it in
 * commands/index.ts (one line). `run` returns the exit status: 0 done, 1 the operation failed
 * (throw CliError or AppError instead where a message is needed), 2 wrong usage (UsageError).
 */
export interface Command {
  name: string;
  /** The arguments after the command's name, e.g. `[--kind TYPE] [--q TEKST] [--json]`. */
  usage: string;
  /** One Norwegian line for the command list. */
  summary: string;
  options?: Record<string, OptionSpec>;
  /** How many positional arguments the command takes: [min, max]. Default [0, 0]. */
  positionals?: [number, number];
  /** Extra Norwegian help text shown after the options. */
  help?: string;
  run(cli: CliContext, args: ParsedArgs): Promise<number>;
}

/** Wrong use of the command line: message on stderr, exit status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** An operation that failed: message on stderr, exit status 1. */
export class CliError extends Error {
  readonly fields: Record<string, string> | undefined;
  constructor(message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'CliError';
    this.fields = fields;
  }
}

export function stringOpt(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function flag(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

/** A whole, non-negative number option, or a usage error naming the option. */
export function intOpt(args: ParsedArgs, name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const raw = stringOpt(args, name);
  if (raw === undefined) return fallback;
  const n = Number(raw.replace(/[\s_]/g, ''));
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`--${name} må være et helt tall fra ${min} til ${max} (fikk «${raw}»).`);
  return n;
}

export const JSON_OPTION: Record<string, OptionSpec> = {
  json: { type: 'boolean', description: 'Skriv resultatet som JSON (og ingenting annet) på stdout' },
};
