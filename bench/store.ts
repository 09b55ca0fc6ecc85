/**
 * Store benchmarks on a generated library, each against plain better-sqlite3 doing the same work
 * in the same run: inserting the annotations as an import writes them, listing the long article's
 * annotations through the API the renderer calls, exporting the library as native JSON Lines (with
 * its memory at two library sizes) and importing that file into an empty database.
 */
import { copyFileSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createDispatcher } from '../electron/api/dispatch';
import { createServices, type Services } from '../electron/services';
import { applyFilePlan } from '../electron/services/datasets/import-apply';
import type { FilePlan } from '../electron/services/datasets/import-plan';
import type { JobProgress } from '../electron/services/jobs';
import { AnnotationEventRepository } from '../electron/store/annotation-events';
import { AnnotationRepository } from '../electron/store/annotations';
import { openDatabase, type Db } from '../electron/store/database';
import { DatasetDocumentQueries } from '../electron/store/dataset-documents';
import { DocumentRepository } from '../electron/store/documents';
import { annotationCount, describeLibrary, documentIdOf, LIBRARY_TIME, libraryEntries, type LibraryEntry, type LibraryShape } from './support/library-corpus';
import { PeakMemory } from './support/memory';
import type { Result } from './support/results';
import { alternate, repeat, summarise, type Summary } from './support/stats';
import { dumpLibraryPlainly, importPlainly, insertAnnotationsPlainly, plainAnnotationList } from './support/store-floors';

export interface StoreBenchOptions {
  shape: LibraryShape;
  /** Library sizes (documents) at which the export's memory is measured, smallest first. */
  memorySizes: number[];
  runs: number;
  /** A folder for the databases and files, emptied by the caller. */
  folder: string;
  /** Added to every figure's name: what makes a quick run differ. */
  note: string;
}

export interface StoreBenchOutcome {
  results: Result[];
  /** The filled library, for the library benchmarks. */
  libraryPath: string;
}

const REVIEWER = 'bench';
const count = (value: number) => value.toLocaleString('en');

function servicesOf(db: Db, databasePath: string): Services {
  return createServices(db, { reviewer: REVIEWER, databasePath, now: () => LIBRARY_TIME });
}

/** Progress as the job registry gives it, calling `onPage` at every page. */
function benchProgress(onPage: () => void = () => {}): JobProgress {
  return { report: () => {}, throwIfCancelled: () => {}, yield: () => new Promise((resolve) => setImmediate(() => resolve(onPage()))) };
}

/** The plan an import makes for entries whose documents are in the library and whose annotations are all new. */
function importPlanOf(entries: readonly LibraryEntry[]): FilePlan {
  return {
    file: 'bench',
    errors: [],
    conflicts: [],
    documents: entries.map(({ document, annotations }) => ({
      preview: { file: 'bench', match: 'id', documentId: document.id, annotations: annotations.length },
      annotations: annotations.map((annotation) => ({ outcome: 'new', annotation })),
    })),
  };
}

/** Inserts a plan's annotations as an import applies it: repositories, history, one transaction. */
function insertAnnotationsAsImport(db: Db, plan: FilePlan): void {
  const stores = { documents: new DocumentRepository(db), annotations: new AnnotationRepository(db), events: new AnnotationEventRepository(db), datasetDocuments: new DatasetDocumentQueries(db) };
  db.transaction(() => applyFilePlan(stores, plan, 'keep', REVIEWER, LIBRARY_TIME))();
}

/** A database holding the entries' documents and no annotations. */
function documentsOnly(path: string, entries: readonly LibraryEntry[]): string {
  const db = openDatabase(path);
  const documents = new DatasetDocumentQueries(db);
  db.transaction(() => entries.forEach((entry) => documents.insertRecord(entry.document, 'bench')))();
  db.close();
  return path;
}

/** A library holding the entries, filled as the insert benchmark fills it. */
function fillLibrary(path: string, entries: readonly LibraryEntry[]): void {
  documentsOnly(path, entries);
  const db = openDatabase(path);
  insertAnnotationsAsImport(db, importPlanOf(entries));
  db.close();
}

/** A library of this shape at `path`, for benchmarks that need one without measuring how it was made. */
export function buildLibrary(shape: LibraryShape, path: string): void {
  fillLibrary(path, [...libraryEntries(shape)]);
}

/** What a database holds, to check that a floor wrote what the app wrote. */
function rowCounts(path: string): string {
  const db = openDatabase(path);
  const counts = ['documents', 'annotations', 'annotation_events', 'note_search'].map((table) => `${table} ${db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()}`);
  db.close();
  return counts.join(', ');
}

function sameRows(what: string, app: string, floor: string): void {
  if (app !== floor) throw new Error(`The floor of "${what}" did not write what the app wrote: app ${app}; floor ${floor}`);
}

function removeDatabase(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}

