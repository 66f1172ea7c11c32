import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CoreContext } from '../core/context';
import { AppError } from '../core/errors';
import { isLang, t, withLang, type Lang } from '../core/i18n';
import { openCoreOrExplain } from '../core/safety';
import { defaultDbFile } from '../core/paths';
import { COMMANDS } from './commands';
import { CliError, UsageError, type CliContext, type Command, type OptionSpec } from './types';

// `samling [--db FIL] <kommando> [valg]`: the command-line door. It only translates: arguments
// in, one core operation, JSON or a readable table out. Exit status 0 done, 1 the operation
// failed, 2 wrong usage.

const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  db: { type: 'string', arg: 'FIL', description: `Databasefilen (standard: skrivebordsappens egen, ${defaultDbFile()})` },
  lang: { type: 'string', arg: 'SPRÅK', description: 'Språket i meldinger fra kjernen: nb, nn eller en (standard: $SAMLING_LANG, ellers nb)' },
  help: { type: 'boolean', short: 'h', description: 'Vis hjelp' },
};

function optionLines(options: Record<string, OptionSpec>): string {
  const rows = Object.entries(options).map(([name, o]) => [
    `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ` ${o.arg ?? 'VERDI'}` : ''}`,
    o.description,
  ]);
  const width = Math.max(...rows.map((r) => (r[0] ?? '').length));
  return rows.map(([a = '', b = '']) => `  ${a.padEnd(width)}  ${b}`).join('\n');
}

export function globalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Samling – påmeldinger, setefordeling og lister fra kommandolinjen.',
    '',
    'Bruk: samling [--db FIL] <kommando> [valg]',
    '',
    'Kommandoer:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Felles valg:',
    optionLines(GLOBAL_OPTIONS),
    '',
    'Skriv `samling <kommando> --help` for valgene til én kommando.',
    'Med --json skrives bare JSON på stdout; feilmeldinger går alltid til stderr.',
    '',
  ].join('\n');
}

export function commandHelp(c: Command): string {
  return [
    `${c.summary}.`,
    '',
    `Bruk: samling [--db FIL] ${c.name} ${c.usage}`.trimEnd(),
    '',
    'Valg:',
    optionLines({ ...(c.options ?? {}), ...GLOBAL_OPTIONS }),
    ...(c.help ? ['', c.help] : []),
    '',
  ].join('\n');
}

/** Norwegian text for node:util parseArgs' English errors. */
function usageFromParseError(e: unknown, command: string): UsageError {
  const err = e as { code?: string; message?: string };
  const opt = /'(-{1,2}[^' ,]+)/.exec(err.message ?? '')?.[1] ?? '';
  const where = command ? ` for ${command}` : '';
  const hint = `Se \`samling ${command ? command + ' ' : ''}--help\`.`;
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`Ukjent valg ${opt}${where}. ${hint}`);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return new UsageError(`Valget ${opt} mangler verdi eller skal ikke ha verdi. ${hint}`);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UsageError(`For mange argumenter${where}. ${hint}`);
    default:
      return new UsageError(`Kunne ikke lese argumentene: ${err.message ?? String(e)}. ${hint}`);
  }
}

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readStdin(): Promise<string>;
}

const processIo: CliIo = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

/** `--lang` (before or after the command) wins over $SAMLING_LANG; default bokmål. */
function languageOf(argv: readonly string[], env: NodeJS.ProcessEnv): Lang | UsageError {
  let given: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--') break;
    if (a === '--lang') given = argv[i + 1] ?? '';
    else if (a.startsWith('--lang=')) given = a.slice('--lang='.length);
  }
  if (given !== undefined) return isLang(given) ? given : new UsageError(`--lang må være nb, nn eller en (fikk «${given}»).`);
  const fromEnv = env.SAMLING_LANG?.trim().toLowerCase();
  return isLang(fromEnv) ? fromEnv : 'nb';
}

