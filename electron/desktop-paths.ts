/** Where the desktop app finds its own files and keeps the user's data. */
import { join, resolve } from 'node:path';
import { app } from 'electron';
import { APP_DATA_FOLDER, DATABASE_FILE } from '../shared/app';

export interface DesktopPaths {
  /** The SQLite database, in the user-data folder. */
  database: string;
  /** The sample articles a new library starts with. */
  seeds: string;
  /** The built renderer served on `app://`. */
  renderer: string;
  /** The bundled preload script. */
  preload: string;
}

/**
 * Chooses the user-data folder before the app is ready: `--user-data-dir=PATH` when given (tests
 * and portable setups use it), otherwise the `Factmark` folder in the platform's application-data
 * folder, the same one the web host and the CLI open by default.
 */
export function chooseUserDataFolder(): string {
  const requested = app.commandLine.getSwitchValue('user-data-dir');
  const folder = requested ? resolve(requested) : join(app.getPath('appData'), APP_DATA_FOLDER);
  app.setPath('userData', folder);
  return folder;
}

/** The paths of a running app, packaged (seeds among the resources) or run from the checkout. */
export function desktopPaths(): DesktopPaths {
  // This module is bundled into out/main/index.js; the preload and renderer sit beside it in out/.
  const outFolder = join(import.meta.dirname, '..');
  return {
    database: join(app.getPath('userData'), DATABASE_FILE),
    seeds: app.isPackaged ? join(process.resourcesPath, 'seeds') : join(app.getAppPath(), 'seeds'),
    renderer: join(outFolder, 'renderer'),
    preload: join(outFolder, 'preload', 'preload.cjs'),
  };
}
