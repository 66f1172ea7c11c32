import { app, dialog, Menu, session, type BrowserWindow } from 'electron';
import path from 'node:path';
import { backupTo } from '../core/backup';
import type { CoreContext } from '../core/context';
import { latestGoodBackup, openCoreSafely, restoreOffline, startFresh } from '../core/safety';
import { registerExportIpc } from './exports';
import { registerOperations } from './ipc';
import { buildMenu } from './menu';
import { databaseFile, nativeBinding, rendererDir } from './paths';
import { registerAppScheme, serveRenderer } from './protocol';
import { registerSettingsIpc, uiLanguage } from './settings';
import { createMainWindow, hardenContents } from './window';

// The desktop door: app lifecycle, the one window, IPC to the core, the menu. No domain logic.

// Tests and portable use point the data folder elsewhere; the CLI honours the same variable.
if (process.env.SAMLING_DATA_DIR) app.setPath('userData', path.resolve(process.env.SAMLING_DATA_DIR));
registerAppScheme();

let mainWindow: BrowserWindow | null = null;
let ctx: CoreContext | null = null;

function focusWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function openFailedMessage(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  if (/NODE_MODULE_VERSION|was compiled against a different Node\.js version/.test(msg))
    return `Databasemodulen (better-sqlite3) er ikke bygget for denne Electron-versjonen. Start appen med «npm start», som bygger den, eller bruk nettlesermodus («npm run web»).\n\n${msg}`;
  return msg;
}

async function backupFromMenu(core: CoreContext): Promise<void> {
  const win = mainWindow ?? undefined;
  const day = new Date().toISOString().slice(0, 10);
  const options = {
    title: 'Lagre sikkerhetskopi',
    buttonLabel: 'Lagre',
    defaultPath: path.join(app.getPath('documents'), `Samling-sikkerhetskopi-${day}.db`),
    filters: [{ name: 'Samling-database', extensions: ['db'] }],
  };
  const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return;
  try {
    // The save dialog already asked before replacing an existing file.
    const result = await backupTo(core, choice.filePath, { overwrite: true });
    const box = { type: 'info' as const, title: 'Sikkerhetskopi', message: 'Sikkerhetskopien er lagret.', detail: result.file };
    if (win) await dialog.showMessageBox(win, box);
    else await dialog.showMessageBox(box);
  } catch (e) {
    dialog.showErrorBox('Sikkerhetskopien ble ikke lagret', (e as Error).message);
  }
}

function about(): void {
  const box = {
    type: 'info' as const,
    title: 'Om Samling',
    message: `Samling ${app.getVersion()}`,
    detail: `Påmeldinger, setefordeling og lister for offentlige samlinger.\n\nDatabase: ${databaseFile()}\nElectron ${process.versions.electron}, Chromium ${process.versions.chrome}`,
  };
  if (mainWindow) void dialog.showMessageBox(mainWindow, box);
  else void dialog.showMessageBox(box);
}

const RESTORE = 'Gjenopprett siste sikkerhetskopi';
const FRESH = 'Start med en tom database';

/**
 * Opens the database with the quick check of core/safety.ts. A damaged file (a copy of it is
 * already kept aside) gets a native dialog offering the newest intact backup or an empty start.
 */
function openOrOfferRestore(file: string, binding: string | undefined): CoreContext | null {
  const options = binding ? { nativeBinding: binding } : {};
  for (;;) {
    const r = openCoreSafely(file, options);
    if (r.status === 'ok') return r.ctx;
    if (r.status === 'failed') {
      dialog.showErrorBox('Samling kan ikke åpne databasen', `${openFailedMessage(new Error(r.message))}\n\nFil: ${file}`);
      return null;
    }
    const buttons = [...(r.backups.length > 0 ? [RESTORE] : []), FRESH, 'Avslutt'];
    const choice = buttons[
      dialog.showMessageBoxSync({
        type: 'error',
        title: 'Databasen er skadet',
        message: 'Samling kan ikke bruke databasen.',
        detail: r.message,
        buttons,
        defaultId: 0,
        cancelId: buttons.length - 1,
        noLink: true,
      })
    ];
    try {
      if (choice === RESTORE) {
        const latest = latestGoodBackup(file, binding);
        if (!latest) throw new Error('Ingen av sikkerhetskopiene er hele.');
        restoreOffline(file, latest.file, options);
      } else if (choice === FRESH) startFresh(file);
      else return null;
    } catch (e) {
      dialog.showErrorBox('Gjenopprettingen mislyktes', (e as Error).message);
    }
  }
}

function start(): void {
  const file = databaseFile();
  const binding = nativeBinding();
  ctx = openOrOfferRestore(file, binding);
  if (!ctx) {
    app.exit(1);
    return;
  }
  const core = ctx;
  // No camera, microphone, notifications, geolocation …: the app needs none of them.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  serveRenderer(rendererDir());
  registerOperations(core, () => mainWindow, uiLanguage);
  registerExportIpc(core, () => mainWindow, uiLanguage);
  registerSettingsIpc(core, () => mainWindow);
  Menu.setApplicationMenu(
    buildMenu({
      backup: () => void backupFromMenu(core),
      about,
      edit: (action) => mainWindow?.webContents.send('samling:menu', action),
    }),
  );
  mainWindow = createMainWindow();
  mainWindow.on('closed', () => (mainWindow = null));
}

if (!app.requestSingleInstanceLock()) {
  // Another Samling already runs: it gets the 'second-instance' event and shows its window.
  app.quit();
} else {
  app.on('second-instance', focusWindow);
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('activate', () => {
    if (!mainWindow && ctx) mainWindow = createMainWindow();
  });
  app.on('will-quit', () => {
    ctx?.db.close();
    ctx = null;
  });
  void app.whenReady().then(start);
}
