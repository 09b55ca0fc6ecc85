/**
 * The app's window. Every security setting of the desktop app is written out here, in one
 * place, to be checked against the list in the design notes.
 */
import { BrowserWindow, dialog } from 'electron';
import { APP_NAME } from '../shared/app';
import { openLinkAfterConfirming } from './external-links';

export interface MainWindowOptions {
  /** The bundled preload script (CommonJS, runs sandboxed). */
  preloadPath: string;
  /** What the window loads: `app://factmark/index.html`, or the development server. */
  rendererUrl: string;
}

/**
 * Opens the window on the renderer, locked down: isolated and sandboxed page without Node,
 * web security on, every navigation, redirect, new window and webview refused (a subframe may
 * show only its srcdoc), every permission request and check denied. Links the page tries to
 * follow are offered to the system browser (http and https only, after the user confirms).
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: APP_NAME,
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Chromium's spellchecker fetches dictionaries from the network; the app makes no requests.
      spellcheck: false,
    },
  });
  const contents = window.webContents;

  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  contents.session.setPermissionCheckHandler(() => false);
  contents.session.setDevicePermissionHandler(() => false);

  const offerLink = (url: string) => {
    openLinkAfterConfirming(window, url).catch((error: unknown) => console.error(`Cannot offer the link ${url}:`, error));
  };
  contents.setWindowOpenHandler(({ url }) => {
    offerLink(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    offerLink(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    // The main frame is handled above. A subframe may only show the document the page gave it
    // (the Report view's srcdoc frame, which fetches nothing); a link followed in it is offered.
    if (event.isMainFrame || event.url === 'about:srcdoc') return;
    event.preventDefault();
    offerLink(event.url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());

  window.once('ready-to-show', () => window.show());
  contents.loadURL(options.rendererUrl).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox(`${APP_NAME} cannot show its window`, `${options.rendererUrl} did not load: ${reason}`);
  });
  return window;
}
