import type { AppInfo } from '../../api/types';
import { formatDateNb, formatTimeNb } from '../../core/time';
import { callOp, formatCount, formatTable, printJson } from '../output';
import { flag, JSON_OPTION, type CliContext, type Command } from '../types';

function describe(info: AppInfo, dbFile: string): string {
  const e = info.event;
  const c = info.counts;
  const r = info.registry;
  const rows: [string, string][] = [];
  if (e) {
    rows.push(['Samling', e.title]);
    rows.push(['Tid', `${formatDateNb(e.startsAt)} ${formatTimeNb(e.startsAt)}–${formatTimeNb(e.endsAt)}`]);
    rows.push(['Sted', [e.venue, e.address, e.city].filter(Boolean).join(', ')]);
    rows.push(['Påmeldingsfrist', e.deadline ? formatDateNb(e.deadline) : 'ingen']);
    rows.push([
      'Påmeldinger',
      `${formatCount(c.signups)} (har plass ${c.seated}, venteliste ${c.waiting}, avmeldt ${c.cancelled}, avvist ${c.declined}; etter fristen ${c.late})`,
    ]);
    rows.push(['Fylker med plass', `${c.countiesSeated} av ${c.countiesTotal}`]);
    rows.push(['Lunsj', e.lunch ? `${c.lunches} porsjoner` : 'ingen lunsj']);
  } else {
    rows.push(['Samling', 'ingen ennå']);
  }
  rows.push(['Register', `${r.source} – ${r.counties} fylker, ${r.regions} byregioner, ${r.municipalities} kommuner, ${r.themes} temaer`]);
  rows.push(['Database', `${dbFile} (skjemaversjon ${info.schemaVersion})`]);
  return formatTable(rows.map(([k, v]) => [`${k}:`, v]));
}

export const infoCommand: Command = {
  name: 'info',
  usage: '[--event ID] [--json]',
  summary: 'Gjeldende samling, tall for påmeldinger og registeret',
  options: {
    ...JSON_OPTION,
    event: { type: 'string', arg: 'ID', description: 'En annen samling enn den gjeldende' },
  },
  async run(cli: CliContext, args) {
    const id = typeof args.values.event === 'string' ? Number(args.values.event) : undefined;
    const info = callOp(cli, 'app:info', id === undefined ? {} : { id });
    if (flag(args, 'json')) printJson(cli, info);
    else cli.out(describe(info, cli.dbFile));
    return 0;
  },
};

export const commands: Command[] = [infoCommand];
