/**
 * Library benchmarks: opening the library view of the generated library in a real Chromium (the
 * built renderer served by the web host) until its first rows are painted, and one full-text
 * search, at the service against the plain FTS5 queries and through the search box.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createServices } from '../electron/services';
import { openDatabase, type Db } from '../electron/store/database';
import { LIBRARY_TIME } from './support/library-corpus';
import { hostLibrary } from './support/library';
import { watchEvent, watchMark } from './support/page-watch';
import type { Result } from './support/results';
import { summarise } from './support/stats';

export interface LibraryBenchOptions {
  browser: Browser;
  outDirectory: string;
  /** A library filled by the store benchmarks. */
  libraryPath: string;
  /** What the library holds, for the figures' names. */
  size: string;
  runs: number;
}

/** Words in most articles and in many notes: a search with many matches to rank. */
const QUERY = 'ministry statement';
/** Hits the search box asks for at once. */
const HITS_PAGE = 50;

/** The app as a reviewer finds it: the start document open in the editor. */
async function openApp(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('fm:editor-painted', 'mark').length > 0, undefined, { timeout: 60_000 });
  return page;
}

/** Clicks the Library tab; answers the time from the click to the first rows painted. */
async function openLibraryView(page: Page): Promise<number> {
  const clicked = await watchEvent(page, 'click');
  const painted = await watchMark(page, 'fm:library-rows-painted');
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  return (await painted()) - (await clicked());
}

/** Types the query into the search box; answers the time from the search starting (after the typing pause) to its hits painted. */
async function searchInView(page: Page): Promise<number> {
  const sent = await watchMark(page, 'fm:search-sent');
  const painted = await watchMark(page, 'fm:search-painted');
  await page.getByRole('searchbox', { name: 'Search all documents' }).fill(QUERY);
  return (await painted()) - (await sent());
}

/** The FTS5 work of one page of hits as plain prepared statements: the count, the ranking, each hit's passage. */
function plainSearch(db: Db): () => unknown[] {
  const count = db.prepare(`SELECT (SELECT count(*) FROM document_search WHERE document_search MATCH @match)
    + (SELECT count(*) FROM note_search WHERE note_search MATCH @match)`);
  const ranked = db.prepare<[{ match: string; limit: number }], { field: string; id: number }>(`
    SELECT 'document' AS field, rowid AS id, bm25(document_search, 5, 1) AS score FROM document_search WHERE document_search MATCH @match
    UNION ALL SELECT 'note', rowid, bm25(note_search) FROM note_search WHERE note_search MATCH @match
    ORDER BY score LIMIT @limit`);
  const documentPassage = db.prepare(`SELECT highlight(document_search, 0, '[', ']'), snippet(document_search, 1, '[', ']', '…', 24)
    FROM document_search WHERE document_search MATCH @match AND rowid = CAST(@id AS INTEGER)`);
  const notePassage = db.prepare(`SELECT snippet(note_search, 0, '[', ']', '…', 24) FROM note_search WHERE note_search MATCH @match AND rowid = CAST(@id AS INTEGER)`);
  // FTS5 heeds a rowid constraint only when it is an INTEGER, and a JavaScript number is bound as a REAL.
  return () => {
    const match = QUERY;
    count.get({ match });
    return ranked.all({ match, limit: HITS_PAGE }).map(({ field, id }) => (field === 'note' ? notePassage : documentPassage).get({ match, id }));
  };
}

function timedSync(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

async function serviceSearch(libraryPath: string, runs: number, size: string): Promise<Result> {
  const db = openDatabase(libraryPath);
  const { search } = createServices(db, { reviewer: 'bench', databasePath: libraryPath, now: () => LIBRARY_TIME });
  const plain = plainSearch(db);
  const matches = search.search(QUERY, 0, HITS_PAGE).total;
  plain();
  const app: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run < runs; run++) {
    app.push(timedSync(() => search.search(QUERY, 0, HITS_PAGE)));
    floor.push(timedSync(plain));
  }
  db.close();
  return {
    group: 'library',
    name: `search “${QUERY}” (${matches.toLocaleString('en')} matches), first ${HITS_PAGE} hits with passages, at the service (${size})`,
    unit: 'ms',
    value: summarise(app),
    floor: summarise(floor),
  };
}

export async function libraryBenchmarks(options: LibraryBenchOptions): Promise<Result[]> {
  const { browser, runs, size } = options;
  const library = await hostLibrary(options.libraryPath, join(options.outDirectory, 'renderer'));
  const opened: number[] = [];
  const searched: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const page = await openApp(browser, library.host.url);
      opened.push(await openLibraryView(page));
      searched.push(await searchInView(page));
      await page.context().close();
    }
  } finally {
    await library.close();
  }
  return [
    { group: 'library', name: `open the library view: click to first rows painted (${size})`, unit: 'ms', value: summarise(opened), target: { absolute: 300 } },
    await serviceSearch(options.libraryPath, runs * 4, size),
    { group: 'library', name: `search “${QUERY}” in the library view: search sent (after the 250 ms typing pause) to hits painted (${size})`, unit: 'ms', value: summarise(searched) },
  ];
}
