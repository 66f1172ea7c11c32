import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SheetCommitResult, SheetUploadStatus } from '../../../main/api/ops/exports';
import type { Envelope } from '../../../main/api/types';
import type { CoreContext } from '../../../main/core/context';
import { invoke } from '../../../main/core/dispatch';
import { resolveEvent } from '../../../main/core/events';
import { waitForUpload } from '../../../main/core/exports/uploads';
import { proposeState } from '../../../main/core/seats';
import { personSortKey } from '../../../main/core/text';
import * as allocation from '../../../main/db/repos/allocation';
import { addSignup, openTestDb, type TestDb } from './fixtures';

// A sheet of sign-ups gives each new sign-up a state by the seat rules (proposeState). The event's
// seat rows are read once for the whole import and kept current as it writes (SeatRowCache), so a
// big sheet is linear: the reads of seat rows are counted here rather than timed, and the states
// are checked against the plain, uncached proposeState applied row by row.

vi.mock('../../../main/db/repos/allocation', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../main/db/repos/allocation')>();
  return { ...real, loadSeatRows: vi.fn(real.loadSeatRows), loadSeatRowsOfOrg: vi.fn(real.loadSeatRowsOfOrg) };
});

const loadSeatRows = vi.mocked(allocation.loadSeatRows);
const loadSeatRowsOfOrg = vi.mocked(allocation.loadSeatRowsOfOrg);

function ok<T>(e: Envelope<unknown>): T {
  if (!e.ok) throw new Error(`${e.error.code}: ${e.error.message}`);
  return e.value as T;
}

/** The event's rules and a few sign-ups already there (seated and waiting), the same in every database. */
function setUp(ctx: CoreContext, capacity: number | null): void {
  ctx.db.prepare(`UPDATE events SET capacity = ?, seat_rules = ? WHERE id = 1`).run(capacity, JSON.stringify({ county: 2, municipality: 1 }));
  addSignup(ctx, { name: 'Før Først', email: 'for@ostfoldfk.no', org: ['county', '01'], receivedAt: '2015-08-19T08:00:00' });
  addSignup(ctx, { name: 'Før Andre', email: 'for2@ostfoldfk.no', org: ['county', '01'], receivedAt: '2015-08-19T09:00:00' });
  addSignup(ctx, { name: 'Før Tredje', email: 'for3@ostfoldfk.no', org: ['county', '01'], receivedAt: '2015-08-19T10:00:00' });
}

/** Organisation numbers the sheet uses: counties and municipalities of the registry. */
function orgNumbers(ctx: CoreContext): string[] {
  const rows = ctx.db
    .prepare(`SELECT number FROM organisations WHERE kind IN ('county', 'municipality') AND number IS NOT NULL ORDER BY kind, number LIMIT 60`)
    .all() as { number: string }[];
  return rows.map((r) => r.number);
}

/** A sheet of `n` sign-ups spread over the organisations, some after the deadline (7 September). */
function sheet(numbers: string[], n: number): string {
  const lines = ['Navn;E-post;Organisasjon;Mottatt'];
  for (let i = 0; i < n; i++) {
    const day = 20 + (i % 20); // 20 August … 8 September
    const date = day <= 31 ? `${day}.08.2015` : `${String(day - 31).padStart(2, '0')}.09.2015`;
    const time = `${String(8 + (i % 9)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`;
    lines.push(`Deltaker Ås ${i};d${i}@example.no;${numbers[(i * 7) % numbers.length]};${date} ${time}`);
  }
  return lines.join('\r\n') + '\r\n';
}

async function importSheet(ctx: CoreContext, text: string): Promise<SheetCommitResult> {
  const up = ok<SheetUploadStatus>(invoke(ctx, 'sheets:upload', { fileName: 'stor.csv', contentBase64: Buffer.from(text, 'utf8').toString('base64') }));
  await waitForUpload(up.uploadId);
  return ok<SheetCommitResult>(invoke(ctx, 'sheets:commit', { uploadId: up.uploadId, kind: 'signups' }));
}

interface Made {
  id: number;
  name: string;
  email: string;
  organisation_id: number | null;
  received_at: string;
  state: string;
}

function signups(ctx: CoreContext): Made[] {
  return ctx.db
    .prepare(`SELECT s.id, p.name, p.email, s.organisation_id, s.received_at, s.state FROM signups s JOIN people p ON p.id = s.person_id ORDER BY s.id`)
    .all() as Made[];
}

/** The slow path: each sign-up in turn gets its state from the uncached proposeState, which reads the rows again. */
function replayUncached(ctx: CoreContext, rows: Made[]): string[] {
  const event = resolveEvent(ctx, 1);
  const person = ctx.db.prepare(`INSERT INTO people (name, email, sort_key, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')`);
  const signup = ctx.db.prepare(
    `INSERT INTO signups (id, event_id, person_id, organisation_id, state, received_at, source, created_at, updated_at)
     VALUES (?, 1, ?, ?, ?, ?, 'spreadsheet', 'x', 'x')`,
  );
  return rows.map((r) => {
    const state = proposeState(ctx.db, event, r.organisation_id, r.received_at);
    const pid = person.run(r.name, r.email, personSortKey(r.name)).lastInsertRowid;
    signup.run(r.id, pid, r.organisation_id, state, r.received_at);
    return state;
  });
}

let a: TestDb;
let b: TestDb;
beforeEach(() => {
  a = openTestDb();
  b = openTestDb();
});
afterEach(() => {
  a.close();
  b.close();
});

describe.each([
  { capacity: 120, what: 'with a venue capacity (the whole event decides)' },
  { capacity: null, what: 'without a capacity (each organisation decides)' },
])('a sheet of 300 sign-ups $what', ({ capacity }) => {
  it('reads the seat rows once per import, not once per row, and gives the same states as the uncached rules', async () => {
    setUp(a.ctx, capacity);
    setUp(b.ctx, capacity);
    const numbers = orgNumbers(a.ctx);
    loadSeatRows.mockClear();
    loadSeatRowsOfOrg.mockClear();
    const res = await importSheet(a.ctx, sheet(numbers, 300));
    expect(res).toMatchObject({ created: 300, updated: 0, skipped: 0 });

    // Linear: one read of the event's rows (with a capacity) or one per organisation (without),
    // however many rows the sheet has. The rows read in all stay below two per sign-up.
    const orgs = new Set(numbers).size;
    if (capacity !== null) {
      expect(loadSeatRows).toHaveBeenCalledTimes(1);
      expect(loadSeatRowsOfOrg).not.toHaveBeenCalled();
    } else {
      expect(loadSeatRows).not.toHaveBeenCalled();
      expect(loadSeatRowsOfOrg.mock.calls.length).toBeLessThanOrEqual(orgs);
    }
    const rowsRead = [...loadSeatRows.mock.results, ...loadSeatRowsOfOrg.mock.results].reduce(
      (n, r) => n + (r.type === 'return' ? (r.value as unknown[]).length : 0),
      0,
    );
    expect(rowsRead).toBeLessThanOrEqual(2 * 303);

    // The same states as the slow path, sign-up by sign-up, in the order the import made them.
    const made = signups(a.ctx);
    const before = made.slice(0, 3);
    expect(signups(b.ctx)).toEqual(before);
    const imported = made.slice(3);
    const expected = replayUncached(b.ctx, imported);
    expect(imported.map((r) => r.state)).toEqual(expected);
    // Both outcomes occur, so the comparison means something.
    expect(expected).toContain('seated');
    expect(expected).toContain('waiting');
  });
});
