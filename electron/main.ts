/**
 * The desktop app's main process: wires the database, the services, the IPC handlers, the
 * `app://` protocol, the menu and the window together. It holds no logic of its own.
 */
import { userInfo } from 'node:os';
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { APP_NAME } from '../shared/app';
import { createDispatcher } from './api/dispatch';
import { showAboutDialog } from './about';
import { APP_ENTRY_URL, isRendererUrl } from './app-url';
import { chooseUserDataFolder, desktopPaths } from './desktop-paths';
import { nativeDialogs } from './dialogs';
import { registerApiHandlers } from './ipc';
import { createApplicationMenu } from './menu';
import { registerAppSchemeAsPrivileged, serveRendererOnAppScheme } from './protocol';
import { printReportWithElectron } from './report-printing';
import { createServices } from './services';
import { importSampleArticlesIfEmpty } from './services/sample-articles';
import { openDatabase } from './store/database';
import { createMainWindow } from './window';

// `electron-vite dev` serves the renderer from a development server; a packaged app never does.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

let mainWindow: BrowserWindow | null = null;

function openWindow(preloadPath: string): void {
  const window = createMainWindow({ preloadPath, rendererUrl: devServerUrl ?? APP_ENTRY_URL });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
}

function showWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function start(): void {
  const paths = desktopPaths();
  const db = openDatabase(paths.database);
  const services = createServices(db, {
    reviewer: userInfo().username,
    databasePath: paths.database,
    platform: { ...nativeDialogs(() => mainWindow), printReportPdf: printReportWithElectron },
  });
  importSampleArticlesIfEmpty(services.documents, paths.seeds);
  const removeApiHandlers = registerApiHandlers(createDispatcher(services), {
    window: () => mainWindow,
    isRendererUrl: (url) => isRendererUrl(url, devServerUrl),
  });
  app.once('will-quit', () => {
    removeApiHandlers();
    db.close();
  });

  serveRendererOnAppScheme(paths.renderer);
  Menu.setApplicationMenu(
    createApplicationMenu({
      isMac: process.platform === 'darwin',
      withDeveloperTools: !app.isPackaged,
      showAbout: () => void showAboutDialog(mainWindow),
    }),
  );
  openWindow(paths.preload);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow(paths.preload);
  });
}

function failToStart(error: unknown): void {
  // DatabaseOpenError and the other start-up errors carry a message meant for the user.
  const message = error instanceof Error ? error.message : String(error);
  console.error(error);
  dialog.showErrorBox(`${APP_NAME} cannot start`, message);
  app.exit(1);
}

registerAppSchemeAsPrivileged();
chooseUserDataFolder();

if (!app.requestSingleInstanceLock()) {
  // Another instance owns this user-data folder; it has been asked to show its window.
  app.quit();
} else {
  app.on('second-instance', showWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch(failToStart);
}
