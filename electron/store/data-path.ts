/**
 * Where the database lives when no path is given: the same user-data folder the desktop app uses,
 * so that the web host and the CLI open the same library as the app.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { APP_DATA_FOLDER, DATABASE_FILE } from '../../shared/app';

/** The per-user application-data folder of this platform, as Electron's `appData` path. */
function applicationDataFolder(): string {
  if (process.platform === 'win32') return process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support');
  return process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config');
}

export function defaultDatabasePath(): string {
  return join(applicationDataFolder(), APP_DATA_FOLDER, DATABASE_FILE);
}
