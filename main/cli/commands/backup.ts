import { existsSync } from 'node:fs';
import path from 'node:path';
import { backupTo, restoreFrom } from '../../core/backup';
import { formatCount, printJson } from '../output';
import { CliError, flag, JSON_OPTION, type Command } from '../types';

export const backupCommand: Command = {
  name: 'backup',
  usage: '<fil> [--force] [--json]',
  summary: 'Lag en sikkerhetskopi av databasen (trygt også mens appen er i bruk)',
  positionals: [1, 1],
  options: {
    ...JSON_OPTION,
    force: { type: 'boolean', description: 'Overskriv filen hvis den finnes' },
  },
  async run(cli, args) {
    const file = path.resolve(args.positionals[0] ?? '');
    if (existsSync(file) && !flag(args, 'force'))
      throw new CliError(`Filen ${file} finnes allerede. Velg et annet navn, eller bruk --force for å overskrive den.`);
    const result = await backupTo(cli.ctx(), file, { overwrite: flag(args, 'force') });
    if (flag(args, 'json')) printJson(cli, result);
    else cli.out(`Sikkerhetskopien er lagret i ${result.file} (${formatCount(Math.ceil(result.bytes / 1024))} kB).\n`);
    return 0;
  },
};

export const restoreCommand: Command = {
  name: 'restore',
  usage: '<fil> [--json]',
  summary: 'Gjenopprett databasen fra en sikkerhetskopi (dagens data legges til side først)',
  positionals: [1, 1],
  options: JSON_OPTION,
  help: 'Lukk Samling-appen og nettlesermodus før du gjenoppretter. Filen kontrolleres før den tas i bruk,\nog dagens database tas vare på som <database>.before-restore-<tidspunkt>.db.',
  async run(cli, args) {
    // Never open the current database through the core here: restore replaces the file.
    const result = await restoreFrom(args.positionals[0] ?? '', cli.dbFile);
    if (flag(args, 'json')) printJson(cli, result);
    else
      cli.out(
        `Databasen ${result.dbFile} er gjenopprettet fra ${path.resolve(args.positionals[0] ?? '')}.\n` +
          (result.previous ? `Dataene som lå der før, er tatt vare på i ${result.previous}.\n` : ''),
      );
    return 0;
  },
};

export const commands: Command[] = [backupCommand, restoreCommand];
