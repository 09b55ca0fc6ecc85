/** Creating, changing and deleting annotations; each change is one transaction. */
import type { Db } from '../store/database';
import type { AnnotationEventRepository } from '../store/annotation-events';
import type { AnnotationRepository } from '../store/annotations';
import type { DocumentRepository } from '../store/documents';
import type { Annotation, AnnotationDraft, AnnotationEvent, OpenedAnnotation } from '../../shared/model';
import { describeSpan } from '../../shared/text/anchor';
import { annotationChanges } from './annotation-changes';
import { ConflictError, InvalidInputError, NotFoundError } from './errors';
import type { TextIndexCache } from './text-indexes';

export interface AnnotationServiceOptions {
  db: Db;
  documents: DocumentRepository;
  annotations: AnnotationRepository;
  events: AnnotationEventRepository;
  textIndexes: TextIndexCache;
  reviewer: string;
  now: () => string;
}

export class AnnotationService {
  constructor(private readonly options: AnnotationServiceOptions) {}

  /** A document's annotations in text order. */
  list(documentId: string): Annotation[] {
    if (!this.options.documents.text(documentId)) throw new NotFoundError('Document', documentId);
    return this.options.annotations.listByDocument(documentId);
  }

  /** A document's annotations in text order, as an article is opened with them (`OpenedAnnotation`). */
  listOpened(documentId: string): OpenedAnnotation[] {
    if (!this.options.documents.text(documentId)) throw new NotFoundError('Document', documentId);
    return this.options.annotations.listOpenedByDocument(documentId);
  }

  /**
   * Stores the annotation, creating it or replacing the one with its id. The quote and context are
   * taken from the document's text at the offsets, so that they always agree with it. The change
   * is recorded in the annotation's history.
   */
  save(draft: AnnotationDraft): Annotation {
    const { db, documents, annotations, events, textIndexes, reviewer, now } = this.options;
    return db.transaction(() => {
      const index = textIndexes.get(draft.documentId, () => documents.text(draft.documentId));
      if (!index) throw new NotFoundError('Document', draft.documentId);
      if (draft.end > index.codePointLength) {
        throw new InvalidInputError(
          `The span ${draft.start}–${draft.end} runs past the end of the document (${index.codePointLength} characters)`,
        );
      }
      const existing = annotations.get(draft.id);
      if (existing && existing.documentId !== draft.documentId) {
        throw new ConflictError(`Annotation ${draft.id} belongs to another document`);
      }
      const time = now();
      const annotation: Annotation = {
        ...draft,
        ...describeSpan(index, draft.start, draft.end),
        reviewer: existing?.reviewer ?? reviewer,
        anchor: 'anchored',
        createdAt: existing?.createdAt ?? time,
        updatedAt: time,
      };
      const changes = annotationChanges(existing, annotation);
      // Saving an unchanged annotation that was found only approximately confirms where it is.
      if (existing && Object.keys(changes).length === 0 && existing.anchor === 'anchored') return existing;
      annotations.upsert(annotation);
      events.append({ annotationId: annotation.id, documentId: annotation.documentId, action: existing ? 'updated' : 'created', reviewer, at: time, changes });
      documents.touch(draft.documentId, time);
      return annotation;
    })();
  }

  /** Deletes the annotation; answers whether it existed. */
  delete(id: string): { id: string; deleted: boolean } {
    const { db, documents, annotations, events, reviewer, now } = this.options;
    return db.transaction(() => {
      const existing = annotations.get(id);
      if (!existing) return { id, deleted: false };
      const time = now();
      annotations.delete(id);
      events.append({ annotationId: id, documentId: existing.documentId, action: 'deleted', reviewer, at: time, changes: annotationChanges(existing, undefined) });
      documents.touch(existing.documentId, time);
      return { id, deleted: true };
    })();
  }

  /** Who changed an annotation, what and when, oldest first; kept after the annotation is deleted. */
  history(annotationId: string): AnnotationEvent[] {
    return this.options.events.forAnnotation(annotationId);
  }
}
