import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/store/database';
import { DatabaseOpenError } from '../../../../electron/store/errors';
import { schemaVersion } from '../../../../electron/store/migrations';
import { databasePathIn, useTempFolder } from '../../../support/temp-database';

describe('openDatabase', () => {
  const tempFolder = useTempFolder();

  it('creates a new database at the current schema version, in WAL mode with foreign keys on', () => {
    const path = databasePathIn(tempFolder());
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['annotations', 'documents']));
    db.close();
  });

  it('migrates an empty file', () => {
    const path = databasePathIn(tempFolder());
    writeFileSync(path, '');
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion);
    db.close();
  });

  it('opens an existing database again without migrating twice', () => {
    const path = databasePathIn(tempFolder());
    openDatabase(path).close();
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion);
    db.close();
  });

  it('refuses a database from a newer version with a clear message and leaves the file untouched', () => {
    const folder = tempFolder();
    const path = databasePathIn(folder);
    const newer = new Database(path);
    newer.exec('CREATE TABLE future (x)');
    newer.pragma(`user_version = ${schemaVersion + 5}`);
    newer.close();
    const before = readFileSync(path);

    expect(() => openDatabase(path)).toThrow(DatabaseOpenError);
    expect(() => openDatabase(path)).toThrow(/newer version of the app/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('refuses a file that is not a SQLite database', () => {
    const path = databasePathIn(tempFolder());
    writeFileSync(path, 'these are not the bytes of a database, but they are long enough to look like a header');
    expect(() => openDatabase(path)).toThrow(/not a SQLite database/);
  });
});
