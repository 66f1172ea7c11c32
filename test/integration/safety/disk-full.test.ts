import { existsSync, readdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../../main/core/context';
import { invoke } from '../../../main/core/dispatch';
import { AppError } from '../../../main/core/errors';
import { generateReplies } from '../../../main/core/email/bench';
import { writeExport } from '../../../main/core/exports/write';
import { fails, freshCore, ok, snapshot } from '../../helpers/db';

// A full disk, made real in two ways without root or a special filesystem:
// - SQLite's own limit `PRAGMA max_page_count` makes the database file unable to grow, so a write
//   fails with SQLITE_FULL exactly as on a full disk (the same error path in SQLite's pager);
// - for files Samling writes itself, the kernel's /dev/full answers every write with ENOSPC.

let ctx: CoreContext;
let dir: string;
let close: () => void;

beforeEach(() => {
  ({ ctx, dir, close } = freshCore(() => new Date('2015-09-10T08:00:00Z')));
});
afterEach(() => close());

/** Lets the database grow by at most `pages` more pages. */
function fillDisk(pages: number): void {
  const used = ctx.db.pragma('page_count', { simple: true }) as number;
  ctx.db.pragma(`max_page_count = ${used + pages}`);
}
const freeDisk = () => ctx.db.pragma('max_page_count = 4294967294');

describe('a full disk', () => {
  it('stops a large e-mail import with a Norwegian message, stores none of it, and the same import works once there is room', () => {
    const text = generateReplies(300, 7);
    const before = snapshot(ctx);
    fillDisk(5);
    const err = fails(ctx, 'import:commit', { text });
    expect(err.code).toBe('disk_full');
    expect(err.message).toBe('Disken er full. Ingenting ble lagret. Frigjør plass og prøv igjen.');
    expect(snapshot(ctx)).toBe(before); // not one sign-up, message or change-log row
    expect(ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');

    freeDisk();
    const r = ok(ctx, 'import:commit', { text });
    expect(r.imported).toBe(300);
    expect(r.created.length).toBeGreaterThan(100);
    expect(ctx.db.prepare('SELECT COUNT(*) AS n FROM imported_messages').get()).toEqual({ n: 300 });
    expect(ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('stops single edits as soon as the file cannot grow, each one whole or not at all', () => {
    ctx.db.exec('VACUUM'); // no free pages left inside the file to write into
    fillDisk(0);
    // Small changes still fit in the pages the file has; sooner or later one needs a new page.
    let failure: ReturnType<typeof fails> | null = null;
    let stored = 0;
    for (let i = 0; i < 200 && !failure; i++) {
      const before = snapshot(ctx);
      const r = invoke(ctx, 'signups:create', { name: `Åse Ødegård ${i}`, email: `ase${i}@example.no`, notes: 'Mye tekst. '.repeat(180) });
      if (r.ok) stored++;
      else {
        failure = r.error;
        expect(snapshot(ctx)).toBe(before); // the failed one left nothing behind
      }
    }
    expect(failure?.code).toBe('disk_full');
    expect(ok(ctx, 'signups:list', {}).total).toBe(stored);
    freeDisk();
    expect(ok(ctx, 'signups:create', { name: 'Plass Igjen', email: 'plass@example.no' }).name).toBe('Plass Igjen');
    expect(ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it.skipIf(!existsSync('/dev/full'))('while exporting leaves no file under the chosen name and no half-written part (needs /dev/full)', async () => {
    ok(ctx, 'import:commit', { text: generateReplies(50, 3) });
    const file = path.join(dir, 'Lunsjliste.xlsx');
    // Samling writes to `<file>.part` and renames at the end: point the part at the full device.
    symlinkSync('/dev/full', `${file}.part`);
    const err = await writeExport(ctx, { list: 'catering', format: 'xlsx' }, file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('disk_full');
    expect((err as AppError).message).toBe('Disken er full, og filen ble ikke lagret. Frigjør plass og prøv igjen.');
    expect(readdirSync(dir).filter((f) => f.startsWith('Lunsjliste'))).toEqual([]);
    // The catering list's "since last export" numbers must not move on a failed export either.
    expect(ctx.db.prepare('SELECT COUNT(*) AS n FROM catering_exports').get()).toEqual({ n: 0 });
  });
});
