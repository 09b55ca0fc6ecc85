/**
 * Imports into the library, run as jobs: every file is read by the importer of its format, its
 * articles staged out of sight in batched transactions, and all of them published together in
 * one transaction when the last file is done. A file that cannot be read is named in the summary
 * with why (and the line, for JSONL), and nothing of it is kept; cancelling, or a failure that is
 * not one file's, removes everything the import staged.
 */
import { randomUUID } from 'node:crypto';
import { LIBRARY_IMPORT_JOB, type ImportSummary } from '../../../shared/library';
import type { NewDocument } from '../../store/documents';
import type { ImportBatchRepository } from '../../store/library-staging';
import { titleFromFileName } from '../documents';
import { ImportError, type ExtractedArticle, type ImportFile } from '../import/article';
import type { JsonlArticle } from '../import/jsonl';
import type { JobProgress, JobRegistry } from '../jobs';
import { importFailure, planImport, type ImportItem, type LibraryImportSource } from './import-sources';
import { isProcessRunning } from './processes';
import { ImportStaging, type ImportStagingOptions } from './staging';
import { titleFromText } from './titles';

export interface LibraryImportOptions extends ImportStagingOptions {
  batches: ImportBatchRepository;
  jobs: JobRegistry;
}

/** Articles, or bytes of text and raw files, held before they are stored in one transaction. */
const FLUSH_ARTICLES = 250;
const FLUSH_SIZE = 8 * 1024 * 1024;
/** Staged documents deleted per transaction when an abandoned import is removed. */
const ABANDONED_BATCH = 200;

const count = (value: number, one: string, many = `${one}s`) => `${value.toLocaleString('en-US')} ${value === 1 ? one : many}`;

function newDocument(article: ExtractedArticle, title: string, raw: Uint8Array, rawFileName: string): NewDocument {
  const { metadata } = article;
  return {
    id: randomUUID(),
    text: article.text,
    title,
    publication: metadata.publication ?? null,
    author: metadata.author ?? null,
    url: metadata.url ?? null,
    publishedAt: metadata.publishedAt ?? null,
    credit: metadata.credit ?? null,
    language: metadata.language ?? null,
    raw,
    rawFileName,
    rawEncoding: article.encoding,
    cleaning: article.cleaning,
  };
}

function fileDocument(file: ImportFile, article: ExtractedArticle, source: LibraryImportSource): NewDocument {
  const title =
    source.kind === 'paste'
      ? (source.title ?? article.metadata.title ?? titleFromText(article.text))
      : (article.metadata.title ?? titleFromFileName(file.name));
  return newDocument(article, title, file.bytes, file.name);
}

function lineDocument(fileName: string, { article, line, raw }: JsonlArticle): NewDocument {
  return newDocument(article, article.metadata.title ?? titleFromText(article.text), raw, `${fileName}, line ${line}`);
}

/** One import's run: its staging, what it has done so far, and the job it reports to. */
class ImportRun {
  readonly summary: ImportSummary;
  private readonly published: string[] = [];
  private readonly filesBatch: string;
  private read = 0;
  private doneBytes = 0;
  /** The item being read, of how many. */
  private position = 0;

  constructor(
    private readonly staging: ImportStaging,
    private readonly progress: JobProgress,
    private readonly totalBytes: number,
    private readonly items: number,
    files: number,
  ) {
    this.summary = { imported: 0, files, failed: [], skipped: [], possibleVersions: [], possibleVersionCount: 0, onlyDocumentId: null };
    this.filesBatch = staging.openBatch();
    this.published.push(this.filesBatch);
  }

  private report(item: ImportItem, itemBytes: number): void {
    const failed = this.summary.failed.length;
    const where = this.items > 1 ? ` · file ${(this.position + 1).toLocaleString('en-US')} of ${this.items.toLocaleString('en-US')}: ${item.name}` : '';
    const failures = failed > 0 ? ` · ${count(failed, 'file')} failed` : '';
    const message = `${count(this.read, 'article')} read${where}${failures}`;
    this.progress.report(Math.min(this.doneBytes + itemBytes, this.totalBytes), this.totalBytes, message);
  }

