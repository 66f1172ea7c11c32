import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { EXPORT_LIST_NAMES, SHEET_KIND_NAMES, type ExportListName, type SheetKindName } from '../../api/ops/exports';
import { previewSheet } from '../../core/exports/import';
import { SHEET_LIMITS } from '../../core/exports/sheetread';
import { registerUpload, waitForUpload } from '../../core/exports/uploads';
import { writeExport } from '../../core/exports/write';
import { AppError } from '../../core/errors';
import { callOp, formatCount, printJson } from '../output';
import { CliError, flag, intOpt, JSON_OPTION, stringOpt, UsageError, type Command } from '../types';

// `samling export` and `samling import-sheet`: the command line's doors to main/core/exports.
// Writing a file is async, so `export` calls the core writer directly (not through an operation);
// `import-sheet` reads the file itself (the CLI may take a path; the renderer never does) and then
// previews and commits through the same operations as the app. runCli (main/cli/main.ts) runs every
// command inside withLang(--lang or $SAMLING_LANG), and that language follows writeExport across
// its awaits: the file's name, sheets, headers and labels are in it (dates stay dd.mm.yyyy).

export const exportCommand: Command = {
  name: 'export',
  usage: '<catering|venue|sessions|chase|full> --out FIL [--event ID] [--csv] [--json]',
  summary: 'Lag en liste som Excel-fil (eller CSV) for catering, lokale, gruppesamlinger, purring eller arkiv',
  positionals: [1, 1],
  options: {
    ...JSON_OPTION,
    out: { type: 'string', short: 'o', arg: 'FIL', description: 'Filen som skal skrives (.xlsx, eller .csv med --csv)' },
    event: { type: 'string', arg: 'ID', description: 'Samlingen (standard: gjeldende samling)' },
    csv: { type: 'boolean', description: 'Skriv CSV (semikolon, UTF-8 med BOM) i stedet for Excel' },
  },
  help:
    'Lister:\n  catering  Lunsjliste: antall lunsjer, allergier og hensyn\n  venue     Deltakerliste for resepsjon og navnelapper\n' +
    '  sessions  Gruppesamlinger, ett ark per gruppe\n  chase     Purreliste: fylkeskommuner (og byregioner) uten deltaker\n' +
    '  full      Full eksport av alle påmeldinger og registeret, for arkivet',
  async run(cli, args) {
    const list = args.positionals[0] ?? '';
    if (!(EXPORT_LIST_NAMES as readonly string[]).includes(list))
      throw new UsageError(`Ukjent liste «${list}». Velg en av ${EXPORT_LIST_NAMES.join(', ')}.`);
    const out = stringOpt(args, 'out');
    if (!out) throw new UsageError('Oppgi filen som skal skrives med --out FIL.');
    const format = flag(args, 'csv') ? 'csv' : 'xlsx';
    const eventId = stringOpt(args, 'event') === undefined ? undefined : intOpt(args, 'event', 0, 1);
    const json = flag(args, 'json');
    let last = 0;
    const result = await writeExport(cli.ctx(), { list: list as ExportListName, format, eventId }, path.resolve(out), (done, total) => {
      // Progress on stderr for long lists, at most every 10 %, so stdout stays the result.
      if (json || total < 5000) return;
      const pct = Math.floor((done / Math.max(total, 1)) * 10);
      if (pct > last) {
        last = pct;
        cli.err(`${pct * 10} % (${formatCount(done)} av ${formatCount(total)} rader)\n`);
      }
    });
    if (json) printJson(cli, result);
    else cli.out(`Skrev ${formatCount(result.rows)} rader til ${result.file} (${formatCount(Math.ceil(result.bytes / 1024))} kB).\n`);
    return 0;
  },
};

export const importSheetCommand: Command = {
  name: 'import-sheet',
  usage: 'FIL --kind regions|organisations|signups [--sheet NAVN] [--event ID] [--dry-run] [--skip-invalid] [--json]',
  summary: 'Les inn byregioner, organisasjoner eller påmeldinger fra et regneark (.xlsx eller .csv)',
  positionals: [1, 1],
  options: {
    ...JSON_OPTION,
    kind: { type: 'string', arg: 'TYPE', description: 'Hva filen inneholder: regions, organisations eller signups' },
    sheet: { type: 'string', arg: 'NAVN', description: 'Arket som skal leses (standard: det første med innhold)' },
    event: { type: 'string', arg: 'ID', description: 'Samlingen påmeldingene gjelder (standard: gjeldende samling)' },
    'dry-run': { type: 'boolean', description: 'Vis bare hva som ville skjedd; lagre ingenting' },
    'skip-invalid': { type: 'boolean', description: 'Les inn de gyldige radene og hopp over rader med feil' },
  },
  help: 'Kolonnene kjennes igjen på overskriftene (norsk eller engelsk). Samme fil to ganger oppdaterer i stedet for å lage dubletter.',
  async run(cli, args) {
    const kind = stringOpt(args, 'kind');
    if (!kind || !(SHEET_KIND_NAMES as readonly string[]).includes(kind))
      throw new UsageError(`Oppgi hva filen inneholder med --kind ${SHEET_KIND_NAMES.join('|')}.`);
    const file = path.resolve(args.positionals[0] ?? '');
    let size: number;
    try {
      size = statSync(file).size;
    } catch {
      throw new CliError(`Fant ikke filen ${file}.`);
    }
    if (size > SHEET_LIMITS.bytes) throw new CliError(`Filen ${path.basename(file)} er større enn 20 MB, som er det største Samling leser inn.`);
    const ctx = cli.ctx();
    try {
      const up = registerUpload(path.basename(file), readFileSync(file));
      await waitForUpload(up.uploadId);
      const req = {
        uploadId: up.uploadId,
        kind: kind as SheetKindName,
        sheet: stringOpt(args, 'sheet'),
        eventId: stringOpt(args, 'event') === undefined ? undefined : intOpt(args, 'event', 0, 1),
      };
      const preview = previewSheet(ctx, req);
      if (preview.state !== 'ready') throw new CliError('Filen ble ikke lest ferdig.');
      const json = flag(args, 'json');
      if (flag(args, 'dry-run')) {
        if (json) printJson(cli, preview);
        else {
          const c = preview.counts;
          cli.out(`${c.rows} rader: ${c.create} nye, ${c.update} oppdateres, ${c.invalid} med feil. Ingenting er lagret.\n`);
          for (const r of preview.rows.filter((x) => x.problems.length)) cli.out(`Rad ${r.row} (${r.label}): ${r.problems.join(' ')}\n`);
        }
        return preview.counts.invalid > 0 ? 1 : 0;
      }
      const result = callOp(cli, 'sheets:commit', { ...req, skipInvalid: flag(args, 'skip-invalid') });
      if (json) printJson(cli, result);
      else cli.out(`${result.summary}.\n`);
      return 0;
    } catch (e) {
      if (e instanceof AppError) throw new CliError(e.message, e.fields);
      throw e;
    }
  },
};

export const commands: Command[] = [exportCommand, importSheetCommand];
