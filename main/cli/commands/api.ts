import { contract, OP_NAMES } from '../../api/contract';
import { isOpName } from '../../core/dispatch';
import { callOp, formatTable, printJson } from '../output';
import { flag, JSON_OPTION, UsageError, type Command } from '../types';

function parseInput(text: string, from: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    // Node's parser explains in English; keep only where it stopped.
    const at = /position (\d+)/.exec((e as Error).message)?.[1];
    throw new UsageError(`Inndata ${from} er ikke gyldig JSON${at ? ` (feil ved tegn ${Number(at) + 1})` : ''}. Sjekk anførselstegn, komma og klammer.`);
  }
}

export const callCommand: Command = {
  name: 'call',
  usage: "<operasjon> ['<json>' | -]",
  summary: 'Kjør en hvilken som helst operasjon med JSON-inndata (samme kontroll som appen)',
  positionals: [1, 2],
  help: "Eksempel: samling call signups:create '{\"name\":\"Kari Nordmann\",\"email\":\"kari@vfk.no\"}'\nMed - som inndata leses JSON fra stdin. Se `samling ops` for alle operasjoner.",
  async run(cli, args) {
    const [name = '', raw] = args.positionals;
    if (!isOpName(name)) throw new UsageError(`Ukjent operasjon «${name}». Se \`samling ops\` for listen.`);
    const input = raw === '-' ? parseInput(await cli.readStdin(), 'fra stdin') : parseInput(raw ?? '', 'på kommandolinjen');
    // callOp is typed per operation; here the name is only known at run time, and invoke()
    // validates the input against the operation's schema exactly as for the other doors.
    const value: unknown = callOp(cli, name, input as never);
    printJson(cli, value);
    return 0;
  },
};

export const opsCommand: Command = {
  name: 'ops',
  usage: '[--json]',
  summary: 'Alle operasjonene i kontrakten, med forklaring',
  options: JSON_OPTION,
  async run(cli, args) {
    const list = OP_NAMES.map((name) => ({ name, doc: contract[name].doc, mutates: contract[name].mutates }));
    if (flag(args, 'json')) printJson(cli, list);
    else cli.out(formatTable(list.map((o) => [o.name, o.mutates ? 'endrer' : 'leser', o.doc])));
    return 0;
  },
};

export const commands: Command[] = [callCommand, opsCommand];
