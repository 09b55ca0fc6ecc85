/** The annotations table: labelled spans with code-point offsets, their quote and context. */
import type { Db } from './database';
import type { Annotation, OpenedAnnotation } from '../../shared/model';

interface AnnotationRow {
  id: string;
  document_id: string;
  label: Annotation['label'];
  start_offset: number;
  end_offset: number;
  quote: string;
  prefix: string;
  suffix: string;
  note: string;
  confidence: Annotation['confidence'];
  reviewer: string;
  attributes: string;
  anchor: Annotation['anchor'];
  created_at: string;
  updated_at: string;
}

function annotationFromRow(row: AnnotationRow): Annotation {
  return {
    id: row.id,
    documentId: row.document_id,
    label: row.label,
    start: row.start_offset,
    end: row.end_offset,
    quote: row.quote,
    prefix: row.prefix,
    suffix: row.suffix,
    note: row.note,
    confidence: row.confidence,
    reviewer: row.reviewer,
    // Attributes were validated against the label's schema when they were written.
    attributes: JSON.parse(row.attributes),
    anchor: row.anchor,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  } as Annotation;
}

type OpenedAnnotationRow = Pick<AnnotationRow, 'id' | 'label' | 'start_offset' | 'end_offset' | 'note' | 'confidence' | 'reviewer' | 'attributes' | 'anchor' | 'updated_at'>;

function openedAnnotationFromRow(row: OpenedAnnotationRow): OpenedAnnotation {
  return {
    id: row.id,
    label: row.label,
    start: row.start_offset,
    end: row.end_offset,
    note: row.note,
    confidence: row.confidence,
    reviewer: row.reviewer,
    attributes: JSON.parse(row.attributes),
    anchor: row.anchor,
    updatedAt: row.updated_at,
  } as OpenedAnnotation;
}

const TEXT_ORDER = 'ORDER BY start_offset, end_offset DESC, created_at';

export class AnnotationRepository {
  private readonly byDocumentStatement;
  private readonly openedByDocumentStatement;
  private readonly byDocumentsStatement;
  private readonly getStatement;
  private readonly getManyStatement;
  private readonly upsertStatement;
  private readonly deleteStatement;

  constructor(db: Db) {
    this.byDocumentStatement = db.prepare<[string], AnnotationRow>(`SELECT * FROM annotations WHERE document_id = ? ${TEXT_ORDER}`);
    this.openedByDocumentStatement = db.prepare<[string], OpenedAnnotationRow>(`
      SELECT id, label, start_offset, end_offset, note, confidence, reviewer, attributes, anchor, updated_at
      FROM annotations WHERE document_id = ? ${TEXT_ORDER}`);
    this.byDocumentsStatement = db.prepare<[string], AnnotationRow>(`
      SELECT * FROM annotations WHERE document_id IN (SELECT value FROM json_each(?))
      ORDER BY document_id, start_offset, end_offset DESC, created_at`);
    this.getStatement = db.prepare<[string], AnnotationRow>('SELECT * FROM annotations WHERE id = ?');
    this.getManyStatement = db.prepare<[string], AnnotationRow>('SELECT * FROM annotations WHERE id IN (SELECT value FROM json_each(?))');
    this.upsertStatement = db.prepare(`
      INSERT INTO annotations (id, document_id, label, start_offset, end_offset, quote, prefix, suffix, note,
        confidence, reviewer, attributes, anchor, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET label = excluded.label, start_offset = excluded.start_offset,
        end_offset = excluded.end_offset, quote = excluded.quote, prefix = excluded.prefix,
        suffix = excluded.suffix, note = excluded.note, confidence = excluded.confidence,
        attributes = excluded.attributes, anchor = excluded.anchor, updated_at = excluded.updated_at`);
    this.deleteStatement = db.prepare('DELETE FROM annotations WHERE id = ?');
  }

  /** A document's annotations in text order: by start, the longer of two spans that start together first. */
  listByDocument(documentId: string): Annotation[] {
    return this.byDocumentStatement.all(documentId).map(annotationFromRow);
  }

  /** A document's annotations in text order, as an article is opened with them. */
  listOpenedByDocument(documentId: string): OpenedAnnotation[] {
    return this.openedByDocumentStatement.all(documentId).map(openedAnnotationFromRow);
  }

  /** The annotations of several documents in one query, each document's in text order; every id asked for has a list. */
  listByDocuments(documentIds: readonly string[]): Map<string, Annotation[]> {
    const byDocument = new Map(documentIds.map((id) => [id, [] as Annotation[]]));
    for (const row of this.byDocumentsStatement.all(JSON.stringify(documentIds))) byDocument.get(row.document_id)?.push(annotationFromRow(row));
    return byDocument;
  }

  get(id: string): Annotation | undefined {
    const row = this.getStatement.get(id);
    return row && annotationFromRow(row);
  }

  /** The annotations with these ids, in one query; ids without one are left out. */
  getMany(ids: readonly string[]): Map<string, Annotation> {
    return new Map(this.getManyStatement.all(JSON.stringify(ids)).map((row) => [row.id, annotationFromRow(row)]));
  }

  /** Inserts the annotation, or updates the one with its id (keeping who created it and when). */
  upsert(annotation: Annotation): void {
    const { id, documentId, label, start, end, quote, prefix, suffix, note, confidence, reviewer, attributes, anchor, createdAt, updatedAt } = annotation;
    // Positional values bind faster than named ones, which tells on imports of many annotations.
    this.upsertStatement.run(id, documentId, label, start, end, quote, prefix, suffix, note, confidence, reviewer, JSON.stringify(attributes), anchor, createdAt, updatedAt);
  }

  /** Deletes the annotation; answers whether there was one. */
  delete(id: string): boolean {
    return this.deleteStatement.run(id).changes > 0;
  }
}
