import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadImportFile } from '../../../../../electron/services/import/files';
import { listFolder, readFolderFiles, type FolderEntry } from '../../../../../electron/services/import/folder';
import { useTempFolder } from '../../../../support/temp-database';

function write(folder: string, name: string, content: string | Uint8Array) {
  mkdirSync(join(folder, name, '..'), { recursive: true });
  writeFileSync(join(folder, name), content);
}

async function entries(folder: string, articleBytes?: number): Promise<FolderEntry[]> {
  const { files } = await listFolder(folder);
  const read: FolderEntry[] = [];
  for await (const entry of readFolderFiles(files, articleBytes === undefined ? undefined : { articleBytes })) read.push(entry);
  return read;
}

describe('loadImportFile', () => {
  const tempFolder = useTempFolder();

  it('refuses a 200 MB file from its size alone, without reading it', async () => {
    const path = join(tempFolder(), 'archive.txt');
    // A sparse file: 200 MB long without 200 MB written.
    writeFileSync(path, '');
    truncateSync(path, 200 * 1024 * 1024);
    await expect(loadImportFile(path)).rejects.toThrow(
      'archive.txt: the file is 200 MB, over the limit of 50 MB for one article (a large collection of articles can be imported as JSONL)',
    );
  });

  it('names a missing file and a folder in words', async () => {
    const folder = tempFolder();
    await expect(loadImportFile(join(folder, 'gone.txt'))).rejects.toThrow('gone.txt: the file does not exist (it may have been moved or deleted)');
    await expect(loadImportFile(folder, { name: 'articles' })).rejects.toThrow('articles: this is a folder, not a file');
  });
});

describe('folder imports', () => {
  const tempFolder = useTempFolder();

  it('lists every supported file in the folder and below it, in name order, skipping hidden ones', async () => {
    const folder = tempFolder();
    write(folder, 'b-statement.txt', 'Statement.');
    write(folder, 'a-page.html', '<p>Page.</p>');
    write(folder, '2023/october/notes.md', '# Notes\n\nText.');
    write(folder, '2023/corpus.jsonl', '{"text": "One."}\n');
    write(folder, '.hidden.txt', 'Hidden.');
    write(folder, '.git/config.txt', 'Hidden folder.');
    write(folder, 'photo.png', 'not imported');
    const listing = await listFolder(folder);
    expect(listing.files.map(({ name, kind }) => `${kind} ${name}`)).toEqual([
      'collection 2023/corpus.jsonl',
      'article 2023/october/notes.md',
      'article a-page.html',
      'article b-statement.txt',
    ]);
    expect(listing.skipped).toEqual([{ name: 'photo.png', reason: 'files of this type cannot be imported' }]);
  });

  it('reads each file on its own: one bad file fails alone, named by its path in the folder', async () => {
    const folder = tempFolder();
    write(folder, 'good.txt', 'A delegation visited Moscow.');
    write(folder, 'reports/empty.txt', '');
    write(folder, 'reports/renamed.docx', 'not a zip');
    write(folder, 'big.html', `<p>${'x'.repeat(3000)}</p>`);
    const outcomes = (await entries(folder, 2048)).map((entry) =>
      entry.status === 'failed' ? entry.error.message : entry.status === 'article' ? `${entry.file.name}: ${entry.article.text}` : entry.file.name,
    );
    expect(outcomes).toEqual([
      'big.html: the file is 2.9 KB, over the limit of 2 KB for one article (a large collection of articles can be imported as JSONL)',
      'good.txt: A delegation visited Moscow.',
      'reports/empty.txt: the file is empty',
      'reports/renamed.docx: this is not a Word document: a .docx file is a ZIP archive, and this file is not one',
    ]);
  });

  it('hands over a JSONL file unread, for the caller to stream', async () => {
    const folder = tempFolder();
    write(folder, 'corpus.jsonl', '{"text": "One."}\n{"text": "Two."}\n');
    const [entry] = await entries(folder);
    expect(entry?.status).toBe('collection');
    if (entry?.status !== 'collection') return;
    const texts: string[] = [];
    for await (const { article } of entry.articles()) texts.push(article.text);
    expect(texts).toEqual(['One.', 'Two.']);
  });

  it('keeps the raw bytes of each file for the caller to store', async () => {
    const folder = tempFolder();
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Text  with  spaces.\n')]);
    write(folder, 'raw.txt', bytes);
    const [entry] = await entries(folder);
    expect(entry?.status === 'article' && [...entry.source.bytes]).toEqual([...bytes]);
  });

  it('names a folder that does not exist', async () => {
    await expect(listFolder('/no/such/folder')).rejects.toThrow('/no/such/folder: the file does not exist (it may have been moved or deleted)');
  });
});
