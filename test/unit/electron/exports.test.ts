import ExcelJS from 'exceljs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../../main/api/types';
import type { Lang } from '../../../main/core/i18n';
import { addSampleSignups, openTestDb, type TestDb } from '../../integration/exports/fixtures';

// The desktop door for saving lists (main/electron/exports.ts) without Electron: ipcMain, the save
// dialog and the sender check are stand-ins; the core writer and the file are real. The language
// is the one the organiser chose (getLang → uiLanguage() in main.ts), read when the request comes
// in and kept across the dialog and the writing.

type Handler = (event: unknown, raw: unknown) => unknown;
const electron = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  dialogOptions: [] as { title?: string; buttonLabel?: string; defaultPath?: string; filters?: { name: string }[] }[],
  savePath: '',
}));

vi.mock('electron', () => ({
  app: { getPath: () => '/dokumenter' },
  ipcMain: { handle: (channel: string, fn: Handler) => electron.handlers.set(channel, fn) },
  dialog: {
    showSaveDialog: async (_win: unknown, options: (typeof electron.dialogOptions)[number]) => {
      electron.dialogOptions.push(options);
      // The dialog takes a while: the answer comes in a later turn of the event loop.
      await new Promise((r) => setTimeout(r, 10));
      return { canceled: false, filePath: electron.savePath };
    },
  },
  shell: { openPath: async () => 'feil', showItemInFolder: () => undefined },
}));
vi.mock('../../../main/electron/ipc', () => ({ isTrustedSender: () => true }));

const { registerExportIpc } = await import('../../../main/electron/exports');

const window = { isDestroyed: () => false, webContents: { send: () => undefined } };
let t: TestDb;
let lang: Lang = 'nb';
beforeEach(() => {
  t = openTestDb();
  addSampleSignups(t.ctx);
  electron.handlers.clear();
  electron.dialogOptions.length = 0;
  registerExportIpc(t.ctx, () => window as never, () => lang);
});
afterEach(() => t.close());

const call = (channel: string, raw: unknown) => electron.handlers.get(channel)!({}, raw) as Promise<Envelope<{ saveId: string; fileName: string }>>;

describe('the desktop save door', () => {
  it('saves in the organiser\'s language: dialog, suggested name, sheets and headers', async () => {
    lang = 'nn';
    electron.savePath = path.join(t.dir, 'deltakarar');
    const r = await call('samling-files:save', { list: 'venue' });
    expect(r.ok).toBe(true);
    const [options] = electron.dialogOptions;
    expect(options?.title).toBe('Lagre som');
    expect(options?.defaultPath).toBe(path.join('/dokumenter', 'Deltakarliste – Oppstartssamling 2015-09-24.xlsx'));
    expect(options?.filters?.[0]?.name).toBe('Excel-arbeidsbok');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(`${electron.savePath}.xlsx`);
    const ws = wb.getWorksheet('Deltakarar')!;
    expect((ws.getRow(1).values as unknown[]).slice(1, 3)).toEqual(['Etternamn', 'Førenamn']);
    expect(ws.headerFooter.oddFooter).toMatch(/Side &P av &N$/);
  });

  it('English, and its refusals in English too', async () => {
    lang = 'en';
    electron.savePath = path.join(t.dir, 'lunch.xlsx');
    expect((await call('samling-files:save', { list: 'catering' })).ok).toBe(true);
    expect(electron.dialogOptions[0]?.title).toBe('Save as');
    expect(electron.dialogOptions[0]?.buttonLabel).toBe('Save');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(electron.savePath);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Allergies and dietary needs']);
    // The footer is written after the dialog and the first awaits of the writer.
    expect(wb.worksheets[0]!.headerFooter.oddFooter).toMatch(/Page &P of &N$/);

    const bad = await call('samling-files:save', { list: 'nope' });
    expect(bad).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Invalid request to save.' } });
    const unknown = await call('samling-files:open', 'ukjentlagring123');
    expect(unknown).toEqual({ ok: false, error: { code: 'not_found', message: 'Could not find the saved file.' } });
  });
});
