/** Opens the SQLite database with the settings every connection needs, and brings its schema up to date. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseOpenError } from './errors';
import { migrate } from './migrations';

export type Db = Database.Database;

/**
 * Opens (creating if needed) the database at `path`. A file from a newer version of the app is
 * refused before anything is written to it, so that it is left exactly as it was.
 */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    migrate(db, path);
    db.pragma('journal_mode = WAL');
    // FULL makes every committed transaction durable: a save the UI reported survives a crash.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (error) {
    db.close();
    if (error instanceof DatabaseOpenError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB') throw new DatabaseOpenError(path, 'the file is not a SQLite database');
    throw error;
  }
}
