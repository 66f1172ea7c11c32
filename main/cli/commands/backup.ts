import { existsSync } from 'node:fs';
import path from 'node:path';
import { backupTo, restoreFrom } from '../../core/backup';
import { inspectDatabaseFile, latestGoodBackup, restoreOffline } from '../../core/safety';
import { backupsDir, listBackups } from '../../core/snapshots';
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
  usage: '<fil> | --latest [--json]',
  summary: 'Gjenopprett databasen fra en sikkerhetskopi (dagens data legges til side først)',
  positionals: [0, 1],
  options: {
    ...JSON_OPTION,
    latest: { type: 'boolean', description: 'Bruk den nyeste hele sikkerhetskopien i backups-mappen' },
  },
  help:
    'Lukk Samling-appen og nettlesermodus før du gjenoppretter. Filen kontrolleres før den tas i bruk,\n' +
    'og dagens database tas vare på som <database>.before-restore-<tidspunkt>.db (eller som\n' +
    '<database>.skadet-<tidspunkt> hvis den er skadet).',
  async run(cli, args) {
    // Never open the current database through the core here: restore replaces the file.
    const given = args.positionals[0];
    if (flag(args, 'latest') === (given !== undefined))
      throw new CliError('Oppgi enten en fil eller --latest. Se `samling restore --help`.');
    let source = given ? path.resolve(given) : '';
    if (!given) {
      const latest = latestGoodBackup(cli.dbFile);
      if (!latest) throw new CliError(`Fant ingen hel sikkerhetskopi i ${backupsDir(cli.dbFile)}.`);
      source = latest.file;
    }
    // A damaged database cannot be copied with SQLite's backup: keep a plain copy aside instead.
    const damaged = existsSync(cli.dbFile) && !inspectDatabaseFile(cli.dbFile).ok;
    const result = damaged ? restoreOffline(cli.dbFile, source) : await restoreFrom(source, cli.dbFile);
    if (flag(args, 'json')) printJson(cli, { ...result, restoredFrom: source });
    else
      cli.out(
        `Databasen ${result.dbFile} er gjenopprettet fra ${source}.\n` +
          (result.previous ? `Dataene som lå der før, er tatt vare på i ${result.previous}.\n` : ''),
      );
    return 0;
  },
};

export const backupsCommand: Command = {
  name: 'backups',
  usage: '[--json]',
  summary: 'Vis sikkerhetskopiene i datamappen, nyeste først',
  options: JSON_OPTION,
  async run(cli, args) {
    const list = listBackups(cli.dbFile);
    if (flag(args, 'json')) {
      printJson(cli, { folder: backupsDir(cli.dbFile), backups: list });
      return 0;
    }
    if (list.length === 0) {
      cli.out(`Ingen sikkerhetskopier i ${backupsDir(cli.dbFile)}.\n`);
      return 0;
    }
    cli.out(`Sikkerhetskopier i ${backupsDir(cli.dbFile)}:\n`);
    for (const b of list) cli.out(`  ${b.at.slice(0, 19).replace('T', ' ')}  ${b.label.padEnd(30)}  ${b.name}\n`);
    return 0;
  },
};

export const commands: Command[] = [backupCommand, restoreCommand, backupsCommand];
