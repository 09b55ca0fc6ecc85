/**
 * The floors of the store benchmarks: the same rows written and read with plain better-sqlite3
 * prepared statements in one transaction, into and out of the app's own schema (its indexes and
 * triggers included), with no repositories, services or validation in between.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import type { Db } from '../../electron/store/database';
import { trackedAnnotationFields, type Annotation, type Document } from '../../shared/model';
import type { LibraryEntry } from './library-corpus';

const insertAnnotationSql = `INSERT INTO annotations (id, document_id, label, start_offset, end_offset, quote, prefix, suffix, note,
  confidence, reviewer, attributes, anchor, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const insertEventSql = 'INSERT INTO annotation_events (annotation_id, document_id, action, reviewer, at, changes) VALUES (?, ?, ?, ?, ?, ?)';

/** The history entry of a created annotation: each tracked field that has a value, from nothing. */
function creationChanges(annotation: Annotation): string {
  const changes: Record<string, { before: null; after: unknown }> = {};
  for (const field of trackedAnnotationFields) {
    if (annotation[field] !== null) changes[field] = { before: null, after: annotation[field] };
  }
  return JSON.stringify(changes);
}

function annotationInserter(db: Db, reviewer: string, time: string) {
  const annotation = db.prepare(insertAnnotationSql);
  const event = db.prepare(insertEventSql);
  return (a: Annotation) => {
    annotation.run(a.id, a.documentId, a.label, a.start, a.end, a.quote, a.prefix, a.suffix, a.note, a.confidence, a.reviewer, JSON.stringify(a.attributes), a.anchor, a.createdAt, a.updatedAt);
    event.run(a.id, a.documentId, 'created', reviewer, time, creationChanges(a));
  };
}

/** Inserts the entries' annotations with their history, and marks their documents changed, as an import does. */
export function insertAnnotationsPlainly(db: Db, entries: readonly LibraryEntry[], reviewer: string, time: string): void {
  const insert = annotationInserter(db, reviewer, time);
  const touch = db.prepare('UPDATE documents SET updated_at = ? WHERE id = ?');
  db.transaction(() => {
    for (const entry of entries) {
      for (const annotation of entry.annotations) insert(annotation);
      if (entry.annotations.length > 0) touch.run(time, entry.document.id);
    }
  })();
}

/** A prepared SELECT of a document's annotation rows in text order, of the columns an article is opened with. */
export function plainAnnotationList(db: Db): (documentId: string) => unknown[] {
  const statement = db.prepare(`SELECT id, label, start_offset, end_offset, note, confidence, reviewer, attributes, anchor, updated_at
    FROM annotations WHERE document_id = ? ORDER BY start_offset, end_offset DESC, created_at`);
  return (documentId) => statement.all(documentId);
}

const documentJson = `json_object('title', d.title, 'publication', d.publication, 'author', d.author, 'url', d.url,
  'publishedAt', d.published_at, 'credit', d.credit, 'language', d.language, 'id', d.id, 'text', d.text, 'status', d.status,
  'createdAt', d.created_at, 'updatedAt', d.updated_at)`;
const annotationJson = `json_object('id', a.id, 'documentId', a.document_id, 'label', a.label, 'start', a.start_offset,
  'end', a.end_offset, 'quote', a.quote, 'prefix', a.prefix, 'suffix', a.suffix, 'note', a.note, 'confidence', a.confidence,
  'reviewer', a.reviewer, 'attributes', json(a.attributes), 'anchor', a.anchor, 'createdAt', a.created_at, 'updatedAt', a.updated_at)`;

/** Bytes gathered before each write to the file. */
const WRITE_CHUNK = 1 << 20;

/**
 * Writes every document as a native JSON line built by SQLite's `json_object`, in id order. (A
 * subquery's JSON comes back as text, hence `json()` around the annotations.)
 */
export function dumpLibraryPlainly(db: Db, path: string): void {
  const lines = db
    .prepare<[], string>(
      `SELECT json_object('formatVersion', 1, 'document', ${documentJson}, 'annotations',
        json((SELECT json_group_array(${annotationJson} ORDER BY a.start_offset, a.end_offset DESC, a.created_at)
          FROM annotations a WHERE a.document_id = d.id))) FROM documents d ORDER BY d.id`,
    )
    .pluck();
  const file = openSync(path, 'w');
  try {
    let chunk = '';
    for (const line of lines.iterate()) {
      chunk += `${line}\n`;
      if (chunk.length >= WRITE_CHUNK) {
        writeSync(file, chunk);
        chunk = '';
      }
    }
    writeSync(file, chunk);
  } finally {
    closeSync(file);
  }
}

/** Reads a native JSON Lines file and inserts its documents and annotations, with their history, in one transaction. */
export function importPlainly(db: Db, path: string, reviewer: string, time: string): void {
  const insertDocument = db.prepare(`INSERT INTO documents (id, title, text, publication, author, url, published_at, credit, language, status,
    raw, raw_file_name, raw_encoding, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'utf-8', ?, ?)`);
  const insert = annotationInserter(db, reviewer, time);
  const content = readFileSync(path, 'utf8');
  db.transaction(() => {
    for (const line of content.split('\n')) {
      if (line === '') continue;
      const { document: d, annotations } = JSON.parse(line) as { document: Document; annotations: Annotation[] };
      insertDocument.run(d.id, d.title, d.text, d.publication, d.author, d.url, d.publishedAt, d.credit, d.language, d.status, Buffer.from(d.text, 'utf8'), path, d.createdAt, d.updatedAt);
      for (const annotation of annotations) insert(annotation);
    }
  })();
}
