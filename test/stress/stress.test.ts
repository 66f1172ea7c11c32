import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/db';
import { crashRounds } from './crash';
import { concurrentWriters } from './writers';

// `npm run test:stress`: the full rounds (vitest.stress.config.ts). `npm test` runs the reduced
// versions in test/integration/safety/.
describe('stress', () => {
  it('60 SIGKILLs during imports: intact file, every import whole or absent', async () => {
    const { dir, cleanup } = tempDir('samling-crash-');
    try {
      const { kills } = await crashRounds(dir, 60, 40, (s) => process.stdout.write(`${s}\n`), 1500);
      expect(kills).toBe(60);
    } finally {
      cleanup();
    }
  }, 900_000);

  it('4 processes × 400 writes at once: integrity ok and exact counts', async () => {
    const { dir, cleanup } = tempDir('samling-writers-');
    try {
      await concurrentWriters(dir, 4, 400, 20);
    } finally {
      cleanup();
    }
  }, 900_000);
});

describe('a 10 MB paste', () => {
  it('is previewed through the core without a crash, and answered as an envelope', async () => {
    const { freshCore } = await import('../helpers/db');
    const { invoke } = await import('../../main/core/dispatch');
    const c = freshCore();
    try {
      const text = 'Fra: Kari <kari@example.no>\nJeg kommer.\n'.repeat(260_000);
      const t = Date.now();
      const r = invoke(c.ctx, 'import:preview', { text });
      process.stdout.write(`10 MB preview: ${Date.now() - t} ms, ok=${r.ok}\n`);
      if (!r.ok) expect(r.error.message).not.toMatch(/Invalid|Expected|Required|received/);
    } finally {
      c.close();
    }
  }, 900_000);
});
