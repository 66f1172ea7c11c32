import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

// Shared by the crash and concurrency tests: spawn test/stress/worker.ts with `node --import tsx`
// (not the tsx CLI, which would run the script in a grandchild that SIGKILL does not reach), wait
// for a line, and read the facts the tests compare from a database file.

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface Worker {
  child: ChildProcess;
  output: () => string;
  /** Resolves when a stdout line starts with `prefix`; rejects if the process ends first. */
  waitFor(prefix: string, timeoutMs?: number): Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startWorker(args: string[]): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test/stress/worker.ts'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const waiters: { prefix: string; resolve: (l: string) => void }[] = [];
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    for (const w of [...waiters]) {
      const line = out.split('\n').find((l) => l.startsWith(w.prefix));
      if (line !== undefined) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    output: () => out + err,
    exited,
    waitFor: (prefix, timeoutMs = 60_000) =>
      new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timeout waiting for "${prefix}": ${out}${err}`)), timeoutMs);
        void exited.then(() => {
          clearTimeout(timer);
          setTimeout(() => reject(new Error(`worker exited before "${prefix}": ${out}${err}`)), 50);
        });
        waiters.push({
          prefix,
          resolve: (l) => {
            clearTimeout(timer);
            resolve(l);
          },
        });
        const line = out.split('\n').find((l) => l.startsWith(prefix));
        if (line !== undefined) resolve(line);
      }),
  };
}

/** What must match between a crashed database and the reference after the same imports. */
export interface ImportFacts {
  batches: { messages: number; signups: number }[];
  signups: number;
  people: number;
  importChanges: number;
  importChangeRows: number;
}

export function importFacts(db: Database.Database): ImportFacts {
  const batches = db
    .prepare(
      `SELECT COUNT(DISTINCT m.id) AS messages, COUNT(s.id) AS signups
       FROM imported_messages m LEFT JOIN signups s ON s.message_id = m.id
       GROUP BY m.batch ORDER BY MIN(m.id)`,
    )
    .all() as { messages: number; signups: number }[];
  const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    batches,
    signups: one('SELECT COUNT(*) AS n FROM signups'),
    people: one('SELECT COUNT(*) AS n FROM people'),
    importChanges: one(`SELECT COUNT(*) AS n FROM changes WHERE operation = 'import:commit'`),
    importChangeRows: one(`SELECT COUNT(*) AS n FROM change_rows WHERE change_id IN (SELECT id FROM changes WHERE operation = 'import:commit')`),
  };
}

export function integrity(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}
