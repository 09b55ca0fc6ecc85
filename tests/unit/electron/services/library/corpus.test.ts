import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JobCancelledError } from '../../../../../electron/services/jobs';
import { useTempFolder } from '../../../../support/temp-database';
import { addArticle, jsonlLine, librarySnapshot, openLibrary, recordedProgress } from './library-support';

const ARTICLES = 10_000;
const sources = ['Wire', 'Desk', 'Agency', 'Bureau'];

/** Article `index` of the generated corpus: every tenth mentions a ceasefire, each has a word of its own. */
function generatedArticle(index: number): string {
  const day = String(1 + (index % 28)).padStart(2, '0');
  const paragraphs = [
    `Report ${index} from the field desk (marker${index}).`,
    index % 10 === 0 ? 'Negotiators discussed a ceasefire late into the night.' : 'Shelling continued in the north, witnesses said.',
    'Officials gave no casualty figures 😀; the ministry said it was still counting.',
  ];
  return jsonlLine({
    title: `Dispatch ${index}`,
    text: paragraphs.join('\n'),
    url: `https://news.example.org/dispatch/${index}`,
    date: `2023-10-${day}`,
    source: sources[index % sources.length]!,
  });
}

describe('a corpus of 10,000 articles in one JSONL file', () => {
  const tempFolder = useTempFolder();

  function corpusFile(): string {
    const path = join(tempFolder(), 'corpus.jsonl');
    writeFileSync(path, `${Array.from({ length: ARTICLES }, (_, index) => generatedArticle(index)).join('\n')}\n`);
    return path;
  }

  it('is imported whole, counted, filtered and found by full-text search', async () => {
    const library = openLibrary(tempFolder());
    const path = corpusFile();
    const progress = recordedProgress();
    const summary = await library.services.libraryImports.run({ kind: 'paths', paths: [path] }, progress);
    expect(summary).toMatchObject({ imported: ARTICLES, files: 1, failed: [], possibleVersionCount: 0 });

    const done = progress.reports.map((report) => report.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(progress.reports.at(-1)).toMatchObject({ done: statSync(path).size, total: statSync(path).size });
    expect(progress.reports.some((report) => /^5,000 articles read$/.test(report.message))).toBe(true);

    const { library: list, search } = library.services;
    const all = list.page({ filter: {}, sort: 'publishedAt', direction: 'desc', offset: 9_990, limit: 100 });
    expect(all.total).toBe(ARTICLES);
    expect(all.rows).toHaveLength(10);
    expect(list.facets().publications).toEqual(sources.map((value) => ({ value, count: 2_500 })).sort((a, b) => a.value.localeCompare(b.value)));
    const lateFromBureau = Array.from({ length: ARTICLES }, (_, index) => index).filter((index) => index % 4 === 3 && 1 + (index % 28) >= 28).length;
    const filtered = list.page({ filter: { publication: 'bureau', publishedFrom: '2023-10-28' }, sort: 'title', direction: 'asc', offset: 0, limit: 5 });
    expect(filtered.total).toBe(lateFromBureau);
    expect(filtered.rows.every((row) => row.publication === 'Bureau' && row.publishedAt === '2023-10-28')).toBe(true);

    expect(search.search('ceasefire', 0, 20).total).toBe(ARTICLES / 10);
    const [hit] = search.search('marker7361', 0, 20).hits;
    expect(hit).toMatchObject({ title: [{ text: 'Dispatch 7361', match: false }], field: 'text' });
    expect(hit!.snippet.filter((part) => part.match).map((part) => part.text)).toEqual(['marker7361']);
    expect(search.search('shelling witnesses', 0, 1).total).toBe(ARTICLES - ARTICLES / 10);
  });

  it('leaves the database unchanged when its import is cancelled halfway', async () => {
    const library = openLibrary(tempFolder());
    addArticle(library.services, 'existing.txt', 'A ceasefire article already in the library.');
    const before = librarySnapshot(library.db);
    const progress = recordedProgress(() => {
      if (library.db.prepare('SELECT count(*) FROM library_entries WHERE import_batch IS NOT NULL').pluck().get() as number >= ARTICLES / 2) progress.cancel();
    });
    await expect(library.services.libraryImports.run({ kind: 'paths', paths: [corpusFile()] }, progress)).rejects.toBeInstanceOf(JobCancelledError);
    expect(librarySnapshot(library.db)).toEqual(before);
    expect(library.services.search.search('ceasefire', 0, 20).total).toBe(1);
  });
});
