/**
 * Where an import puts its articles until it finishes. Articles are stored in batched
 * transactions, each batch committed on its own so that the connection is never held across the
 * import's pauses (other requests save meanwhile in their own transactions), and tagged with an
 * import batch that keeps them out of the library. Publishing brings every batch in at once, in
 * one transaction; discarding deletes them, so a cancelled or failed import leaves no trace.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../store/database';
import type { DocumentRepository, NewDocument } from '../../store/documents';
import type { LibraryEntryRepository } from '../../store/library-entries';
import type { ImportBatchRepository } from '../../store/library-staging';
import type { PossibleVersion } from '../../../shared/library';
import type { JobProgress } from '../jobs';
import type { VersionService } from './versions';

export interface ImportStagingOptions {
  db: Db;
  documents: DocumentRepository;
  entries: LibraryEntryRepository;
  batches: ImportBatchRepository;
  versions: VersionService;
  now: () => string;
  pid: number;
}

/** The most possible versions an import lists; it counts them all. */
const LISTED_VERSIONS = 200;
/** Staged documents deleted per transaction when an import is undone. */
const DISCARD_BATCH = 200;

export class ImportStaging {
  private pending: { batchId: string; document: NewDocument }[] = [];
  private pendingBytes = 0;
  private readonly opened: string[] = [];
  /** Each batch's first document, for an import that brings in one article to open it. */
  private readonly firstOfBatch = new Map<string, string>();
  private versions: { batchId: string; version: PossibleVersion }[] = [];
  /** Possible versions per batch, listed or not. */
  private readonly versionCounts = new Map<string, number>();

  constructor(private readonly options: ImportStagingOptions) {}

  /** Starts a batch: what is staged into it is published or discarded together. */
  openBatch(): string {
    const id = randomUUID();
    this.options.batches.create(id, this.options.pid, this.options.now());
    this.opened.push(id);
    return id;
  }

  /** Holds an article for the batch until the next `flush`. */
  add(batchId: string, document: NewDocument): void {
    this.pending.push({ batchId, document });
    this.pendingBytes += document.text.length + document.raw.length;
  }

  /** How many articles wait to be stored, and how large they are (UTF-16 units of text and raw bytes). */
  get waiting(): { articles: number; size: number } {
    return { articles: this.pending.length, size: this.pendingBytes };
  }

  /** Stores the waiting articles in one transaction, out of the library's sight, noting those it may already hold. */
  flush(): void {
    const { db, documents, batches, now } = this.options;
    const waiting = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    if (waiting.length === 0) return;
    db.transaction(() => {
      const time = now();
      for (const { batchId, document } of waiting) {
        this.notePossibleVersion(batchId, document);
        documents.insert(document, time);
        batches.stage(batchId, document.id);
        if (!this.firstOfBatch.has(batchId)) this.firstOfBatch.set(batchId, document.id);
      }
    })();
  }

  /** Forgets the articles of a batch that wait to be stored. */
  dropWaiting(batchId: string): void {
    this.pending = this.pending.filter((waiting) => waiting.batchId !== batchId);
    this.pendingBytes = this.pending.reduce((sum, { document }) => sum + document.text.length + document.raw.length, 0);
  }

  private notePossibleVersion(batchId: string, document: NewDocument): void {
    const { entries } = this.options;
    const byUrl = document.url === null ? undefined : entries.findByUrl(document.url);
    const existing = byUrl ?? entries.findByTitle(document.title);
    if (!existing) return;
    this.versionCounts.set(batchId, (this.versionCounts.get(batchId) ?? 0) + 1);
    if (this.versions.length >= LISTED_VERSIONS) return;
    const version: PossibleVersion = {
      documentId: document.id,
      title: document.title,
      existingId: existing.id,
      existingTitle: existing.title,
      matchedBy: byUrl ? 'url' : 'title',
      mergeable: this.options.versions.isMergeable({ name: document.rawFileName ?? '', bytes: document.raw }, document.text),
    };
    this.versions.push({ batchId, version });
  }

  /** Articles that may be new versions of documents in the library (the first of them), and how many there are. */
  get possibleVersions(): { listed: PossibleVersion[]; count: number } {
    const count = [...this.versionCounts.values()].reduce((sum, batchCount) => sum + batchCount, 0);
    return { listed: this.versions.map(({ version }) => version), count };
  }

  /**
   * Brings the batches' articles into the library, all in one transaction. Answers how many, and
   * the document when there was only one.
   */
  publish(batchIds: readonly string[]): { published: number; onlyDocumentId: string | null } {
    const { db, batches } = this.options;
    const published = db.transaction(() => batchIds.reduce((sum, batchId) => sum + batches.publish(batchId), 0))();
    const firsts = batchIds.flatMap((batchId) => this.firstOfBatch.get(batchId) ?? []);
    return { published, onlyDocumentId: published === 1 ? (firsts[0] ?? null) : null };
  }

  /** Deletes what was stored into a batch, a transaction at a time with pauses between them. */
  async discard(batchId: string, progress?: JobProgress): Promise<void> {
    const { db, batches } = this.options;
    this.dropWaiting(batchId);
    this.firstOfBatch.delete(batchId);
    this.versions = this.versions.filter((noted) => noted.batchId !== batchId);
    this.versionCounts.delete(batchId);
    while (db.transaction(() => batches.discard(batchId, DISCARD_BATCH))() > 0) await progress?.yield();
  }

  /** Deletes everything this import stored. */
  async discardAll(progress?: JobProgress): Promise<void> {
    for (const batchId of this.opened) await this.discard(batchId, progress);
  }
}
