import { contextBridge, ipcRenderer } from 'electron';
import type { SamlingApi } from '../main/api/client';
import { OP_NAMES } from '../main/api/contract';

// The desktop door's renderer side: exactly the contract's operations, one function each, over
// one IPC channel per operation (main/electron/ipc.ts checks the sender of every call). Nothing
// else from Electron or Node reaches the page. This file runs sandboxed: the build bundles
// everything it imports, and only `electron` may remain as a require (see electron.vite.config.ts).

const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
for (const name of OP_NAMES) {
  api[name] = (input?: unknown) => ipcRenderer.invoke(`samling:${name}`, input);
}
contextBridge.exposeInMainWorld('samling', api as SamlingApi);

type MenuAction = 'undo' | 'redo';
const listeners = new Set<(action: MenuAction) => void>();

function editingText(): boolean {
  const el = document.activeElement;
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return !el.readOnly;
  if (el instanceof HTMLInputElement) return !el.readOnly && !['checkbox', 'radio', 'button', 'submit', 'file', 'range', 'color'].includes(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

// The menu's Angre/Gjør om: in a text field they undo the typing, as everywhere else; otherwise
// the renderer gets them and calls changelog:undo / changelog:redo.
ipcRenderer.on('samling:menu', (_event, action: unknown) => {
  if (action !== 'undo' && action !== 'redo') return;
  if (editingText()) {
    document.execCommand(action);
    return;
  }
  for (const cb of listeners) cb(action);
});

contextBridge.exposeInMainWorld('samlingMenu', {
  /** Calls `cb` with 'undo' or 'redo' from the menu; returns a function that stops it. */
  onMenu(cb: (action: MenuAction) => void): () => void {
    listeners.add(cb);
    return () => listeners.delete(cb);
  },
});

// Saving lists (main/electron/exports.ts): main shows the save dialog and writes the file; the
// page only names the list and later refers to the saved file by an id, never by a path.
contextBridge.exposeInMainWorld('samlingFiles', {
  saveExport: (request: unknown) => ipcRenderer.invoke('samling-files:save', request),
  openSaved: (saveId: unknown) => ipcRenderer.invoke('samling-files:open', saveId),
  showSaved: (saveId: unknown) => ipcRenderer.invoke('samling-files:show', saveId),
  onProgress(cb: (progress: { done: number; total: number }) => void): () => void {
    const listener = (_event: unknown, progress: { done: number; total: number }) => cb(progress);
    ipcRenderer.on('samling-files:progress', listener);
    return () => {
      ipcRenderer.off('samling-files:progress', listener);
    };
  },
});

// Per-computer settings (main/electron/settings.ts): language, theme and the data folder. The
// folder is chosen in main's own dialog; the page never sends a path.
contextBridge.exposeInMainWorld('samlingSettings', {
  get: () => ipcRenderer.invoke('samling-settings:get'),
  set: (changes: unknown) => ipcRenderer.invoke('samling-settings:set', changes),
  chooseDataFolder: () => ipcRenderer.invoke('samling-settings:chooseDataFolder'),
  restart: () => ipcRenderer.invoke('samling-settings:restart'),
});
