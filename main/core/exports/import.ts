import type { SheetCommitResult, SheetPreview } from '../../api/ops/exports';
import type { Event } from '../../api/types';
import { ChangeRecorder } from '../../db/changes';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { resolveEvent } from '../events';
import { msg, note, render, t, type Note } from '../i18n';
import type { PlannedRow } from './import-common';
import { commitOrganisations, commitRegions, planOrganisations, planRegions } from './import-registry';
import { commitSignups, planSignups } from './import-signups';
import { FIELDS, headersOf, cellString, resolveMapping, type Mapping, type SheetKind } from './mapping';
import type { Table } from './sheetread';
import { uploadTables } from './uploads';

// Preview and commit of an uploaded sheet. Both run the same planning (plan* per kind): the
// preview shows each row's action and problems and stores nothing; the commit stores the rows
// in one transaction (dispatch runs mutating operations in one) under ONE change-log entry, so
// the whole import is undone with one "Angre". The upload is kept after a commit: committing it
// again only updates the same rows (matching makes the import idempotent).

export interface SheetRequest {
  uploadId: string;
  kind: SheetKind;
  sheet?: string | undefined;
  mapping?: Mapping | undefined;
  eventId?: number | undefined;
}

const PREVIEW_ROWS = 300;
/** What was read in, for the change log (a note: the history reads it in the reader's language). */
const KIND_NOTES: Record<SheetKind, () => Note> = {
  regions: () => note`byregioner`,
  organisations: () => note`organisasjoner`,
  signups: () => note`påmeldinger`,
};

function pickTable(tables: Table[], sheet: string | undefined): Table {
  if (sheet === undefined) return tables[0]!;
  const found = tables.find((x) => x.name === sheet);
  if (!found) throw new AppError('invalid_input', msg`Fant ikke arket «${sheet}» i filen.`, { sheet: t('Velg et ark fra listen.') });
  return found;
}

type AnyRow = PlannedRow<unknown>;

interface Planned {
  fileName: string;
  table: Table;
  tables: Table[];
  headers: string[];
  mapping: Mapping;
  rows: AnyRow[];
  event: Event | null;
}

function plan(ctx: CoreContext, req: SheetRequest): Planned | null {
  const up = uploadTables(req.uploadId);
  if (!up) return null;
  const table = pickTable(up.tables, req.sheet);
  const headers = headersOf(table);
  const mapping = resolveMapping(req.kind, headers, req.mapping);
  const body = table.rows.slice(1);
  let rows: AnyRow[];
  let event: Event | null = null;
  switch (req.kind) {
    case 'signups': {
      if (mapping.name === null && (mapping.givenName === null || mapping.surname === null))
        throw new AppError('mapping', t('Velg hvilken kolonne som har navnet (eller både fornavn og etternavn).'), { name: t('Velg en kolonne.') });
      event = resolveEvent(ctx, req.eventId);
      rows = planSignups(ctx, event, mapping, body);
      break;
    }
    case 'organisations':
      if (mapping.name === null)
        throw new AppError('mapping', t('Velg hvilken kolonne som har navnet på organisasjonen.'), { name: t('Velg en kolonne.') });
      rows = planOrganisations(ctx, mapping, body);
      break;
    case 'regions':
      if (mapping.name === null) throw new AppError('mapping', t('Velg hvilken kolonne som har navnet på byregionen.'), { name: t('Velg en kolonne.') });
      rows = planRegions(ctx, mapping, body);
      break;
  }
  return { fileName: up.fileName, table, tables: up.tables, headers, mapping, rows, event };
}

function counts(rows: AnyRow[]) {
  return {
    rows: rows.length,
    create: rows.filter((r) => r.action === 'create').length,
    update: rows.filter((r) => r.action === 'update').length,
    invalid: rows.filter((r) => r.action === 'invalid').length,
  };
}

export function previewSheet(ctx: CoreContext, req: SheetRequest): SheetPreview {
  const p = plan(ctx, req);
  if (!p) return { state: 'reading', uploadId: req.uploadId };
  const shown = p.rows.filter((r, i) => i < PREVIEW_ROWS || (r.action === 'invalid' && i < PREVIEW_ROWS * 10));
  return {
    state: 'ready',
    uploadId: req.uploadId,
    fileName: p.fileName,
    kind: req.kind,
    sheet: p.table.name,
    sheets: p.tables.map((x) => x.name),
    columns: p.headers.map((header, index) => ({
      index,
      header: header || msg`Kolonne ${index + 1}`,
      samples: p.table.rows.slice(1, 4).map((r) => cellString(r[index] ?? null)),
    })),
    fields: FIELDS[req.kind].map((f) => ({ key: f.key, label: f.label(), required: f.required ?? false, column: p.mapping[f.key] ?? null })),
    rows: shown.map(({ row, action, label, values, problems, notes }) => ({ row, action, label, values, problems, notes })),
    counts: counts(p.rows),
  };
}

export function commitSheet(ctx: CoreContext, req: SheetRequest & { skipInvalid?: boolean | undefined }): SheetCommitResult {
  const p = plan(ctx, req);
  if (!p) throw new AppError('not_ready', t('Filen leses fortsatt. Vent til forhåndsvisningen er klar.'));
  const c = counts(p.rows);
  if (c.invalid > 0 && !req.skipInvalid)
    throw new AppError(
      'invalid_rows',
      c.invalid === 1
        ? t('1 rad har feil. Rett filen og last den opp på nytt, eller velg å hoppe over raden med feil. Ingenting er lagret.')
        : msg`${c.invalid} rader har feil. Rett filen og last den opp på nytt, eller velg å hoppe over radene med feil. Ingenting er lagret.`,
    );
  if (c.create + c.update === 0) throw new AppError('nothing_to_import', t('Filen har ingen rader som kan leses inn. Ingenting er lagret.'));
  const what = KIND_NOTES[req.kind]();
  const rec = new ChangeRecorder(ctx.db, 'sheets:commit', note`Leste inn ${what} fra ${p.fileName}`, p.event?.id ?? null);
  let done: { created: number; updated: number };
  switch (req.kind) {
    case 'signups':
      done = commitSignups(ctx, rec, p.event!, p.rows as Parameters<typeof commitSignups>[3]);
      break;
    case 'organisations':
      done = commitOrganisations(ctx, rec, p.rows as Parameters<typeof commitOrganisations>[2]);
      break;
    case 'regions':
      done = commitRegions(ctx, rec, p.rows as Parameters<typeof commitRegions>[2]);
      break;
  }
  const summary = c.invalid
    ? note`Leste inn ${what} fra ${p.fileName}: ${done.created} nye, ${done.updated} oppdatert, ${c.invalid} hoppet over`
    : note`Leste inn ${what} fra ${p.fileName}: ${done.created} nye, ${done.updated} oppdatert`;
  rec.setSummary(summary);
  return { ...done, skipped: c.invalid, changeId: rec.changeId, summary: render(summary) };
}
