/**
 * Corrections to a document's text. The editor sends the corrected text with where each
 * annotation now is; quotes and context are taken anew from the text, and an annotation whose
 * text was deleted entirely is kept as orphaned, with the quote it had, so it is never lost.
 */
import type { Db } from '../store/database';
import type { AnnotationEventRepository } from '../store/annotation-events';
import type { AnnotationRepository } from '../store/annotations';
import type { DocumentRepository } from '../store/documents';
import type { Annotation, Document } from '../../shared/model';
import { describeSpan } from '../../shared/text/anchor';
import { TextIndex } from '../../shared/text/offsets';
import { annotationChanges } from './annotation-changes';
import { ConflictError, InvalidInputError, NotFoundError } from './errors';
import type { TextIndexCache } from './text-indexes';

export interface AnnotationSpan {
  id: string;
  start: number;
  end: number;
}

export interface TextCorrectionOptions {
  db: Db;
  documents: DocumentRepository;
  annotations: AnnotationRepository;
  events: AnnotationEventRepository;
  textIndexes: TextIndexCache;
  reviewer: string;
  now: () => string;
}

/** The annotation at its new span: anchored with fresh quote and context, or orphaned with its old ones. */
function moved(annotation: Annotation, span: AnnotationSpan, index: TextIndex, time: string): Annotation {
  const orphaned = span.start === span.end;
  const text = orphaned
    ? { quote: annotation.quote, prefix: annotation.prefix, suffix: annotation.suffix }
    : describeSpan(index, span.start, span.end);
  return { ...annotation, ...text, start: span.start, end: span.end, anchor: orphaned ? 'orphaned' : 'anchored', updatedAt: time };
}

function unchanged(a: Annotation, b: Annotation): boolean {
  return a.start === b.start && a.end === b.end && a.quote === b.quote && a.prefix === b.prefix && a.suffix === b.suffix && a.anchor === b.anchor;
}

export class TextCorrectionService {
  constructor(private readonly options: TextCorrectionOptions) {}

  /** Saves the corrected text and every annotation's new span, in one transaction. */
  saveText(documentId: string, text: string, spans: readonly AnnotationSpan[]): { document: Document; annotations: Annotation[] } {
    const { db, documents, annotations, events, textIndexes, reviewer, now } = this.options;
    return db.transaction(() => {
      if (documents.text(documentId) === undefined) throw new NotFoundError('Document', documentId);
      const stored = new Map(annotations.listByDocument(documentId).map((annotation) => [annotation.id, annotation]));
      const listed = new Set(spans.map((span) => span.id));
      const missing = [...stored.keys()].filter((id) => !listed.has(id));
      const unknown = [...listed].filter((id) => !stored.has(id));
      if (missing.length > 0 || unknown.length > 0 || listed.size !== spans.length) {
        throw new ConflictError(
          `The corrected text does not account for the document's annotations (${missing.length} missing, ${unknown.length} unknown); reload the document`,
        );
      }
      const index = new TextIndex(text);
      const time = now();
      for (const span of spans) {
        if (span.start > span.end || span.end > index.codePointLength) {
          throw new InvalidInputError(`Annotation ${span.id}: the span ${span.start}–${span.end} is not inside the text (${index.codePointLength} characters)`);
        }
        const before = stored.get(span.id)!;
        const after = moved(before, span, index, time);
        if (unchanged(before, after)) continue;
        annotations.upsert(after);
        if (after.anchor === 'orphaned' && before.anchor !== 'orphaned') {
          events.append({ annotationId: after.id, documentId, action: 'orphaned', reviewer, at: time, changes: annotationChanges(before, after) });
        }
      }
      documents.updateText(documentId, text, time);
      textIndexes.forget(documentId);
      return { document: documents.get(documentId)!, annotations: annotations.listByDocument(documentId) };
    })();
  }
}
