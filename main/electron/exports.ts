import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { app, dialog, ipcMain, shell, type BrowserWindow } from 'electron';
import { z } from 'zod';
import { EXPORT_LIST_NAMES } from '../api/ops/exports';
import type { Envelope } from '../api/types';
import type { CoreContext } from '../core/context';
import { AppError } from '../core/errors';
import { suggestedFileName, writeExport } from '../core/exports/write';
import { isTrustedSender } from './ipc';

// The desktop door for saving lists: main shows the native save dialog (the renderer never
// names a path), writes the file with the one core writer, sends progress to the window, and
// afterwards opens the file or shows it in its folder by an id (again: no path from the page).
//
// Register in main/electron/main.ts after registerOperations:  registerExportIpc(core, () => mainWindow);
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

const FILTERS: Record<'xlsx' | 'csv', Electron.FileFilter[]> = {
  xlsx: [{ name: 'Excel-arbeidsbok', extensions: ['xlsx'] }],
  csv: [{ name: 'CSV (semikolonseparert)', extensions: ['csv'] }],
};

function failure(e: unknown): Envelope<never> {
  if (e instanceof AppError) return { ok: false, error: { code: e.code, message: e.message } };
  return { ok: false, error: { code: 'internal', message: `Filen ble ikke lagret: ${(e as Error).message}` } };
}

const FORBIDDEN: Envelope<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'Forespørselen kom ikke fra Samlings eget vindu og er avvist.' },
};

export function registerExportIpc(ctx: CoreContext, getWindow: () => BrowserWindow | null): void {
  ipcMain.handle('samling-files:save', async (event, raw: unknown): Promise<Envelope<SavedExport | null>> => {
    const win = getWindow();
    if (!isTrustedSender(event, win) || !win) return FORBIDDEN;
    const parsed = saveRequest.safeParse(raw);
    if (!parsed.success) return { ok: false, error: { code: 'invalid_input', message: 'Ugyldig forespørsel om lagring.' } };
    const req = parsed.data;
    try {
      const fileName = suggestedFileName(ctx, req);
      const choice = await dialog.showSaveDialog(win, {
        title: 'Lagre som',
        buttonLabel: 'Lagre',
        defaultPath: path.join(app.getPath('documents'), fileName),
        filters: FILTERS[req.format],
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
  });

  ipcMain.handle('samling-files:open', async (event, raw: unknown): Promise<Envelope<null>> => {
    if (!isTrustedSender(event, getWindow())) return FORBIDDEN;
    const file = saveIdSchema.safeParse(raw).success ? saved.get(raw as string) : undefined;
    if (!file) return { ok: false, error: { code: 'not_found', message: 'Fant ikke filen som ble lagret.' } };
    const err = await shell.openPath(file);
    return err ? { ok: false, error: { code: 'open_failed', message: `Kunne ikke åpne filen: ${err}` } } : { ok: true, value: null };
  });

  ipcMain.handle('samling-files:show', (event, raw: unknown): Envelope<null> => {
    if (!isTrustedSender(event, getWindow())) return FORBIDDEN;
    const file = saveIdSchema.safeParse(raw).success ? saved.get(raw as string) : undefined;
    if (!file) return { ok: false, error: { code: 'not_found', message: 'Fant ikke filen som ble lagret.' } };
    shell.showItemInFolder(file);
    return { ok: true, value: null };
  });
}
