import { readFileSync } from 'node:fs';
import type { ImportPreview, ImportResult } from '../../api/ops/imports';
import type { Signup } from '../../api/types';
import { defaultParseContext, parseEmails, toSampleJson } from '../../core/email';
import { resolveEvent } from '../../core/events';
import { parseContextFor } from '../../core/imports/context';
import { callOp, formatTable, printJson } from '../output';
import { CliError, flag, JSON_OPTION, type CliContext, type Command } from '../types';

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`Kunne ikke lese ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'filen finnes ikke' : (e as Error).message}.`);
  }
}

/**
 * `parse-email [FIL]`: what the importer understands of a paste, as the JSON of the samples'
 * README, with extra fields (subject, kind, warnings, title, phone, diet note). With --db the
 * database's event organiser and registry are used; without it, the built-in 2015 default, and
 * no database is opened.
 */
const parseEmail: Command = {
  name: 'parse-email',
  usage: '[FIL]',
  summary: 'Tolk innlimte e-postsvar (fra FIL eller standard inn) og skriv JSON',
  positionals: [0, 1],
  async run(cli: CliContext, args) {
    const file = args.positionals[0];
    const text = file ? readText(file) : await cli.readStdin();
    let parseCtx = defaultParseContext();
    if (cli.dbGiven) {
      const ctx = cli.ctx();
      parseCtx = parseContextFor(ctx, resolveEvent(ctx));
    }
    const result = parseEmails(text, parseCtx);
    const sample = toSampleJson(result);
    printJson(cli, {
      messages: sample.messages.map((m, i) => {
        const full = result.messages[i]!;
        return {
          ...m,
          attendees: m.attendees.map((a, j) => {
            const fa = full.attendees[j]!;
            return { ...a, title: fa.title, phone: fa.phone, organisation: fa.organisation, dietNote: fa.dietNote };
          }),
          subject: full.subject,
          kind: full.kind,
          warnings: full.warnings.map((w) => w.message),
        };
      }),
      warnings: result.warnings.map((w) => w.message),
    });
    return 0;
  },
};

const brief = (s: Signup) => ({ id: s.id, name: s.name, email: s.email, countyNumber: s.countyNumber, state: s.state, late: s.late });

/** `import-email FIL...`: one import of all the files (one undo), or with --dry-run only what it would do. */
const importEmail: Command = {
  name: 'import-email',
  usage: 'FIL... [--dry-run] [--event ID] [--json]',
  summary: 'Importer e-postsvar fra tekstfiler som påmeldinger',
  positionals: [1, 10_000],
  options: {
    ...JSON_OPTION,
    'dry-run': { type: 'boolean', description: 'Vis hva som ville skjedd, uten å lagre' },
    event: { type: 'string', arg: 'ID', description: 'En annen samling enn den gjeldende' },
  },
  async run(cli: CliContext, args) {
    const text = args.positionals.map(readText).join('\n\n');
    const eventId = typeof args.values.event === 'string' ? Number(args.values.event) : undefined;
    const input = eventId === undefined ? { text } : { text, eventId };
    const dry = flag(args, 'dry-run');
    const json = flag(args, 'json');
    if (dry) {
      const p: ImportPreview = callOp(cli, 'import:preview', input);
      if (json)
        printJson(cli, {
          dryRun: true,
          counts: p.counts,
          warnings: p.warnings,
          messages: p.messages.map((m) => ({
            from: m.from,
            sentAt: m.sentAt,
            kind: m.kind,
            alreadyImported: m.alreadyImported,
            late: m.late,
            warnings: m.warnings,
            attendees: m.attendees.map((a) => ({ name: a.name, email: a.email, countyNumber: a.countyNumber, attending: a.attending, diets: a.diets, action: a.action, warnings: a.warnings })),
          })),
        });
      else
        cli.out(
          `${p.counts.messages} e-poster, ${p.counts.attendees} personer: ${p.counts.create} nye, ${p.counts.update} endres, ${p.counts.cancel} avmeldes, ${p.counts.alreadyImported} allerede importert (ingenting lagret)\n`,
        );
      return 0;
    }
    const r: ImportResult = callOp(cli, 'import:commit', input);
    if (json)
      printJson(cli, {
        dryRun: false,
        imported: r.imported,
        skipped: r.skipped,
        changeId: r.changeId,
        created: r.created.map(brief),
        updated: r.updated.map(brief),
        cancelled: r.cancelled.map(brief),
      });
    else {
      cli.out(`Importerte ${r.imported} e-poster (${r.skipped} allerede importert): ${r.created.length} nye, ${r.updated.length} endret, ${r.cancelled.length} avmeldt.\n`);
      const rows = [...r.created, ...r.updated, ...r.cancelled].map((s) => [s.name, s.email ?? '', s.countyName ?? '', s.state]);
      if (rows.length) cli.out(formatTable(rows, ['Navn', 'E-post', 'Fylke', 'Status']) + '\n');
    }
    return 0;
  },
};

export const commands: Command[] = [parseEmail, importEmail];
