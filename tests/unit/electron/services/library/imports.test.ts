import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JobCancelledError } from '../../../../../electron/services/jobs';
import type { LibraryImportSource } from '../../../../../electron/services/library/import-sources';
import { DocumentRepository } from '../../../../../electron/store/documents';
import { ImportBatchRepository } from '../../../../../electron/store/library-staging';
import { importSummarySchema, type ImportSummary } from '../../../../../shared/library';
import { useTempFolder } from '../../../../support/temp-database';
import { addArticle, annotate, encode, jsonlLine, librarySnapshot, openLibrary, recordedProgress, type Library } from './library-support';

const fixture = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(new URL(`../../../../fixtures/library/${name}`, import.meta.url))) });

const titles = (library: Library) =>
  library.services.library.page({ filter: {}, sort: 'title', direction: 'asc', offset: 0, limit: 500 }).rows.map((row) => row.title);

describe('LibraryImportService', () => {
  const tempFolder = useTempFolder();

  const run = (library: Library, source: LibraryImportSource, progress = recordedProgress()): Promise<ImportSummary> =>
    library.services.libraryImports.run(source, progress);

  it('imports files sent from the interface with their metadata, leaving scripts, navigation and ads out', async () => {
    const library = openLibrary(tempFolder());
    const summary = await run(library, {
      kind: 'files',
      files: [fixture('article-with-script.html'), fixture('wire-story.md'), { name: 'note.txt', bytes: encode('date 2023-10-27 TASS\nShort note.') }],
    });
    expect(summary).toMatchObject({ imported: 3, files: 3, failed: [], skipped: [], possibleVersionCount: 0, onlyDocumentId: null });
    expect(titles(library)).toEqual(['Aid convoy reaches Rafah crossing', 'Kremlin hosts Hamas delegation', 'note']);

    const page = library.services.library.page({ filter: { titleContains: 'Kremlin' }, sort: 'title', direction: 'asc', offset: 0, limit: 1 });
    const kremlin = library.services.documents.get(page.rows[0]!.id);
    expect(kremlin).toMatchObject({ author: 'Olga Petrova', url: 'https://news.example.org/world/kremlin-hamas', publishedAt: '2023-10-26' });
    expect(kremlin.text).toBe(
      "A Hamas delegation held talks in Moscow on Thursday, TASS reported.\nRussia's foreign ministry said the talks concerned the release of hostages.",
    );
    expect(library.services.search.search('cookie alert subscribe', 0, 10).total).toBe(0);
    expect(library.services.search.search('hostages', 0, 10).total).toBe(1);
  });

  it('names each file that fails and why, and imports the others', async () => {
    const library = openLibrary(tempFolder());
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const summary = await run(library, {
      kind: 'files',
      files: [
        { name: 'empty.txt', bytes: new Uint8Array() },
        { name: 'picture.txt', bytes: png },
        { name: 'photo.png', bytes: png },
        { name: 'report.docx', bytes: encode('PK\u0003\u0004 not really a zip') },
        { name: 'latin1.txt', bytes: new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x75, 0x76, 0x65, 0x72, 0x74, 0x2e]) },
      ],
    });
    expect(summary.imported).toBe(1);
    expect(summary.failed.map((failure) => failure.file)).toEqual(['empty.txt', 'picture.txt', 'photo.png', 'report.docx']);
    expect(summary.failed[0]!.message).toBe('the file is empty');
    expect(summary.failed[1]!.message).toMatch(/binary file, not text: it is a PNG image/);
    expect(summary.failed[2]!.message).toMatch(/files of type "\.png" cannot be imported/);
    expect(summary.failed[3]!.message).toMatch(/Word document could not be read|no Word document inside/);
    expect(library.services.documents.get(summary.onlyDocumentId!).text).toBe('Café ouvert.');
  });

  it('imports a JSONL file whole or not at all, naming the line that stopped it', async () => {
    const library = openLibrary(tempFolder());
    const good = [
      jsonlLine({ title: 'Truce talks resume', text: 'Negotiators returned to Doha.', url: 'https://news.example.org/doha' }),
      jsonlLine({ text: 'An article without a title.\nIts second paragraph.', source: 'Desk' }),
    ].join('\n');
    const before = librarySnapshot(library.db);
    const summary = await run(library, { kind: 'files', files: [fixture('wire-with-bad-line-3.jsonl'), { name: 'good.jsonl', bytes: encode(good) }] });
    expect(summary.failed).toEqual([
      { file: 'wire-with-bad-line-3.jsonl', line: 3, message: '"url" must be a string, not 12' },
    ]);
    expect(summary.imported).toBe(2);
    expect(titles(library)).toEqual(['An article without a title.', 'Truce talks resume']);
    expect(library.services.search.search('Khan Younis', 0, 10).total).toBe(0);
    expect(library.db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe((before.documents as unknown[]).length + 2);
    expect(library.db.prepare('SELECT count(*) FROM import_batches').pluck().get()).toBe(0);
  });

  it('imports every supported file of a folder, skipping hidden files and types it cannot read', async () => {
    const library = openLibrary(tempFolder());
    const folder = join(tempFolder(), 'desk');
    mkdirSync(join(folder, 'october'), { recursive: true });
    mkdirSync(join(folder, '.drafts'));
    writeFileSync(join(folder, 'october', 'gaza.txt'), 'Strikes continued on Friday.');
    writeFileSync(join(folder, 'october', 'kyiv.md'), '# Kyiv under fire\n\nAir raid sirens sounded.');
    writeFileSync(join(folder, 'wire.jsonl'), `${jsonlLine({ title: 'Wire one', text: 'First.' })}\n${jsonlLine({ title: 'Wire two', text: 'Second.' })}\n`);
    writeFileSync(join(folder, 'photo.jpg'), 'not an article');
    writeFileSync(join(folder, '.drafts', 'secret.txt'), 'A hidden draft.');
    const big = join(tempFolder(), 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, 200 * 1024 * 1024);

    const progress = recordedProgress();
    const summary = await run(library, { kind: 'paths', paths: [folder, big, join(folder, 'missing.txt')] }, progress);
    expect(summary.imported).toBe(4);
    expect(titles(library)).toEqual(['gaza', 'Kyiv under fire', 'Wire one', 'Wire two']);
    expect(summary.skipped).toEqual([{ file: 'desk/photo.jpg', reason: 'files of this type cannot be imported' }]);
    expect(summary.failed).toEqual([
      { file: 'missing.txt', line: null, message: 'the file does not exist (it may have been moved or deleted)' },
      {
        file: 'big.txt',
        line: null,
        message: 'the file is 200 MB, over the limit of 50 MB for one article (a large collection of articles can be imported as JSONL)',
      },
    ]);
    const last = progress.reports.at(-1)!;
    expect(last.done).toBe(last.total);
  });

  it('imports pasted text and HTML as one article each, titled from the page or the first line', async () => {
    const library = openLibrary(tempFolder());
    const text = await run(library, { kind: 'paste', format: 'text', content: 'Gaza health ministry updates toll\nThe ministry said 7,028 people had been killed.' });
    const html = await run(library, {
      kind: 'paste',
      format: 'html',
      content: '<h1>Blinken arrives in Tel Aviv</h1><p onmouseover="steal()">The secretary met officials.</p><script>steal()</script>',
    });
    const titled = await run(library, { kind: 'paste', format: 'text', content: 'A short item.', title: 'Brief' });
    expect(library.services.documents.get(text.onlyDocumentId!)).toMatchObject({ title: 'Gaza health ministry updates toll' });
    expect(library.services.documents.get(html.onlyDocumentId!)).toMatchObject({ title: 'Blinken arrives in Tel Aviv', text: 'The secretary met officials.' });
    expect(library.services.documents.get(titled.onlyDocumentId!).title).toBe('Brief');
  });

  it('keeps staged articles out of the library until the import finishes, while other saves go on', async () => {
    const library = openLibrary(tempFolder());
    const existing = addArticle(library.services, 'existing.txt', 'Reviewers keep working during imports.');
    const lines = Array.from({ length: 600 }, (_, index) => jsonlLine({ title: `Staged ${index}`, text: `Staged article ${index} about ceasefires.` }));
    const seen: { total: number; found: number; staged: number }[] = [];
    const progress = recordedProgress(() => {
      seen.push({
        total: library.services.library.page({ filter: {}, sort: 'title', direction: 'asc', offset: 0, limit: 1 }).total,
        found: library.services.search.search('ceasefires', 0, 1).total,
        staged: library.db.prepare('SELECT count(*) FROM library_entries WHERE import_batch IS NOT NULL').pluck().get() as number,
      });
      if (seen.length === 2) annotate(library.services, existing, 'Reviewers', 'opinion', 'saved while importing');
    });
    const summary = await run(library, { kind: 'files', files: [{ name: 'many.jsonl', bytes: encode(lines.join('\n')) }] }, progress);
    expect(summary.imported).toBe(600);
    expect(seen.some((pause) => pause.staged >= 500)).toBe(true);
    expect(seen.every((pause) => pause.total === 1 && pause.found === 0)).toBe(true);
    expect(library.services.library.page({ filter: {}, sort: 'title', direction: 'asc', offset: 0, limit: 1 }).total).toBe(601);
    expect(library.services.search.search('ceasefires', 0, 1).total).toBe(600);
    expect(library.services.annotations.list(existing).map((annotation) => annotation.note)).toEqual(['saved while importing']);
  });

  it('leaves the library exactly as it was when the import is cancelled', async () => {
    const library = openLibrary(tempFolder());
    addArticle(library.services, 'existing.txt', 'An article already in the library.');
    const before = librarySnapshot(library.db);
    const lines = Array.from({ length: 900 }, (_, index) => jsonlLine({ title: `Article ${index}`, text: `Text ${index}.` }));
    const progress = recordedProgress((pauses) => {
      if (pauses === 3) progress.cancel();
    });
    const source: LibraryImportSource = {
      kind: 'files',
      files: [fixture('wire-story.md'), { name: 'corpus.jsonl', bytes: encode(lines.join('\n')) }, fixture('article-with-script.html')],
    };
    await expect(run(library, source, progress)).rejects.toBeInstanceOf(JobCancelledError);
    expect(librarySnapshot(library.db)).toEqual(before);
  });

  it('runs as a job that reports progress and its summary, and that can be cancelled', async () => {
    const library = openLibrary(tempFolder());
    const { jobs, libraryImports } = library.services;
    const settled = async (jobId: string) => {
      while (jobs.status(jobId).state === 'running') await new Promise((resolve) => setTimeout(resolve, 5));
      return jobs.status(jobId);
    };
    const done = await settled(libraryImports.start({ kind: 'files', files: [fixture('wire-story.md')] }).jobId);
    expect(done).toMatchObject({ kind: 'library-import', state: 'done' });
    expect(importSummarySchema.parse(done.result).imported).toBe(1);

    const before = librarySnapshot(library.db);
    const lines = Array.from({ length: 5000 }, (_, index) => jsonlLine({ title: `Article ${index}`, text: `Text ${index}.` }));
    const { jobId } = libraryImports.start({ kind: 'files', files: [{ name: 'corpus.jsonl', bytes: encode(lines.join('\n')) }] });
    while (jobs.status(jobId).done === 0) await new Promise((resolve) => setImmediate(resolve));
    jobs.cancel(jobId);
    expect(await settled(jobId)).toMatchObject({ state: 'cancelled', message: 'Cancelled: nothing was changed' });
    expect(librarySnapshot(library.db)).toEqual(before);
  });

  it('removes, when the library is next opened, what an import left staged when its process ended', () => {
    const folder = tempFolder();
    const library = openLibrary(folder);
    const kept = addArticle(library.services, 'kept.txt', 'A published article.');
    const batches = new ImportBatchRepository(library.db);
    library.db.transaction(() => {
      batches.create('abandoned', 2147483647, new Date().toISOString());
      new DocumentRepository(library.db).insert(
        { id: 'staged', title: 'Half imported', text: 'Never published.', publication: null, author: null, url: null, publishedAt: null, credit: null, language: null, raw: encode('x'), rawFileName: 'x.txt', rawEncoding: 'utf-8', cleaning: [] },
        new Date().toISOString(),
      );
      batches.stage('abandoned', 'staged');
    })();
    library.db.close();
    const reopened = openLibrary(folder);
    expect(reopened.db.prepare('SELECT id FROM documents').pluck().all()).toEqual([kept]);
    expect(reopened.db.prepare('SELECT count(*) FROM import_batches').pluck().get()).toBe(0);
    expect(reopened.db.prepare('SELECT count(*) FROM document_search').pluck().get()).toBe(1);
  });

  describe('articles already in the library', () => {
    it('lists an article with the title or address of a document as a possible new version of it', async () => {
      const library = openLibrary(tempFolder());
      const existing = addArticle(library.services, 'kremlin.txt', 'Old text.', { title: 'Kremlin hosts Hamas delegation' });
      const wire = addArticle(library.services, 'wire.txt', 'Old wire text.', { title: 'Old wire', url: 'https://news.example.org/khan-younis' });
      const summary = await run(library, { kind: 'files', files: [fixture('article-with-script.html'), fixture('wire-with-bad-line-3.jsonl')] });
      expect(summary.possibleVersions).toEqual([
        expect.objectContaining({ title: 'Kremlin hosts Hamas delegation', existingId: existing, matchedBy: 'title', mergeable: true }),
      ]);
      expect(summary.possibleVersionCount).toBe(1);

      const good = jsonlLine({ title: 'Strikes hit Khan Younis', text: 'Updated text.', url: 'https://news.example.org/khan-younis' });
      const second = await run(library, { kind: 'files', files: [{ name: 'update.jsonl', bytes: encode(good) }] });
      expect(second.possibleVersions).toEqual([expect.objectContaining({ existingId: wire, existingTitle: 'Old wire', matchedBy: 'url', mergeable: false })]);
      expect(() => library.services.versions.merge(wire, second.possibleVersions[0]!.documentId)).toThrow(
        /only from an article imported from a text, Markdown or HTML file/,
      );
    });

    it('merges a new version into the document: its annotations are found again and the imported copy goes', async () => {
      const library = openLibrary(tempFolder());
      const { services } = library;
      const existing = addArticle(services, 'kremlin.txt', 'A Hamas delegation held talks in Moscow on Thursday, TASS reported.', {
        title: 'Kremlin hosts Hamas delegation',
      });
      const claim = annotate(services, existing, 'TASS reported', 'attributed_claim', 'agency report');
      const summary = await run(library, { kind: 'files', files: [fixture('article-with-script.html')] });
      const imported = summary.possibleVersions[0]!.documentId;

      expect(services.versions.merge(existing, imported)).toMatchObject({ documentId: existing, total: 1, unchanged: 1, orphaned: 0 });
      expect(services.documents.get(existing).text).toContain('the release of hostages');
      expect(services.annotations.list(existing)).toEqual([expect.objectContaining({ id: claim, quote: 'TASS reported', anchor: 'anchored' })]);
      expect(() => services.documents.get(imported)).toThrow(/does not exist/);
      expect(services.search.search('hostages', 0, 10).hits.map((hit) => hit.documentId)).toEqual([existing]);
    });
  });
});
