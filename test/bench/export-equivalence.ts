/**
 * Equivalence check for the exports: writes every list in both formats for several events of
 * a deterministic demo database, and compares two such sets of files cell by cell.
 *
 *   npx tsx test/bench/export-equivalence.ts write /tmp/export-ref      (before a change)
 *   npx tsx test/bench/export-equivalence.ts write /tmp/export-new      (after it)
 *   npx tsx test/bench/export-equivalence.ts compare /tmp/export-ref /tmp/export-new
 *
 * The comparison reads both .xlsx files with exceljs and compares, per sheet: the sheet names and
 * order, every cell's value, type, number format, font, fill, border and alignment, row heights,
 * column widths, frozen panes, autofilter, page setup and header/footer, and the workbook's
 * properties. CSV files are compared byte for byte. Exit code 1 on any difference.
 */
import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CoreContext } from '../../main/core/context';
import { generateDemo, seededRandom } from '../../main/core/demo';
import { EXPORT_LISTS } from '../../main/core/exports/plan';
import { writeExport } from '../../main/core/exports/write';
import { openCore } from '../../main/core/open';
import { personSortKey } from '../../main/core/text';
import { addManySignups, addSampleSignups, addSignup } from '../integration/exports/fixtures';

function openDb(dir: string): CoreContext {
  const ctx = openCore(path.join(dir, 'samling.db'));
  ctx.now = () => new Date('2015-09-10T08:00:00Z');
  return ctx;
}

