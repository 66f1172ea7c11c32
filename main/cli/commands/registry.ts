import type { OrgKind, SignupState } from '../../api/types';
import { KIND_NB } from '../../core/orgs';
import { STATE_NB } from '../../core/signups';
import { callOp, formatCount, formatTable, formatWallNb, printJson } from '../output';
import { flag, intOpt, JSON_OPTION, stringOpt, UsageError, type Command } from '../types';

const KINDS: readonly OrgKind[] = ['county', 'region', 'municipality', 'other'];
const STATES: readonly SignupState[] = ['seated', 'waiting', 'cancelled', 'declined'];

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`Ugyldig verdi for --${option}: «${value}». Bruk en av: ${allowed.join(', ')}.`);
}

function eventId(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--event må være id-en til en samling (et positivt heltall), ikke «${value}».`);
  return n;
}

export const orgsCommand: Command = {
  name: 'orgs',
  usage: '[--kind county|region|municipality|other] [--q TEKST] [--json]',
  summary: 'Organisasjonene i registeret (fylker, byregioner, kommuner, andre)',
  options: {
    ...JSON_OPTION,
    kind: { type: 'string', arg: 'TYPE', description: 'Bare én type: county, region, municipality eller other' },
    q: { type: 'string', arg: 'TEKST', description: 'Søk i navn og nummer' },
  },
  async run(cli, args) {
    const kind = oneOf(stringOpt(args, 'kind'), KINDS, 'kind');
    const q = stringOpt(args, 'q');
    const orgs = callOp(cli, 'orgs:list', { ...(kind ? { kind } : {}), ...(q ? { q } : {}) });
    if (flag(args, 'json')) {
      printJson(cli, orgs);
      return 0;
    }
    const rows = orgs.map((o) => {
      const detail =
        o.kind === 'county' ? o.emailDomains.join(', ') : o.countyName ? `(${o.countyName})` : o.emailDomains.join(', ');
      return [o.number ?? '', o.name, ...(kind ? [] : [KIND_NB[o.kind]]), detail];
    });
    cli.out(formatTable(rows));
    if (!kind) cli.out(`${formatCount(orgs.length)} ${orgs.length === 1 ? 'organisasjon' : 'organisasjoner'}\n`);
    return 0;
  },
};

export const signupsCommand: Command = {
  name: 'signups',
  usage: '[--event ID] [--state seated|waiting|cancelled|declined] [--q TEKST] [--limit N] [--json]',
  summary: 'Påmeldingene til gjeldende (eller valgt) samling',
  options: {
    ...JSON_OPTION,
    event: { type: 'string', arg: 'ID', description: 'En annen samling enn den gjeldende' },
    state: { type: 'string', arg: 'STATUS', description: 'Bare én status: seated, waiting, cancelled eller declined' },
    q: { type: 'string', arg: 'TEKST', description: 'Søk i navn, e-post, organisasjon og stilling' },
    limit: { type: 'string', arg: 'N', description: 'Høyst så mange rader (standard 100 000)' },
  },
  async run(cli, args) {
    const state = oneOf(stringOpt(args, 'state'), STATES, 'state');
    const q = stringOpt(args, 'q');
    const id = eventId(stringOpt(args, 'event'));
    const limit = intOpt(args, 'limit', 100_000, 1, 100_000);
    const list = callOp(cli, 'signups:list', {
      ...(id !== undefined ? { eventId: id } : {}),
      ...(state ? { state } : {}),
      ...(q ? { q } : {}),
      limit,
    });
    if (flag(args, 'json')) {
      printJson(cli, list);
      return 0;
    }
    const rows = list.rows.map((s) => [
      s.name,
      s.organisationName ?? '',
      STATE_NB[s.state] + (s.late ? ' (etter fristen)' : ''),
      formatWallNb(s.receivedAt),
    ]);
    cli.out(formatTable(rows, ['Navn', 'Organisasjon', 'Status', 'Mottatt']));
    cli.out(`${formatCount(list.total)} ${list.total === 1 ? 'påmelding' : 'påmeldinger'}${list.total > list.rows.length ? ` (viser ${formatCount(list.rows.length)})` : ''}\n`);
    return 0;
  },
};

export const commands: Command[] = [orgsCommand, signupsCommand];
