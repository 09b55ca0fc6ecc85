import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { databasePathIn, useTempFolder } from '../../../support/temp-database';
import { factmark, requireBuiltCli } from './built-cli';

function titles(databasePath: string): string[] {
  const db = new Database(databasePath, { readonly: true });
  try {
    return (db.prepare('SELECT title FROM documents ORDER BY title').all() as { title: string }[]).map((row) => row.title);
  } finally {
    db.close();
  }
}

// Each test starts the built command, a new Node process.
describe('factmark add', { timeout: 30_000 }, () => {
  const tempFolder = useTempFolder();

  beforeAll(requireBuiltCli);

  function articles(): string {
    const folder = join(tempFolder(), 'desk');
    mkdirSync(join(folder, 'wire'), { recursive: true });
    writeFileSync(join(folder, 'moscow.txt'), 'Hamas delegation in Moscow\nA Hamas delegation visited Moscow, TASS reported.');
    writeFileSync(join(folder, 'wire', 'gaza.md'), '# Gaza figures\n\nPalestinian authorities say more than 6,500 have been killed.');
    writeFileSync(join(folder, 'wire', 'briefing.html'), '<html><head><title>Briefing</title><script>alert(1)</script></head><body><p>The ministry said talks would go on.</p></body></html>');
    writeFileSync(join(folder, 'photo.png'), 'not an article');
    writeFileSync(
      join(folder, 'feed.jsonl'),
      [{ title: 'Field report 1', text: 'Officials said 12 were hurt.' }, { title: 'Field report 2', text: 'Rescue workers were still searching.' }].map((line) => JSON.stringify(line)).join('\n'),
    );
    return folder;
  }

  it('adds every supported file of a folder and the articles of a JSON Lines file, leaving out other files', () => {
    const databasePath = databasePathIn(tempFolder());
    const run = factmark('add', articles(), '--db', databasePath);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Added 5 articles to ${databasePath}`);
    expect(run.stderr).toContain('photo.png');
    expect(titles(databasePath)).toEqual(['Briefing', 'Field report 1', 'Field report 2', 'Gaza figures', 'moscow']);
  });

  it('adds nothing when a file cannot be read, naming it and its line, unless told to keep going', () => {
    const folder = articles();
    writeFileSync(join(folder, 'broken.jsonl'), '{"title": "Fine", "text": "A line."}\n{"title": "Broken", "text": \n');
    const databasePath = databasePathIn(tempFolder());

    const refused = factmark('add', folder, '--db', databasePath);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/broken\.jsonl, line 2: /u);
    expect(refused.stderr).toContain('Nothing was added.');
    expect(existsSync(databasePath)).toBe(false);

    const kept = factmark('add', folder, '--db', databasePath, '--keep-going');
    expect(kept.status).toBe(1);
    expect(kept.stdout).toContain('Added 5 articles');
    expect(titles(databasePath)).toHaveLength(5);
  });

  it('lists an article that may be a new version of one already in the library', () => {
    const databasePath = databasePathIn(tempFolder());
    const folder = articles();
    expect(factmark('add', join(folder, 'wire', 'gaza.md'), '--db', databasePath).status).toBe(0);
    const again = factmark('add', join(folder, 'wire', 'gaza.md'), '--db', databasePath);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/1 article may be a new version of one in the library:\n {2}"Gaza figures" \(.+\) and "Gaza figures" \(.+\), same title/u);
  });

  it('says how to use it when given nothing to add', () => {
    const run = factmark('add');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('give at least one file or folder to add');
  });
});
