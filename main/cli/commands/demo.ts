import { DEMO_LIMITS, generateDemo } from '../../core/demo';
import { formatCount, printJson } from '../output';
import { flag, intOpt, JSON_OPTION, UsageError, type Command } from '../types';

export const demoCommand: Command = {
  name: 'demo',
  usage: '--signups N [--events E] [--seed S] [--json]',
  summary: 'Fyll databasen med oppdiktede, realistiske påmeldinger (til prøving og måling)',
  options: {
    ...JSON_OPTION,
    signups: { type: 'string', arg: 'N', description: 'Antall påmeldinger i alt' },
    events: { type: 'string', arg: 'E', description: 'Antall nye samlinger de fordeles på (standard 5)' },
    seed: { type: 'string', arg: 'S', description: 'Startverdi for tilfeldighetene; samme verdi gir samme data (standard 1)' },
  },
  help: 'Demodata skrives ikke i endringsloggen og kan ikke angres. Bruk gjerne en egen fil: samling --db /tmp/demo.db demo --signups 100000 --events 500',
  async run(cli, args) {
    if (args.values.signups === undefined) throw new UsageError('Oppgi hvor mange påmeldinger som skal lages, f.eks. --signups 2000.');
    const signups = intOpt(args, 'signups', 0, 0, DEMO_LIMITS.signups);
    const events = intOpt(args, 'events', 5, 1, DEMO_LIMITS.events);
    const seed = intOpt(args, 'seed', 1, 0, 2 ** 32 - 1);
    const started = performance.now();
    const result = generateDemo(cli.ctx(), { signups, events, seed });
    const seconds = (performance.now() - started) / 1000;
    if (flag(args, 'json')) {
      printJson(cli, result);
      return 0;
    }
    const s = result.states;
    cli.out(
      `Laget ${formatCount(result.eventIds.length)} samlinger, ${formatCount(result.people)} personer og ${formatCount(result.signups)} påmeldinger ` +
        `på ${seconds.toFixed(1).replace('.', ',')} s.\n` +
        `Har plass ${formatCount(s.seated)}, venteliste ${formatCount(s.waiting)}, avmeldt ${formatCount(s.cancelled)}, ` +
        `avvist ${formatCount(s.declined)}; etter fristen ${formatCount(result.late)}.\n`,
    );
    return 0;
  },
};

export const commands: Command[] = [demoCommand];
