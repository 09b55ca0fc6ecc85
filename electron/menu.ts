/**
 * The application menu. Undo and Redo are left out on purpose: the editor binds Ctrl/Cmd+Z and
 * Ctrl/Cmd+Shift+Z itself to undo annotation changes, and a native role would take the keys first.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { APP_NAME } from '../shared/app';

export interface ApplicationMenuOptions {
  /** macOS puts the app's own menu first and keeps Quit there. */
  isMac: boolean;
  /** Adds the developer tools to the View menu (for unpackaged runs). */
  withDeveloperTools: boolean;
  showAbout(): void;
}

/** Builds the menu bar: File, Edit, View, (Window on macOS) and Help. */
export function createApplicationMenu(options: ApplicationMenuOptions): Menu {
  // An ampersand marks the Alt-key mnemonic on Windows and Linux; macOS has no mnemonics.
  const title = (name: string) => (options.isMac ? name : `&${name}`);
  const about: MenuItemConstructorOptions = { label: `About ${APP_NAME}`, click: () => options.showAbout() };
  const appMenu: MenuItemConstructorOptions[] = options.isMac
    ? [
        {
          label: APP_NAME,
          submenu: [about, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
        },
      ]
    : [];
  const template: MenuItemConstructorOptions[] = [
    ...appMenu,
    { label: title('File'), submenu: [options.isMac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: title('Edit'),
      // Cut and Paste serve the note fields; the article text itself is read-only.
      submenu: [{ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { type: 'separator' }, { role: 'selectAll' }],
    },
    {
      label: title('View'),
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(options.withDeveloperTools ? [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }] : []),
      ],
    },
    ...(options.isMac ? [{ role: 'windowMenu' as const }] : []),
    { label: title('Help'), role: 'help', submenu: [about] },
  ];
  return Menu.buildFromTemplate(template);
}
