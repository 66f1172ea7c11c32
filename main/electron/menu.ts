import { Menu, type MenuItemConstructorOptions } from 'electron';

/** What the menu asks of the rest of the app. */
export interface MenuActions {
  backup(): void;
  about(): void;
  /** Undo/redo of the change log, sent to the renderer (which shows the result and refreshes). */
  edit(action: 'undo' | 'redo'): void;
}

/** The Norwegian application menu: Fil, Rediger, Vis, Hjelp (plus the app menu on macOS). */
export function buildMenu(actions: MenuActions, platform: NodeJS.Platform = process.platform): Menu {
  const mac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(mac
      ? [
          {
            label: 'Samling',
            submenu: [
              { label: 'Om Samling', click: () => actions.about() },
              { type: 'separator' },
              { role: 'hide', label: 'Skjul Samling' },
              { role: 'hideOthers', label: 'Skjul andre' },
              { role: 'unhide', label: 'Vis alle' },
              { type: 'separator' },
              { role: 'quit', label: 'Avslutt Samling' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: 'Fil',
      submenu: [
        { label: 'Sikkerhetskopi…', accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.backup() },
        ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: 'Avslutt' } as const]),
      ],
    },
    {
      label: 'Rediger',
      submenu: [
        // In a text field these undo the typing instead (preload decides, it sees the focus).
        { label: 'Angre', accelerator: 'CmdOrCtrl+Z', click: () => actions.edit('undo') },
        { label: 'Gjør om', accelerator: mac ? 'Cmd+Shift+Z' : 'Ctrl+Y', click: () => actions.edit('redo') },
        { type: 'separator' },
        { role: 'cut', label: 'Klipp ut' },
        { role: 'copy', label: 'Kopier' },
        { role: 'paste', label: 'Lim inn' },
        { role: 'selectAll', label: 'Merk alt' },
      ],
    },
    {
      label: 'Vis',
      submenu: [
        { role: 'reload', label: 'Last inn på nytt' },
        { role: 'toggleDevTools', label: 'Utviklerverktøy' },
        { type: 'separator' },
        { role: 'resetZoom', label: 'Vanlig størrelse' },
        { role: 'zoomIn', label: 'Zoom inn' },
        { role: 'zoomOut', label: 'Zoom ut' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Fullskjerm' },
      ],
    },
    {
      label: 'Hjelp',
      role: 'help',
      submenu: [{ label: 'Om Samling', click: () => actions.about() }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
