import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { msg, t } from '../i18n';
import { recordCateringExport } from '../overview/catering';
import { writeCsv } from './csv';
import { planList } from './lists';
import { exportFileName, type ExportFormat, type ExportList } from './plan';
import { writeXlsx, type Progress } from './xlsx';

// The one implementation of "write list X as a file", for every door. It is async (exceljs
// streams to disk), so it is not an operation of the contract — those are synchronous, inside a
// SQLite transaction. Instead the doors call it directly: the CLI with --out, the Electron door
// after the native save dialog (main/electron/exports.ts), and browser mode through a job
// (jobs.ts) whose progress the renderer polls with the `export:progress` operation.
//
// The list is in the language of the call (main/core/i18n): its words are rendered when the
// list is planned, at the start, and the messages after an await follow the same language
// because AsyncLocalStorage carries it into every continuation. So each door runs this inside
// withLang: invoke() for the browser job, runCli for --out, the Electron door with uiLanguage().

export interface ExportRequest {
  list: ExportList;
  format: ExportFormat;
  eventId?: number;
}

export interface ExportResult {
  file: string;
  /** The suggested file name ('Lunsjliste – Oppstartssamling 2015-09-24.xlsx'). */
  fileName: string;
  rows: number;
  bytes: number;
}

/** The file name a list gets, for the save dialog's default and Content-Disposition. */
export function suggestedFileName(ctx: CoreContext, req: ExportRequest): string {
  return exportFileName(planList(ctx, req.list, req.eventId), req.format);
}

/**
 * Writes the list to `file`. The rows go to `<file>.part` first and are renamed at the end, so
 * a failed or interrupted export never leaves half a spreadsheet under the chosen name.
 */
export async function writeExport(ctx: CoreContext, req: ExportRequest, file: string, onProgress?: Progress): Promise<ExportResult> {
  const plan = planList(ctx, req.list, req.eventId);
  const part = `${file}.part`;
  const stream = createWriteStream(part);
  const opened = new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
  try {
    await opened;
  } catch (e) {
    throw new AppError('write_failed', msg`Kunne ikke lagre filen ${file}: ${(e as Error).message}`);
  }
  try {
    const rows =
      req.format === 'xlsx' ? await writeXlsx(plan, stream, onProgress, ctx.now()) : await writeCsv(plan.csv, stream, onProgress);
    await rename(part, file);
    const { size } = await stat(file);
    if (req.list === 'catering') recordCateringExport(ctx, req.eventId); // the overview's "since the last lunch list"
    return { file, fileName: exportFileName(plan, req.format), rows, bytes: size };
  } catch (e) {
    stream.destroy();
    await rm(part, { force: true });
    if (e instanceof AppError) throw e;
    const why = (e as Error).message;
    if (/ENOSPC/.test(why)) throw new AppError('disk_full', t('Disken er full, og filen ble ikke lagret. Frigjør plass og prøv igjen.'));
    if (/EACCES|EPERM|EROFS/.test(why)) throw new AppError('write_failed', msg`Har ikke lov til å lagre i ${file}. Velg en annen mappe.`);
    throw new AppError('write_failed', msg`Filen ble ikke lagret: ${why}`);
  }
}
