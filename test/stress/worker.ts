/**
 * A child process for the crash and concurrency tests: opens the database through the core,
 * says "ready", then writes until it is killed or done. Run with `npx tsx test/stress/worker.ts`.
 *
 *   crash  <db> <replies>               import:commit of generateReplies(replies, seed) for
 *                                       seed = 1, 2, 3 … continuing after what is already stored
 *   writer <db> <writer> <count> <replies>  `count` signups:create and every tenth an import:commit
 */
import { generateReplies } from '../../main/core/email/bench';
import { invoke } from '../../main/core/dispatch';
import { openCore } from '../../main/core/open';

const [mode, file, a = '0', b = '0', c = '0'] = process.argv.slice(2);
if (!file) throw new Error('usage: worker.ts crash|writer <db> …');
const ctx = openCore(file);
process.stdout.write('ready\n');

function must(name: string, input: unknown): unknown {
  const r = invoke(ctx, name, input);
  if (!r.ok) {
    process.stdout.write(`error ${name} ${r.error.code} ${r.error.message}\n`);
    return null;
  }
  return r.value;
}

if (mode === 'crash') {
  const replies = Number(a);
  let k = (ctx.db.prepare(`SELECT COUNT(*) AS n FROM changes WHERE operation = 'import:commit'`).get() as { n: number }).n;
  for (;;) {
    k++;
    must('import:commit', { text: generateReplies(replies, k) });
    process.stdout.write(`committed ${k}\n`);
  }
} else if (mode === 'writer') {
  const writer = Number(a);
  const count = Number(b);
  const replies = Number(c);
  let failures = 0;
  let imported = 0;
  for (let i = 0; i < count; i++) {
    if (replies > 0 && i % 10 === 0) {
      const r = must('import:commit', { text: generateReplies(replies, 1000 * writer + i) }) as { imported: number } | null;
      if (r === null) failures++;
      else imported += r.imported;
    } else if (
      must('signups:create', { name: `Skriver ${writer} nr ${i}`, email: `skriver${writer}.nr${i}@example.no`, diets: ['gluten'] }) === null
    )
      failures++;
  }
  process.stdout.write(`done ${failures} ${imported}\n`);
  ctx.db.close();
} else throw new Error(`unknown mode ${mode}`);
