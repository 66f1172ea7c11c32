import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/db';
import { crashRounds } from '../../stress/crash';

// The reduced version of the crash test: `npm run test:stress` runs 60 rounds (test/stress/).
describe('crash safety (SIGKILL during imports)', () => {
  it('after 8 kills the file is intact and every import is whole or absent', async () => {
    const { dir, cleanup } = tempDir('samling-crash-');
    try {
      const { kills, imports } = await crashRounds(dir, 8, 30);
      expect(kills).toBe(8);
      expect(imports).toBeGreaterThan(0);
    } finally {
      cleanup();
    }
  }, 180_000);
});