/**
 * Runs the command line and returns the exit status. Never calls process.exit itself. Every
 * message from the core is in the language of --lang or $SAMLING_LANG (main/core/i18n).
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const lang = languageOf(argv, env);
  if (lang instanceof UsageError) {
    io.err(`samling: ${lang.message}\n`);
    return 2;
  }
  return withLang(lang, () => run(argv, io));
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let core: CoreContext | null = null;
  let commandName = '';
  try {
    // Options before the command belong to the frame (--db, --lang, --help); the rest to the command.
    let i = 0;
    let globalDb: string | undefined;
    let wantHelp = false;
    for (; i < argv.length; i++) {
      const a = argv[i] ?? '';
      if (a === '--lang') i++;
      else if (a.startsWith('--lang=')) continue;
      else if (a === '--db') {
        globalDb = argv[++i];
        if (globalDb === undefined || globalDb === '') throw new UsageError('--db må etterfølges av en filsti.');
      } else if (a.startsWith('--db=')) globalDb = a.slice(5);
      else if (a === '--help' || a === '-h') wantHelp = true;
      else if (a === '--') continue;
      else if (a.startsWith('-')) throw new UsageError(`Ukjent valg ${a}. Se \`samling --help\`.`);
      else break;
    }
    commandName = argv[i] ?? '';
    if (!commandName || commandName === 'help') {
      const topic = commandName === 'help' ? COMMANDS.find((c) => c.name === argv[i + 1]) : undefined;
      if (!commandName && !wantHelp) {
        io.err(globalHelp());
        return 2;
      }
      io.out(topic ? commandHelp(topic) : globalHelp());
      return 0;
    }
    const command = COMMANDS.find((c) => c.name === commandName);
    if (!command) throw new UsageError(`Ukjent kommando «${commandName}». Se \`samling --help\` for listen over kommandoer.`);
    if (wantHelp) {
      io.out(commandHelp(command));
      return 0;
    }
    const options = { ...(command.options ?? {}), ...GLOBAL_OPTIONS };
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({
        args: argv.slice(i + 1) as string[],
        options: Object.fromEntries(
          Object.entries(options).map(([k, o]) => [k, o.short ? { type: o.type, short: o.short } : { type: o.type }]),
        ),
        allowPositionals: true,
        strict: true,
      });
    } catch (e) {
      throw usageFromParseError(e, commandName);
    }
    const values = parsed.values as Record<string, string | boolean | undefined>;
    if (values.help === true) {
      io.out(commandHelp(command));
      return 0;
    }
    const [min, max] = command.positionals ?? [0, 0];
    if (parsed.positionals.length < min || parsed.positionals.length > max)
      throw new UsageError(
        `${parsed.positionals.length < min ? 'For få' : 'For mange'} argumenter til ${commandName}. Bruk: samling ${commandName} ${command.usage}`,
      );
    const dbOpt = typeof values.db === 'string' ? values.db : globalDb;
    if (dbOpt === '') throw new UsageError('--db må etterfølges av en filsti.');
    const dbFile = path.resolve(dbOpt ?? defaultDbFile());
    const cli: CliContext = {
      dbFile,
      dbGiven: dbOpt !== undefined,
      ctx: () => (core ??= openCoreOrExplain(dbFile, t('Kjør `samling restore --latest` for å gjenopprette den nyeste sikkerhetskopien.'))),
      out: io.out,
      err: io.err,
      readStdin: io.readStdin,
    };
    return await command.run(cli, { values, positionals: parsed.positionals });
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`samling: ${e.message}\n`);
      return 2;
    }
    if (e instanceof CliError || e instanceof AppError) {
      io.err(`samling: ${e.message}\n`);
      const fields = e.fields ?? {};
      for (const [k, v] of Object.entries(fields)) if (!e.message.includes(v)) io.err(`  ${k}: ${v}\n`);
      return 1;
    }
    io.err(`samling: Noe gikk galt: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  } finally {
    (core as CoreContext | null)?.db.close();
  }
}

function isEntry(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  const here = new URL(import.meta.url).pathname;
  return path.resolve(entry) === here || path.resolve(entry) === here.replace(/\.ts$/, '');
}

if (isEntry()) {
  // Set the exit code rather than calling exit(): stdout may still be draining into a pipe.
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
