import { randomBytes } from 'node:crypto';
import type { SheetUploadStatus } from '../../api/ops/exports';
import { AppError } from '../errors';
import { msg, t } from '../i18n';
import { decodeText, parseCsv, readXlsx, sniffSheet, type Table } from './sheetread';

// Uploaded spreadsheets wait here between "preview" and "commit". The operations of the
// contract are synchronous, but exceljs unpacks an .xlsx asynchronously, so an upload is read in
// the background and the preview operation answers "still reading" until it is ready (the
// renderer polls, like the export progress). Only the parsed tables are kept, in this process,
// for an hour; nothing about an upload is stored in the database until it is committed.

export type UploadState = SheetUploadStatus['state'];

interface Upload {
  id: string;
  fileName: string;
  state: UploadState;
  tables: Table[];
  error: AppError | null;
  at: number;
  done: Promise<void>;
}

const uploads = new Map<string, Upload>();
const KEEP_MS = 60 * 60 * 1000;
const MAX_UPLOADS = 8;

function sweep(): void {
  const now = Date.now();
  for (const [id, u] of uploads) if (now - u.at > KEEP_MS) uploads.delete(id);
  // Keep memory bounded: forget the oldest uploads first.
  while (uploads.size >= MAX_UPLOADS) {
    const oldest = uploads.keys().next().value;
    if (oldest === undefined) break;
    uploads.delete(oldest);
  }
}

export type UploadStatus = SheetUploadStatus;

function status(u: Upload): UploadStatus {
  return { uploadId: u.id, fileName: u.fileName, state: u.state, sheets: u.tables.map((t) => ({ name: t.name, rows: t.rows.length })) };
}

/**
 * Takes a file's bytes: refuses at once what is not a spreadsheet, too large or a zip bomb;
 * CSV is parsed straight away, .xlsx in the background.
 */
export function registerUpload(fileName: string, buf: Buffer): UploadStatus {
  const type = sniffSheet(buf, fileName);
  sweep();
  const id = randomBytes(12).toString('base64url');
  const u: Upload = { id, fileName, state: 'reading', tables: [], error: null, at: Date.now(), done: Promise.resolve() };
  if (type === 'csv') {
    const table = parseCsv(decodeText(buf), fileName);
    if (table.rows.length === 0) throw new AppError('empty_file', msg`Filen «${fileName}» har ingen rader.`);
    u.tables = [table];
    u.state = 'ready';
  } else {
    u.done = readXlsx(buf, fileName).then(
      (tables) => {
        u.tables = tables;
        u.state = 'ready';
      },
      (e: unknown) => {
        u.error = e instanceof AppError ? e : new AppError('not_spreadsheet', msg`Filen «${fileName}» kunne ikke leses: ${(e as Error).message}`);
        u.state = 'failed';
      },
    );
  }
  uploads.set(id, u);
  return status(u);
}

function find(id: string): Upload {
  const u = uploads.get(id);
  if (!u)
    throw new AppError(
      'upload_expired',
      t('Filen er ikke lenger lastet opp (den glemmes etter en time eller når Samling starter på nytt). Velg filen på nytt.'),
    );
  return u;
}

export function uploadStatus(id: string): UploadStatus {
  return status(find(id));
}

/** The parsed tables, or null while still reading; throws the reading error when it failed. */
export function uploadTables(id: string): { fileName: string; tables: Table[] } | null {
  const u = find(id);
  if (u.state === 'failed' && u.error) throw u.error;
  return u.state === 'ready' ? { fileName: u.fileName, tables: u.tables } : null;
}

/** For doors that can wait (the CLI, tests): resolves when the upload is read. */
export async function waitForUpload(id: string): Promise<UploadStatus> {
  const u = find(id);
  await u.done;
  if (u.error) throw u.error;
  return status(u);
}

export function forgetUpload(id: string): void {
  uploads.delete(id);
}
