/** The annotation_events table: the append-only history of annotation changes. */
import type { Db } from './database';
import type { AnnotationEvent } from '../../shared/model';

interface EventRow {
  seq: number;
  annotation_id: string;
  action: AnnotationEvent['action'];
  reviewer: string;
  at: string;
  changes: string;
}

export type NewAnnotationEvent = Omit<AnnotationEvent, 'seq'> & { documentId: string };

export class AnnotationEventRepository {
  private readonly appendStatement;
  private readonly byAnnotationStatement;
  private readonly editorsStatement;

  constructor(db: Db) {
    this.appendStatement = db.prepare(
      'INSERT INTO annotation_events (annotation_id, document_id, action, reviewer, at, changes) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.byAnnotationStatement = db.prepare<[string], EventRow>('SELECT * FROM annotation_events WHERE annotation_id = ? ORDER BY seq');
    // Through the document's annotations, so that both indexes serve it.
    this.editorsStatement = db
      .prepare<[string], string>(
        `SELECT reviewer FROM annotation_events
         WHERE annotation_id IN (SELECT id FROM annotations WHERE document_id = ?) AND action = 'updated'
         GROUP BY reviewer ORDER BY min(seq)`,
      )
      .pluck();
  }

  append(event: NewAnnotationEvent): void {
    this.appendStatement.run(event.annotationId, event.documentId, event.action, event.reviewer, event.at, JSON.stringify(event.changes));
  }

  /** Who changed the document's annotations after they were made, in the order they first did. */
  editorsOf(documentId: string): string[] {
    return this.editorsStatement.all(documentId);
  }

  /** An annotation's history, oldest first. */
  forAnnotation(annotationId: string): AnnotationEvent[] {
    return this.byAnnotationStatement.all(annotationId).map((row) => ({
      seq: row.seq,
      annotationId: row.annotation_id,
      action: row.action,
      reviewer: row.reviewer,
      at: row.at,
      changes: JSON.parse(row.changes),
    }));
  }
}
