import type { AllocationOrg, AllocationView, SeatPerson } from '../../api/ops/allocation';
import { KIND_NB } from '../../core/orgs';
import { formatDateNb } from '../../core/time';
import { callOp, formatTable, formatWallNb, printJson } from '../output';
import { flag, JSON_OPTION, stringOpt, UsageError, type Command } from '../types';

// Seat allocation and the chase list from the terminal. The organiser's actions (give the seat,
// swap, cancel, …) go through `samling call allocation:<verb> '<json>'`, the same door as the app.

function eventId(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--event må være id-en til en samling (et positivt heltall), ikke «${value}».`);
  return n;
}

const EVENT_OPTION = { event: { type: 'string' as const, arg: 'ID', description: 'En annen samling enn den gjeldende' } };

function names(list: SeatPerson[]): string {
  return list.map((p) => p.name).join(', ');
}

function status(o: AllocationOrg): string {
  if (o.conflictKind === 'over_limit') return `KONFLIKT: ${o.seated.length} har plass, ${o.seats ?? 0} tillatt`;
  if (o.conflictKind === 'contested') return 'KONFLIKT: flere vil ha plassen';
  if (o.proposal) return `ledig – foreslått: ${o.proposal.name}`;
  if (o.seated.length === 0 && o.late.length > 0) return 'etter fristen – venter på svar';
  if (o.seated.length === 0) return 'ingen påmeldt';
  return '';
}

function describe(v: AllocationView): string {
  const active = v.organisations.filter((o) => o.kind === 'county' || o.seated.length + o.waiting.length + o.late.length > 0);
  const rows = active.map((o) => [
    o.number ?? '',
    o.name + (o.kind === 'county' ? '' : ` (${KIND_NB[o.kind]})`),
    o.seats === null ? '–' : `${o.seated.length}/${o.seats}`,
    names(o.seated),
    [names(o.waiting), o.late.length ? `etter fristen: ${names(o.late)}` : ''].filter(Boolean).join('; '),
    status(o),
  ]);
  const cap = v.capacity.total === null ? `${v.capacity.seated} har plass (ingen øvre grense)` : `${v.capacity.seated} av ${v.capacity.total} plasser`;
  return (
    formatTable(rows, ['Nr', 'Organisasjon', 'Plass', 'Har plass', 'Venteliste', 'Status']) +
    `\n${v.eventTitle}${v.deadline ? `, frist ${formatDateNb(v.deadline)}` : ''}: ${cap}. ` +
    `Fylker med plass: ${v.counts.countiesSeated} av ${v.counts.countiesTotal}. Konflikter: ${v.counts.conflicts}.\n`
  );
}

export const allocationCommand: Command = {
  name: 'allocation',
  usage: '[--event ID] [--json]',
  summary: 'Setefordeling: hvem har plass, venteliste, etter fristen og konflikter per organisasjon',
  options: { ...JSON_OPTION, ...EVENT_OPTION },
  help:
    "Handlinger går gjennom `samling call`, f.eks.:\n  samling call allocation:giveSeat '{\"signupId\":12,\"reason\":\"Avtalt med fylket\"}'\n" +
    "  samling call allocation:cancel '{\"signupId\":12}'\nSe `samling ops` for alle (allocation:*, sessions:*, chase:list).",
  async run(cli, args) {
    const id = eventId(stringOpt(args, 'event'));
    const view = callOp(cli, 'allocation:get', id === undefined ? {} : { eventId: id });
    if (flag(args, 'json')) printJson(cli, view);
    else cli.out(describe(view));
    return 0;
  },
};

export const chaseCommand: Command = {
  name: 'chase',
  usage: '[--event ID] [--json]',
  summary: 'Purreliste: fylker (og byregioner) uten plass, med postmottak og påminnelsestekst',
  options: { ...JSON_OPTION, ...EVENT_OPTION },
  async run(cli, args) {
    const id = eventId(stringOpt(args, 'event'));
    const list = callOp(cli, 'chase:list', id === undefined ? {} : { eventId: id });
    if (flag(args, 'json')) printJson(cli, list);
    else cli.out(list.text + '\n');
    return 0;
  },
};

export const sessionsCommand: Command = {
  name: 'sessions',
  usage: '[--event ID] [--json]',
  summary: 'Gruppesamlingene med tema, rom, tid og deltakere mot kapasitet',
  options: { ...JSON_OPTION, ...EVENT_OPTION },
  async run(cli, args) {
    const id = eventId(stringOpt(args, 'event'));
    const list = callOp(cli, 'sessions:list', id === undefined ? {} : { eventId: id });
    if (flag(args, 'json')) {
      printJson(cli, list);
      return 0;
    }
    const rows = list.map((g) => [
      g.title,
      g.room ?? '',
      g.startsAt ? `${formatWallNb(g.startsAt).slice(11)}–${g.endsAt ? formatWallNb(g.endsAt).slice(11) : ''}` : '',
      g.capacity === null ? `${g.assigned}` : `${g.assigned}/${g.capacity}${g.over ? ' (for mange)' : ''}`,
      g.themeName ?? '',
    ]);
    cli.out(rows.length ? formatTable(rows, ['Gruppesamling', 'Rom', 'Tid', 'Deltakere', 'Tema']) : 'Ingen gruppesamlinger ennå.\n');
    return 0;
  },
};

export const commands: Command[] = [allocationCommand, chaseCommand, sessionsCommand];
