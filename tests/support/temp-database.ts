/** Real SQLite files in a temporary folder, removed after the test. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** A fresh temporary folder for this test, deleted when it ends. */
export function useTempFolder(): () => string {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  return () => {
    const folder = mkdtempSync(join(tmpdir(), 'factmark-test-'));
    folders.push(folder);
    return folder;
  };
}

/** A path for a database file that does not exist yet. */
export function databasePathIn(folder: string): string {
  return join(folder, 'library.sqlite');
}
