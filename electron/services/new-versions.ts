/**
 * A corrected version of an article already in the library replaces its text, and every
 * annotation is found again in the new text by its quote and context (exactly, then by context,
 * then approximately). What cannot be found is kept as orphaned; the report says how many moved,
 * how many are approximate and need a look, and how many are orphaned.
 */
import type { Db } from '../store/database';
import type { AnnotationEventRepository } from '../store/annotation-events';
import type { AnnotationRepository } from '../store/annotations';
import type { DocumentRepository } from '../store/documents';
import type { Annotation } from '../../shared/model';
import { describeSpan } from '../../shared/text/anchor';
import { TextIndex } from '../../shared/text/offsets';
import { reanchorAll, summariseReanchoring, type Reanchored, type ReanchorSummary } from '../../shared/text/reanchor';
import { annotationChanges } from './annotation-changes';
import { NotFoundError } from './errors';
import type { ImportFile } from './import/article';
import { extractArticle } from './import/extract';
import type { TextIndexCache } from './text-indexes';

export interface NewVersionOptions {
  db: Db;
  documents: DocumentRepository;
  annotations: AnnotationRepository;
  events: AnnotationEventRepository;
  textIndexes: TextIndexCache;
  reviewer: string;
  now: () => string;
}

export interface NewVersionReport extends ReanchorSummary {
  documentId: string;
  total: number;
}

/** The annotation where it was found in the new text; an orphan keeps the quote and context it had. */
function relocated(annotation: Annotation, found: Reanchored, index: TextIndex, time: string): Annotation {
  const text = found.state === 'orphaned' ? {} : describeSpan(index, found.start, found.end);
  return { ...annotation, ...text, start: found.start, end: found.end, anchor: found.state, updatedAt: time };
}

export class NewVersionService {
  constructor(private readonly options: NewVersionOptions) {}

  /** Replaces a document's text with the article in `file`, re-anchoring its annotations, in one transaction. */
  importNewVersion(documentId: string, file: ImportFile): NewVersionReport {
    const { db, documents, annotations, events, textIndexes, reviewer, now } = this.options;
    const article = extractArticle(file);
    const index = new TextIndex(article.text);
    return db.transaction(() => {
      if (documents.text(documentId) === undefined) throw new NotFoundError('Document', documentId);
      const stored = annotations.listByDocument(documentId);
      const results = reanchorAll(index, stored);
      const time = now();
      stored.forEach((annotation, position) => {
        const after = relocated(annotation, results[position]!, index, time);
        const changes = annotationChanges(annotation, after);
        if (Object.keys(changes).length === 0 && after.anchor === annotation.anchor) return;
        annotations.upsert(after);
        const action = after.anchor === 'orphaned' && annotation.anchor !== 'orphaned' ? 'orphaned' : 'updated';
        events.append({ annotationId: after.id, documentId, action, reviewer, at: time, changes });
      });
      documents.replaceSource(
        documentId,
        { text: article.text, raw: file.bytes, rawFileName: file.name, rawEncoding: article.encoding, cleaning: article.cleaning },
        time,
      );
      textIndexes.forget(documentId);
      return { documentId, total: stored.length, ...summariseReanchoring(stored, results) };
    })();
  }
}
