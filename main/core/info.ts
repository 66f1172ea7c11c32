import path from 'node:path';
import type { OpParsed } from '../api/contract';
import type { AppInfo, RegistryInfo } from '../api/types';
import { SCHEMA_VERSION } from '../db/migrations';
import type { CoreContext } from './context';
import { t } from './i18n';
import { backupsDir } from './snapshots';
import { currentEvent, resolveEvent } from './events';

export function registryInfo(ctx: CoreContext): RegistryInfo {
  const meta = Object.fromEntries(
    (ctx.db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]),
  );
  const counts = Object.fromEntries(
    (ctx.db.prepare('SELECT kind, COUNT(*) AS n FROM organisations GROUP BY kind').all() as { kind: string; n: number }[]).map(
      (r) => [r.kind, r.n],
    ),
  );
  return {
    source: meta.registry_source ?? t('Eget register'),
    year: Number(meta.registry_year ?? 0),
    counties: counts.county ?? 0,
    regions: counts.region ?? 0,
    municipalities: counts.municipality ?? 0,
    themes: (ctx.db.prepare('SELECT COUNT(*) AS n FROM themes').get() as { n: number }).n,
  };
}

export function appInfo(ctx: CoreContext, input: OpParsed<'app:info'>): AppInfo {
  const event = input.id !== undefined ? resolveEvent(ctx, input.id) : currentEvent(ctx);
  const counts = { signups: 0, seated: 0, waiting: 0, cancelled: 0, declined: 0, late: 0, countiesSeated: 0, countiesTotal: 0, lunches: 0 };
  counts.countiesTotal = (ctx.db.prepare(`SELECT COUNT(*) AS n FROM organisations WHERE kind = 'county'`).get() as { n: number }).n;
  if (event) {
    const rows = ctx.db
      .prepare(
        `SELECT state, COUNT(*) AS n, SUM(lunch) AS lunches,
           SUM(CASE WHEN ? IS NOT NULL AND substr(received_at, 1, 10) > ? THEN 1 ELSE 0 END) AS late
         FROM signups WHERE event_id = ? GROUP BY state`,
      )
      .all(event.deadline, event.deadline, event.id) as { state: keyof typeof counts; n: number; lunches: number; late: number }[];
    for (const r of rows) {
      counts[r.state] = r.n;
      counts.signups += r.n;
      counts.late += r.late;
      if (r.state === 'seated') counts.lunches = event.lunch ? r.lunches : 0;
    }
    counts.countiesSeated = (
      ctx.db
        .prepare(
          `SELECT COUNT(DISTINCT s.organisation_id) AS n FROM signups s JOIN organisations o ON o.id = s.organisation_id
           WHERE s.event_id = ? AND s.state = 'seated' AND o.kind = 'county'`,
        )
        .get(event.id) as { n: number }
    ).n;
  }
  return { event, registry: registryInfo(ctx), counts, schemaVersion: SCHEMA_VERSION };
}

/** The folder that holds automatic backups (one definition: main/core/snapshots.ts). */
export function backupsDirFor(dbFile: string): string {
  return backupsDir(dbFile);
}

/** Where this database lives, for the settings page (read-only in browser mode). */
export function appPaths(ctx: CoreContext): { dataDir: string; dbFile: string; backupsDir: string } {
  // An in-memory database (tests) has no file: report empty paths rather than the working folder.
  if (!ctx.file) return { dataDir: '', dbFile: '', backupsDir: '' };
  const dbFile = path.resolve(ctx.file);
  return { dataDir: path.dirname(dbFile), dbFile, backupsDir: backupsDirFor(dbFile) };
}
