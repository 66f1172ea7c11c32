import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { app, dialog, ipcMain, shell, type BrowserWindow } from 'electron';
import { z } from 'zod';
import { EXPORT_LIST_NAMES } from '../api/ops/exports';
import type { Envelope } from '../api/types';
import type { CoreContext } from '../core/context';
import { AppError } from '../core/errors';
import { suggestedFileName, writeExport } from '../core/exports/write';
import { msg, t, withLang, type Lang } from '../core/i18n';
import { isTrustedSender } from './ipc';

// The desktop door for saving lists: main shows the native save dialog (the renderer never
// names a path), writes the file with the one core writer, sends progress to the window, and
// afterwards opens the file or shows it in its folder by an id (again: no path from the page).
//
// Everything here runs in the language the organiser chose (getLang, main.ts passes uiLanguage),
// read when the request comes in and kept across the save dialog and the writing (withLang): the
// file's name, sheets and headers and every message are in that language.
//
// Register in main/electron/main.ts after registerOperations:  registerExportIpc(core, () => mainWindow, uiLanguage);
// and expose in preload/index.ts (see the report of issue #5):
//   contextBridge.exposeInMainWorld('samlingFiles', {
//     saveExport: (req) => ipcRenderer.invoke('samling-files:save', req),
//     openSaved: (saveId) => ipcRenderer.invoke('samling-files:open', saveId),
//     showSaved: (saveId) => ipcRenderer.invoke('samling-files:show', saveId),
//     onProgress: (cb) => { const l = (_e, p) => cb(p); ipcRenderer.on('samling-files:progress', l);
//                           return () => ipcRenderer.off('samling-files:progress', l); },
//   });

export interface SavedExport {
  saveId: string;
  fileName: string;
  rows: number;
  bytes: number;
}

const saveRequest = z
  .object({
    list: z.enum(EXPORT_LIST_NAMES),
    format: z.enum(['xlsx', 'csv']).default('xlsx'),
    eventId: z.number().int().positive().optional(),
  })
  .strict();
const saveIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

/** Files saved in this run, by id: the renderer may ask to open them, never name a path. */
const saved = new Map<string, string>();

const FILTERS: Record<'xlsx' | 'csv', () => Electron.FileFilter[]> = {
  xlsx: () => [{ name: t('Excel-arbeidsbok'), extensions: ['xlsx'] }],
  csv: () => [{ name: t('CSV (semikolonseparert)'), extensions: ['csv'] }],
};

function failure(e: unknown): Envelope<never> {
  if (e instanceof AppError) return { ok: false, error: { code: e.code, message: e.message } };
  return { ok: false, error: { code: 'internal', message: msg`Filen ble ikke lagret: ${(e as Error).message}` } };
}

const forbidden = (): Envelope<never> => ({
  ok: false,
  error: { code: 'forbidden', message: t('Forespørselen kom ikke fra Samlings eget vindu og er avvist.') },
});

const notSaved = (): Envelope<never> => ({ ok: false, error: { code: 'not_found', message: t('Fant ikke filen som ble lagret.') } });

export function registerExportIpc(ctx: CoreContext, getWindow: () => BrowserWindow | null, getLang: () => Lang = () => 'nb'): void {
  ipcMain.handle('samling-files:save', (event, raw: unknown): Promise<Envelope<SavedExport | null>> =>
    withLang(getLang(), () => save(event, raw)),
  );

  async function save(event: Electron.IpcMainInvokeEvent, raw: unknown): Promise<Envelope<SavedExport | null>> {
    const win = getWindow();
    if (!isTrustedSender(event, win) || !win) return forbidden();
    const parsed = saveRequest.safeParse(raw);
    if (!parsed.success) return { ok: false, error: { code: 'invalid_input', message: t('Ugyldig forespørsel om lagring.') } };
    const req = parsed.data;
    try {
      const fileName = suggestedFileName(ctx, req);
      const choice = await dialog.showSaveDialog(win, {
        title: t('Lagre som'),
        buttonLabel: t('Lagre'),
        defaultPath: path.join(app.getPath('documents'), fileName),
        filters: FILTERS[req.format](),
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      });
      if (choice.canceled || !choice.filePath) return { ok: true, value: null };
      let file = choice.filePath;
      if (path.extname(file).toLowerCase() !== `.${req.format}`) file += `.${req.format}`;
      let last = 0;
      const result = await writeExport(ctx, req, file, (done, total) => {
        const now = Date.now();
        if (now - last < 100 && done < total) return;
        last = now;
        if (!win.isDestroyed()) win.webContents.send('samling-files:progress', { done, total });
      });
      const saveId = randomBytes(12).toString('base64url');
      saved.set(saveId, result.file);
      return { ok: true, value: { saveId, fileName: path.basename(result.file), rows: result.rows, bytes: result.bytes } };
    } catch (e) {
      return failure(e);
    }
  }

  ipcMain.handle('samling-files:open', (event, raw: unknown): Promise<Envelope<null>> =>
    withLang(getLang(), async (): Promise<Envelope<null>> => {
      if (!isTrustedSender(event, getWindow())) return forbidden();
      const file = saveIdSchema.safeParse(raw).success ? saved.get(raw as string) : undefined;
      if (!file) return notSaved();
      const err = await shell.openPath(file);
      return err ? { ok: false, error: { code: 'open_failed', message: msg`Kunne ikke åpne filen: ${err}` } } : { ok: true, value: null };
    }),
  );

  ipcMain.handle('samling-files:show', (event, raw: unknown): Envelope<null> =>
    withLang(getLang(), (): Envelope<null> => {
      if (!isTrustedSender(event, getWindow())) return forbidden();
      const file = saveIdSchema.safeParse(raw).success ? saved.get(raw as string) : undefined;
      if (!file) return notSaved();
      shell.showItemInFolder(file);
      return { ok: true, value: null };
    }),
  );
}
