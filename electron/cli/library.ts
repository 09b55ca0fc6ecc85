/** Opening the library a command works on: `--db PATH`, or the database the app uses. */
import { existsSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { createServices, type Services } from '../services';
import { defaultDatabasePath } from '../store/data-path';
import { openDatabase } from '../store/database';
import { DatabaseOpenError } from '../store/errors';
import { DataError } from './command';

export interface OpenLibrary {
  services: Services;
  databasePath: string;
  /** Closes the database; one this command created is removed again when asked (nothing was imported). */
  close(options?: { removeIfCreated?: boolean }): void;
}

export interface LibraryOptions {
  /** Create the database when there is none: for imports, not for reading. */
  create: boolean;
  /** Name recorded on what the command changes; the user's login name by default. */
  reviewer?: string;
}

/** Opens the database at `path` (the app's own by default) with its services. */
export function openLibrary(path: string | undefined, options: LibraryOptions): OpenLibrary {
  const databasePath = resolve(path ?? defaultDatabasePath());
  const existed = existsSync(databasePath);
  if (!options.create && !existed) {
    throw new DataError(`There is no database at ${databasePath}${path === undefined ? ' (the app has not been used yet; give one with --db PATH)' : ''}`);
  }
  let db;
  try {
    db = openDatabase(databasePath);
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw new DataError(error.message);
    throw error;
  }
  const services = createServices(db, { reviewer: options.reviewer ?? userInfo().username, databasePath });
  let open = true;
  return {
    services,
    databasePath,
    close({ removeIfCreated = false } = {}) {
      if (!open) return;
      open = false;
      db.close();
      if (removeIfCreated && !existed) for (const suffix of ['', '-wal', '-shm']) rmSync(`${databasePath}${suffix}`, { force: true });
    },
  };
}
