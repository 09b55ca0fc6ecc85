/**
 * Schema migrations, applied in order. The schema version lives in `PRAGMA user_version`;
 * each migration runs in its own transaction, so a failure leaves the previous version intact.
 */
import type Database from 'better-sqlite3';
import { DatabaseOpenError } from '../errors';
import { initialSchema } from './001-initial';
import { annotationHistory } from './002-annotation-history';
import { library } from './003-library';

export interface Migration {
  version: number;
  description: string;
  up(db: Database.Database): void;
}

export const migrations: readonly Migration[] = [initialSchema, annotationHistory, library];

export const schemaVersion = migrations.length;

/** Brings the database to the current schema; refuses, without writing, one from a newer version. */
export function migrate(db: Database.Database, path: string): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > schemaVersion) {
    throw new DatabaseOpenError(
      path,
      `it was written by a newer version of the app (schema ${current}; this version knows up to ${schemaVersion}). Update the app to open it.`,
    );
  }
  for (const migration of migrations.slice(current)) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
