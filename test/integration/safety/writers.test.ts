import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../../main/core/dispatch';
import { freshCore, snapshot, tempDir } from '../../helpers/db';
import { concurrentWriters } from '../../stress/writers';

describe('several writers on one file', () => {
  it('3 processes writing at once: integrity ok and exact counts', async () => {
    const { dir, cleanup } = tempDir('samling-writers-');
    try {
      await concurrentWriters(dir, 3, 120, 10);
    } finally {
      cleanup();
    }
  }, 300_000);

  it('a writer that finds the file busy beyond the timeout gets the Norwegian message and stores nothing', () => {
    const c = freshCore();
    const blocker = new Database(c.file);
    try {
      blocker.prepare('BEGIN IMMEDIATE').run();
      c.ctx.db.pragma('busy_timeout = 200');
      const before = snapshot(c.ctx);
      const r = invoke(c.ctx, 'signups:create', { name: 'Kari Nordmann', email: 'kari@example.no' });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('busy');
        expect(r.error.message).toMatch(/opptatt/);
      }
      blocker.prepare('ROLLBACK').run();
      expect(snapshot(c.ctx)).toBe(before);
    } finally {
      blocker.close();
      c.close();
    }
  });
});

