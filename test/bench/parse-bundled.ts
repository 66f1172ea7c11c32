/**
 * The parser throughput as the desktop app runs it: `npm run bench` bundles this file (and the
 * parser) into one JavaScript file, as electron-vite bundles the main process, and runs it in a
 * Node process of its own. Prints one line of JSON. Same paste and method as benchParser.
 */
import { performance } from 'node:perf_hooks';
import { generateReplies } from '../../main/core/email/bench';
import { defaultParseContext, parseEmails } from '../../main/core/email';

const text = generateReplies(10_000, 1);
const ctx = defaultParseContext();
parseEmails(text, ctx); // warm-up, as medianOf does
const times: number[] = [];
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  parseEmails(text, ctx);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
process.stdout.write(`${JSON.stringify({ megabytes: Buffer.byteLength(text, 'utf8') / 1e6, medianMs: times[1], times })}\n`);
