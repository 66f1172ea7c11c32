import { performance } from 'node:perf_hooks';
import path from 'node:path';
import type { SheetUploadStatus } from '../../main/api/ops/exports';
import { invoke } from '../../main/core/dispatch';
import { waitForUpload } from '../../main/core/exports/uploads';
import { openTestDb } from '../integration/exports/fixtures';

// Benchmark of a sign-up sheet import (sheets:commit) of n rows spread over the registry's
// counties and municipalities, each new sign-up getting its state by the seat rules.
//
//   npx tsx test/bench/sheet-import.ts [n=10000] [capacity=null|number]
//
// With a capacity the whole event's sign-ups decide each new one's state, without only its
// organisation's. test/integration/exports/import-seats.test.ts proves the seat rows are read
// once per import rather than once per row; this gives the time.

export interface SheetImportBench {
  n: number;
  capacity: number | null;
  ms: number;
  created: number;
}

export async function benchSheetImport(n: number, capacity: number | null): Promise<SheetImportBench> {
  const t = openTestDb();
  try {
    t.ctx.db.prepare(`UPDATE events SET capacity = ?, seat_rules = ? WHERE id = 1`).run(capacity, JSON.stringify({ county: 2, municipality: 1 }));
    const numbers = (
      t.ctx.db
        .prepare(`SELECT number FROM organisations WHERE kind IN ('county', 'municipality') AND number IS NOT NULL ORDER BY kind, number`)
        .all() as { number: string }[]
    ).map((r) => r.number);
    const lines = ['Navn;E-post;Organisasjon;Mottatt'];
    for (let i = 0; i < n; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const time = `${String(8 + (i % 9)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
      lines.push(`Deltaker ${i};d${i}@example.no;${numbers[(i * 7) % numbers.length]};${day}.08.2015 ${time}`);
    }
    const contentBase64 = Buffer.from(lines.join('\r\n'), 'utf8').toString('base64');
    const up = invoke(t.ctx, 'sheets:upload', { fileName: 'pameldinger.csv', contentBase64 });
    if (!up.ok) throw new Error(up.error.message);
    const { uploadId } = up.value as SheetUploadStatus;
    await waitForUpload(uploadId);
    const t0 = performance.now();
    const res = invoke(t.ctx, 'sheets:commit', { uploadId, kind: 'signups' });
    const ms = Math.round(performance.now() - t0);
    if (!res.ok) throw new Error(res.error.message);
    return { n, capacity, ms, created: (res.value as { created: number }).created };
  } finally {
    t.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  const n = Number(process.argv[2] ?? 10_000);
  const capacity = process.argv[3] === undefined || process.argv[3] === 'null' ? null : Number(process.argv[3]);
  benchSheetImport(n, capacity).then(
    (r) => process.stdout.write(JSON.stringify(r) + '\n'),
    (e: unknown) => {
      process.stderr.write(String(e) + '\n');
      process.exit(1);
    },
  );
}