/** Milliseconds `work` takes. */
async function timed(work: () => unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** Times `write` on a fresh copy of `template` (or a new database at `path`). */
async function timedOnCopy(template: string | undefined, path: string, write: (db: Db) => unknown): Promise<number> {
  removeDatabase(path);
  if (template) copyFileSync(template, path);
  const db = openDatabase(path);
  const elapsed = await timed(() => write(db));
  db.close();
  return elapsed;
}

/** Inserts; answers the figure, the filled library and the smaller libraries for the memory figures. */
async function insertBenchmark(options: StoreBenchOptions, size: string) {
  const { shape, folder } = options;
  const entries = [...libraryEntries(shape)];
  const template = documentsOnly(join(folder, 'documents.sqlite'), entries);
  const plan = importPlanOf(entries);
  const library = join(folder, 'library.sqlite');
  const floorLibrary = join(folder, 'floor-library.sqlite');
  const figures = await alternate(
    options.runs,
    () => timedOnCopy(template, library, (db) => insertAnnotationsAsImport(db, plan)),
    () => timedOnCopy(template, floorLibrary, (db) => insertAnnotationsPlainly(db, entries, REVIEWER, LIBRARY_TIME)),
  );
  sameRows('insert', rowCounts(library), rowCounts(floorLibrary));
  removeDatabase(floorLibrary);
  removeDatabase(template);
  const memoryLibraries = options.memorySizes.map((documents) => {
    if (documents === shape.documents) return { documents, path: library };
    const path = join(folder, `memory-${documents}.sqlite`);
    fillLibrary(path, entries.slice(0, documents));
    return { documents, path };
  });
  const result: Result = { group: 'store', name: `insert ${count(annotationCount(shape))} annotations with their history, as an import applies them, one transaction (${size})`, unit: 'ms', ...figures };
  return { result, library, memoryLibraries };
}

async function listBenchmark(db: Db, services: Services, runs: number, name: string): Promise<Result> {
  const dispatch = createDispatcher(services);
  const plainList = plainAnnotationList(db);
  const documentId = documentIdOf(0);
  const listed = () =>
    timed(async () => {
      const response = await dispatch('listAnnotations', { documentId });
      if (!response.ok) throw new Error(response.error.message);
    });
  const plainlyListed = () => timed(() => plainList(documentId));
  await listed();
  await plainlyListed();
  return { group: 'store', name, unit: 'ms', ...(await alternate(runs, listed, plainlyListed)) };
}

async function exportBenchmark(db: Db, services: Services, runs: number, exported: string, size: string): Promise<Result> {
  const floorExport = `${exported}.floor`;
  const figures = await alternate(
    runs,
    () => timed(() => services.datasets.export({ format: 'jsonl', path: exported }, benchProgress())),
    () => timed(() => dumpLibraryPlainly(db, floorExport)),
  );
  if (!readFileSync(exported).equals(readFileSync(floorExport))) throw new Error('The export floor did not write the bytes the export wrote');
  rmSync(floorExport);
  const megabytes = (statSync(exported).size / 1024 / 1024).toFixed(0);
  return { group: 'store', name: `export the library as native JSON Lines (${size}, ${megabytes} MB)`, unit: 'ms', ...figures, target: { ratio: 1.5 } };
}

async function exportMemory(path: string): Promise<number> {
  const db = openDatabase(path);
  const services = servicesOf(db, path);
  const output = `${path}.jsonl`;
  const memory = await PeakMemory.start();
  await services.datasets.export({ format: 'jsonl', path: output }, benchProgress(() => memory.sample()));
  memory.sample();
  db.close();
  rmSync(output, { force: true });
  return memory.growthMegabytes;
}

async function memoryBenchmarks(libraries: { documents: number; path: string }[], runs: number, note: string): Promise<Result[]> {
  const measured: { documents: number; megabytes: Summary }[] = [];
  for (const { documents, path } of libraries) measured.push({ documents, megabytes: summarise(await repeat(runs, () => exportMemory(path))) });
  const [smallest, largest] = [measured[0]!, measured.at(-1)!];
  return [
    { group: 'store', name: `export memory: peak live heap + external above the start, sampled every page, ${count(smallest.documents)} documents${note}`, unit: 'MB', value: smallest.megabytes },
    {
      group: 'store',
      name: `export memory at ${count(largest.documents)} documents; floor column: the same at ${count(smallest.documents)} documents (flat: ratio near 1)${note}`,
      unit: 'MB',
      value: largest.megabytes,
      floor: smallest.megabytes,
      target: { ratio: 1.5 },
    },
  ];
}

async function importBenchmark(folder: string, runs: number, exported: string, size: string): Promise<Result> {
  const imported = join(folder, 'imported.sqlite');
  const floorImported = join(folder, 'floor-imported.sqlite');
  const figures = await alternate(
    runs,
    () =>
      timedOnCopy(undefined, imported, async (db) => {
        const datasets = servicesOf(db, imported).datasets;
        const preview = await datasets.previewImport({ paths: [exported] });
        datasets.applyImport(preview.previewId, 'keep');
      }),
    () => timedOnCopy(undefined, floorImported, (db) => importPlainly(db, exported, REVIEWER, LIBRARY_TIME)),
  );
  sameRows('import', rowCounts(imported), rowCounts(floorImported));
  for (const path of [imported, floorImported]) removeDatabase(path);
  return { group: 'store', name: `import that file into an empty database: preview, then apply (${size})`, unit: 'ms', ...figures, target: { ratio: 2 } };
}

export async function storeBenchmarks(options: StoreBenchOptions): Promise<StoreBenchOutcome> {
  const { shape, runs, folder, note } = options;
  const size = `${describeLibrary(shape)}${note}`;
  const insert = await insertBenchmark(options, size);
  const results = [insert.result];

  const db = openDatabase(insert.library);
  const services = servicesOf(db, insert.library);
  results.push(await listBenchmark(db, services, runs * 4, `list the long article's ${count(shape.long.annotations)} annotations through listAnnotations (${size})`));
  const exported = join(folder, 'library.jsonl');
  results.push(await exportBenchmark(db, services, runs, exported, size));
  db.close();

  results.push(...(await memoryBenchmarks(insert.memoryLibraries, Math.min(runs, 3), note)));
  for (const { path } of insert.memoryLibraries) if (path !== insert.library) removeDatabase(path);
  results.push(await importBenchmark(folder, runs, exported, size));
  rmSync(exported);
  return { results, libraryPath: insert.library };
}