/** Edge cases on top of the sample event: wrapped notes, no organisation, regions, one-word names, ties. */
function addEdgeCases(ctx: CoreContext): void {
  const db = ctx.db;
  const region = db.prepare(`SELECT id FROM organisations WHERE kind = 'region' ORDER BY id LIMIT 1`).get() as { id: number };
  const member = db.prepare(`SELECT municipality_id AS id FROM region_members ORDER BY id LIMIT 1`).get() as { id: number } | undefined;
  const other = Number(
    db
      .prepare(`INSERT INTO organisations (kind, name, email_domains, created_at, updated_at) VALUES ('other', 'Annen & Co; "sitat"', '[]', '2015-01-01', '2015-01-01')`)
      .run().lastInsertRowid,
  );
  const now = '2015-09-01T10:00:00.000Z';
  const person = db.prepare(`INSERT INTO people (name, email, sort_key, phone, title, organisation_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const signup = db.prepare(
    `INSERT INTO signups (event_id, person_id, organisation_id, state, received_at, source, lunch, diets, diet_note, notes, state_reason, late_accepted, created_at, updated_at)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const rows: [string, string | null, number | null, string, string, string, number, string, string | null, string | null, string | null, number][] = [
    ['Ola', null, null, 'seated', '2015-08-20T09:00:00', 'manual', 1, '["vegan"]', 'Linje én\nLinje to som er ganske mye lengre enn kolonnen er bred, og som derfor må brytes over flere linjer i cellen', null, null, 0],
    ['Kari Nordmann', 'kari1@example.no', region.id, 'seated', '2015-09-20T09:00:00', 'email', 1, '[]', null, 'Sen, men godtatt', null, 1],
    ['Kari Nordmann', 'kari2@example.no', member?.id ?? null, 'seated', '2015-08-02T23:59:59', 'spreadsheet', 0, '["nuts","fish"]', null, null, null, 0],
    ['Kari Nordmann', 'kari3@example.no', other, 'waiting', '2015-09-21T09:00:00', 'email', 1, '[]', '  ', null, 'Kom etter fristen', 0],
    ['Émile Ängström', 'emile@example.no', other, 'declined', '2015-08-03T08:00:00', 'manual', 1, '["halal"]', '@farlig', '=1+1', 'Samlingen er full', 0],
  ];
  for (const [name, email, org, state, received, source, lunch, diets, note, notes, reason, lateOk] of rows) {
    const pid = Number(person.run(name, email, personSortKey(name), null, 'Seniorrådgiver med en svært lang stillingstittel', org, now, now).lastInsertRowid);
    signup.run(pid, org, state, received, source, lunch, diets, note, notes, reason, lateOk, now, now);
  }
  addSignup(ctx, { name: 'Zoë Ødegård-Ås', email: 'zoe@ostfoldfk.no', org: ['county', '01'], dietNote: 'Ingen; "sitat"', title: '-minus' });
  db.prepare(`INSERT INTO group_sessions (event_id, title, room, capacity, starts_at, ends_at) VALUES (1, 'Gruppe C: Lang tittel som er lengre enn Excel tillater', '', NULL, NULL, NULL)`).run();
  db.prepare(`INSERT INTO group_sessions (event_id, title, room, capacity, starts_at, ends_at) VALUES (1, 'Gruppe C: Lang tittel som er lengre enn Excel tillater også', 'Rom 3', 0, '2015-09-24T15:00:00', NULL)`).run();
}

/** Group sessions for the demo events, with seated people spread over them (some without). */
function addDemoSessions(ctx: CoreContext, eventIds: number[]): void {
  const db = ctx.db;
  const rand = seededRandom(42);
  const theme = db.prepare('SELECT id FROM themes ORDER BY id LIMIT 1').get() as { id: number } | undefined;
  for (const eventId of eventIds) {
    const ids: number[] = [];
    for (let i = 0; i < 3; i++)
      ids.push(
        Number(
          db
            .prepare(`INSERT INTO group_sessions (event_id, title, theme_id, room, capacity, starts_at, ends_at) VALUES (?, ?, ?, ?, ?, ?, ?)`)
            .run(eventId, `Gruppe ${i + 1}: Tema ${eventId}`, i === 0 ? (theme?.id ?? null) : null, i === 2 ? '' : `Sal ${i}`, i === 1 ? null : 40 * (i + 1), `2017-01-01T1${i}:00:00`, `2017-01-01T1${i + 1}:00:00`)
            .lastInsertRowid,
        ),
      );
    const rows = db.prepare(`SELECT id FROM signups WHERE event_id = ? AND state = 'seated' ORDER BY id`).all(eventId) as { id: number }[];
    const set = db.prepare('UPDATE signups SET session_id = ? WHERE id = ?');
    for (const r of rows) {
      const k = Math.floor(rand() * 4);
      if (k < 3) set.run(ids[k], r.id);
    }
  }
}

async function write(out: string): Promise<void> {
  mkdirSync(out, { recursive: true });
  const work = mkdtempSync(path.join(tmpdir(), 'samling-equiv-'));
  try {
    // Database A: the sample event with edge cases, and three demo events (one per seat-rule variant).
    const a = openDb(path.join(work));
    addSampleSignups(a);
    addEdgeCases(a);
    const demo = generateDemo(a, { signups: 6000, events: 3, seed: 7 });
    addDemoSessions(a, demo.eventIds);
    const events = [1, ...demo.eventIds];
    for (const eventId of events)
      for (const list of EXPORT_LISTS)
        for (const format of ['xlsx', 'csv'] as const) {
          const file = path.join(out, `a-${eventId}-${list}.${format}`);
          const res = await writeExport(a, { list, format, eventId }, file);
          process.stderr.write(`${path.basename(file)}: ${res.rows} rows\n`);
        }
    a.db.close();
    // Database B: 2,500 generated sign-ups (more than one read page and the width sample).
    const bdir = path.join(work, 'b');
    mkdirSync(bdir);
    const b = openDb(bdir);
    addManySignups(b, 2500);
    for (const list of EXPORT_LISTS)
      for (const format of ['xlsx', 'csv'] as const) {
        const file = path.join(out, `b-1-${list}.${format}`);
        const res = await writeExport(b, { list, format }, file);
        process.stderr.write(`${path.basename(file)}: ${res.rows} rows\n`);
      }
    b.db.close();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function norm(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (x instanceof Date ? `Date(${x.toISOString()})` : x)) ?? 'undefined';
}

async function compareXlsx(fa: string, fb: string, diffs: string[]): Promise<number> {
  const wa = new ExcelJS.Workbook();
  const wb = new ExcelJS.Workbook();
  await wa.xlsx.readFile(fa);
  await wb.xlsx.readFile(fb);
  const name = path.basename(fa);
  const d = (what: string, x: unknown, y: unknown) => {
    const sx = norm(x);
    const sy = norm(y);
    if (sx !== sy) diffs.push(`${name} ${what}: ${sx.slice(0, 200)} ≠ ${sy.slice(0, 200)}`);
  };
  for (const k of ['creator', 'lastModifiedBy', 'title', 'subject', 'created', 'modified'] as const) d(`workbook.${k}`, wa[k], wb[k]);
  d('sheets', wa.worksheets.map((w) => w.name), wb.worksheets.map((w) => w.name));
  let cells = 0;
  for (const sa of wa.worksheets) {
    const sb = wb.getWorksheet(sa.name);
    if (!sb) continue;
    const s = sa.name;
    d(`${s} rowCount`, sa.rowCount, sb.rowCount);
    d(`${s} columnCount`, sa.columnCount, sb.columnCount);
    d(`${s} views`, sa.views, sb.views);
    d(`${s} autoFilter`, sa.autoFilter, sb.autoFilter);
    d(`${s} pageSetup`, sa.pageSetup, sb.pageSetup);
    d(`${s} headerFooter`, sa.headerFooter, sb.headerFooter);
    d(`${s} properties`, sa.properties, sb.properties);
    const cols = Math.max(sa.columnCount, sb.columnCount);
    for (let c = 1; c <= cols; c++) {
      d(`${s} col ${c} width`, sa.getColumn(c).width, sb.getColumn(c).width);
      d(`${s} col ${c} style`, sa.getColumn(c).style, sb.getColumn(c).style);
    }
    const rows = Math.max(sa.rowCount, sb.rowCount);
    for (let r = 1; r <= rows; r++) {
      const ra = sa.getRow(r);
      const rb = sb.getRow(r);
      d(`${s} row ${r} height`, ra.height, rb.height);
      for (let c = 1; c <= cols; c++) {
        const ca = ra.getCell(c);
        const cb = rb.getCell(c);
        cells++;
        d(`${s} ${ca.address} value`, ca.value, cb.value);
        d(`${s} ${ca.address} type`, ca.type, cb.type);
        d(`${s} ${ca.address} numFmt`, ca.numFmt, cb.numFmt);
        d(`${s} ${ca.address} font`, ca.font, cb.font);
        d(`${s} ${ca.address} fill`, ca.fill, cb.fill);
        d(`${s} ${ca.address} border`, ca.border, cb.border);
        d(`${s} ${ca.address} alignment`, ca.alignment, cb.alignment);
        d(`${s} ${ca.address} protection`, ca.protection, cb.protection);
      }
    }
  }
  return cells;
}

async function compare(refDir: string, newDir: string): Promise<void> {
  const ref = readdirSync(refDir).sort();
  const now = readdirSync(newDir).sort();
  const diffs: string[] = [];
  if (norm(ref) !== norm(now)) diffs.push(`file lists differ: ${norm(ref)} ≠ ${norm(now)}`);
  let cells = 0;
  let files = 0;
  for (const f of ref) {
    if (!now.includes(f)) continue;
    files++;
    const fa = path.join(refDir, f);
    const fb = path.join(newDir, f);
    if (f.endsWith('.csv')) {
      if (!readFileSync(fa).equals(readFileSync(fb))) diffs.push(`${f}: bytes differ`);
    } else cells += await compareXlsx(fa, fb, diffs);
  }
  for (const x of diffs.slice(0, 100)) process.stdout.write(`${x}\n`);
  process.stdout.write(`${files} files, ${cells} xlsx cells compared, ${diffs.length} differences\n`);
  if (diffs.length) process.exitCode = 1;
}

const [cmd, x, y] = process.argv.slice(2);
if (cmd === 'write' && x) await write(x);
else if (cmd === 'compare' && x && y) await compare(x, y);
else {
  process.stderr.write('usage: export-equivalence.ts write <dir> | compare <refDir> <newDir>\n');
  process.exitCode = 2;
}
