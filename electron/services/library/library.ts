/**
 * The library of documents: pages of the list with their sort and filters, metadata and status
 * edits, copies, and a trash from which deleted documents can be restored until the app that
 * deleted them quits. Every change is one transaction.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../store/database';
import type { AnnotationEventRepository } from '../../store/annotation-events';
import type { AnnotationRepository } from '../../store/annotations';
import type { DocumentRepository } from '../../store/documents';
import type { LibraryEntryRepository } from '../../store/library-entries';
import type { DeletedDocument, EditableMetadata, LibraryFacets, LibraryPage, LibraryPageRequest, LibraryRow } from '../../../shared/library';
import type { DocumentStatus } from '../../../shared/model';
import { annotationChanges } from '../annotation-changes';
import { NotFoundError } from '../errors';
import { isProcessRunning } from './processes';
import { copyTitle } from './titles';

export interface LibraryServiceOptions {
  db: Db;
  documents: DocumentRepository;
  annotations: AnnotationRepository;
  events: AnnotationEventRepository;
  entries: LibraryEntryRepository;
  reviewer: string;
  now: () => string;
  /** This process: the trash it fills is its own, restorable until it ends. */
  pid: number;
}

/** Documents deleted for good per transaction when a trash is emptied. */
const PURGE_BATCH = 200;

export class LibraryService {
  constructor(private readonly options: LibraryServiceOptions) {}

  /** A page of the library's documents, with how many pass the filters. */
  page(request: LibraryPageRequest): LibraryPage {
    const { entries } = this.options;
    return { total: entries.count(request.filter), rows: entries.page(request) };
  }

  facets(): LibraryFacets {
    return this.options.entries.facets();
  }

  /** The document as the list shows it. */
  row(id: string): LibraryRow {
    const row = this.options.entries.get(id);
    if (!row) throw new NotFoundError('Document', id);
    return row;
  }

  /** Replaces the document's title, source, author, address, date, credit and language. */
  updateMetadata(id: string, metadata: EditableMetadata): LibraryRow {
    const { db, documents, now } = this.options;
    db.transaction(() => {
      if (!documents.updateMetadata(id, metadata, now())) throw new NotFoundError('Document', id);
    })();
    return this.row(id);
  }

  /** Records how far the work on the document is: new, in progress, done or reviewed. */
  setStatus(id: string, status: DocumentStatus): LibraryRow {
    const { db, documents, now } = this.options;
    db.transaction(() => {
      if (!documents.setStatus(id, status, now())) throw new NotFoundError('Document', id);
    })();
    return this.row(id);
  }

  /**
   * Copies the document with its annotations under a new title. The copies keep who made them and
   * when; their history starts with their copying, by this session's reviewer.
   */
  duplicate(id: string): LibraryRow {
    const { db, documents, annotations, events, reviewer, now } = this.options;
    const copyId = randomUUID();
    db.transaction(() => {
      const original = documents.get(id);
      if (!original) throw new NotFoundError('Document', id);
      const time = now();
      documents.duplicate(id, copyId, copyTitle(original.title), time);
      for (const annotation of annotations.listByDocument(id)) {
        const copy = { ...annotation, id: randomUUID(), documentId: copyId };
        annotations.upsert(copy);
        events.append({ annotationId: copy.id, documentId: copyId, action: 'created', reviewer, at: time, changes: annotationChanges(undefined, copy) });
      }
    })();
    return this.row(copyId);
  }

  /** Moves documents to the trash; answers how many were in the library to move. */
  delete(ids: readonly string[]): { deleted: number } {
    const { db, entries, now, pid } = this.options;
    return db.transaction(() => {
      const time = now();
      return { deleted: ids.filter((id) => entries.moveToTrash(id, time, pid)).length };
    })();
  }

  /** Brings documents back from this session's trash; answers how many were there. */
  restore(ids: readonly string[]): { restored: number } {
    const { db, entries, pid } = this.options;
    return db.transaction(() => ({ restored: ids.filter((id) => entries.restore(id, pid)).length }))();
  }

  /** This session's trash, the most recently deleted first. */
  trash(): DeletedDocument[] {
    return this.options.entries.trash(this.options.pid);
  }

  /**
   * Deletes for good the documents left in the trash by processes that have ended: their
   * deletions can no longer be undone. Answers how many documents went.
   */
  emptyTrashOfEndedSessions(): number {
    const { db, entries } = this.options;
    let purged = 0;
    for (const owner of entries.trashOwners()) {
      if (isProcessRunning(owner)) continue;
      let removed: number;
      do {
        removed = db.transaction(() => entries.purgeTrash(owner, PURGE_BATCH))();
        purged += removed;
      } while (removed > 0);
    }
    return purged;
  }
}
