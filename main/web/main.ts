import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openCoreOrExplain } from '../core/safety';
import { defaultDbFile } from '../core/paths';
import { startWebServer } from './server';

/** Opens the system browser; never fatal (a headless machine simply has none). */
function openBrowser(url: string): void {
  const cmd = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    /* no browser here */
  }
}

export async function runWeb(argv: string[], staticDir: string): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      db: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const port = values.port ? Number(values.port) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Ugyldig port: ${values.port}`);
  const file = path.resolve(values.db ?? defaultDbFile());
  // A damaged file stops here with the Norwegian explanation; runWeb's caller exits with 1.
  const ctx = openCoreOrExplain(file, `Gjenopprett den nyeste sikkerhetskopien med: npm run -s samling -- --db "${file}" restore --latest`);
  const web = await startWebServer({ ctx, staticDir, port });
  const address = `${web.url}#token=${web.token}`;
  process.stdout.write(`Samling kjører i nettlesermodus med databasen ${file}.\nÅpne denne adressen (den inneholder tilgangsnøkkelen):\n${address}\n`);
  if (!values['no-open']) openBrowser(address);
  const stop = () => {
    void web.close().then(() => {
      ctx.db.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const here = path.dirname(new URL(import.meta.url).pathname);
if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  const staticDir = process.env.SAMLING_STATIC_DIR ?? path.resolve(here, '../../out/renderer');
  runWeb(process.argv.slice(2), staticDir).catch((e: unknown) => {
    process.stderr.write(`samling: ${(e as Error).message}\n`);
    process.exit(1);
  });
}