  /** Stores what waits when there is enough of it, then lets other requests in and stops if cancelled. */
  private async pause(item: ImportItem, itemBytes: number): Promise<void> {
    const waiting = this.staging.waiting;
    if (waiting.articles >= FLUSH_ARTICLES || waiting.size >= FLUSH_SIZE) this.staging.flush();
    this.report(item, itemBytes);
    await this.progress.yield();
    this.progress.throwIfCancelled();
  }

  async importItem(item: ImportItem, position: number, source: LibraryImportSource): Promise<void> {
    this.position = position;
    try {
      const content = await item.read();
      if (content.kind === 'article') {
        this.staging.add(this.filesBatch, fileDocument(content.file, content.article, source));
        this.read++;
      } else await this.importCollection(item, content.articles);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      this.summary.failed.push(importFailure(error));
    }
    this.doneBytes += item.size;
    await this.pause(item, 0);
  }

  /** A JSONL file is all or nothing: its own batch, discarded at its first bad line. */
  private async importCollection(item: ImportItem, articles: AsyncGenerator<JsonlArticle, void, undefined>): Promise<void> {
    const batch = this.staging.openBatch();
    let fromFile = 0;
    try {
      for await (const line of articles) {
        this.staging.add(batch, lineDocument(item.name, line));
        fromFile++;
        this.read++;
        if (fromFile % FLUSH_ARTICLES === 0) await this.pause(item, line.bytesRead);
      }
      this.staging.flush();
      this.published.push(batch);
    } catch (error) {
      this.read -= fromFile;
      await this.staging.discard(batch, this.progress);
      throw error;
    }
  }

  /** Publishes every article staged, in one transaction. */
  finish(): ImportSummary {
    this.staging.flush();
    this.progress.report(this.totalBytes, this.totalBytes, `Adding ${count(this.read, 'article')} to the library…`);
    const { published, onlyDocumentId } = this.staging.publish(this.published);
    const versions = this.staging.possibleVersions;
    return { ...this.summary, imported: published, possibleVersions: versions.listed, possibleVersionCount: versions.count, onlyDocumentId };
  }
}

export class LibraryImportService {
  constructor(private readonly options: LibraryImportOptions) {}

  /** Starts importing in the background; answers the job to follow. */
  start(source: LibraryImportSource): { jobId: string } {
    return { jobId: this.options.jobs.start(LIBRARY_IMPORT_JOB, (progress) => this.run(source, progress)) };
  }

  /**
   * Imports everything the source holds and answers what was imported and what failed. Raises
   * the job's cancellation, or an error that is not one file's, after removing all it staged.
   * With `allOrNothing`, a file that cannot be read keeps the others out too.
   */
  async run(source: LibraryImportSource, progress: JobProgress, { allOrNothing = false } = {}): Promise<ImportSummary> {
    const plan = await planImport(source);
    const staging = new ImportStaging(this.options);
    const totalBytes = plan.items.reduce((sum, item) => sum + item.size, 0);
    try {
      const run = new ImportRun(staging, progress, totalBytes, plan.items.length, plan.items.length + plan.failed.length);
      run.summary.failed.push(...plan.failed);
      run.summary.skipped.push(...plan.skipped);
      for (const [position, item] of plan.items.entries()) await run.importItem(item, position, source);
      if (allOrNothing && run.summary.failed.length > 0) {
        await staging.discardAll(progress);
        return { ...run.summary, imported: 0 };
      }
      return run.finish();
    } catch (error) {
      progress.report(0, null, 'Removing what the import had read…');
      await staging.discardAll(progress);
      throw error;
    }
  }

  /** Removes what imports left staged when their process ended before they finished; answers how many documents went. */
  removeAbandonedImports(): number {
    const { db, batches } = this.options;
    let removed = 0;
    for (const batch of batches.batches()) {
      if (isProcessRunning(batch.pid)) continue;
      let discarded: number;
      do {
        discarded = db.transaction(() => batches.discard(batch.id, ABANDONED_BATCH))();
        removed += discarded;
      } while (discarded > 0);
    }
    return removed;
  }
}
