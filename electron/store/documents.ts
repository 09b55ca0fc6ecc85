/** The documents table: articles with their clean text, metadata and the raw bytes they came from. */
import type { Db } from './database';
import { labelIds } from '../../shared/labels';
import type { Document, DocumentMetadata, DocumentStatus, DocumentSummary } from '../../shared/model';
import type { CleaningStep } from '../services/import/cleaning';
import { VISIBLE } from './library-entries';

/** A document as the importer hands it over, before it is stored. */
export interface NewDocument extends DocumentMetadata {
  id: string;
  text: string;
  raw: Uint8Array;
  rawFileName: string | null;
  rawEncoding: string;
  cleaning: readonly CleaningStep[];
}

export interface DocumentRow {
  id: string;
  title: string;
  text: string;
  publication: string | null;
  author: string | null;
  url: string | null;
  published_at: string | null;
  credit: string | null;
  language: string | null;
  status: Document['status'];
  created_at: string;
  updated_at: string;
}

type SummaryRow = Omit<DocumentRow, 'text' | 'created_at'> & Record<(typeof labelIds)[number], number>;

const metadataColumns = 'id, title, publication, author, url, published_at, credit, language, status, updated_at';
/** The columns `documentFromRow` reads. */
export const documentColumns = `${metadataColumns}, text, created_at`;

/** A stored document as the API gives it. */
export function documentFromRow(row: DocumentRow): Document {
  return { ...metadataFromRow(row), id: row.id, text: row.text, status: row.status, createdAt: row.created_at, updatedAt: row.updated_at };
}

function metadataFromRow(row: Omit<DocumentRow, 'text' | 'created_at'>): DocumentMetadata {
  return {
    title: row.title,
    publication: row.publication,
    author: row.author,
    url: row.url,
    publishedAt: row.published_at,
    credit: row.credit,
    language: row.language,
  };
}

export class DocumentRepository {
  private readonly insertStatement;
  private readonly getStatement;
  private readonly textStatement;
  private readonly countStatement;
  private readonly summariesStatement;
  private readonly touchStatement;
  private readonly latestStatement;
  private readonly updateTextStatement;
  private readonly replaceSourceStatement;
  private readonly updateMetadataStatement;
  private readonly setStatusStatement;
  private readonly duplicateStatement;
  private readonly rawStatement;
  private readonly deleteStatement;

  constructor(db: Db) {
    this.insertStatement = db.prepare(`
      INSERT INTO documents (id, title, text, publication, author, url, published_at, credit, language,
        raw, raw_file_name, raw_encoding, cleaning, created_at, updated_at)
      VALUES (@id, @title, @text, @publication, @author, @url, @publishedAt, @credit, @language,
        @raw, @rawFileName, @rawEncoding, @cleaning, @now, @now)`);
    this.getStatement = db.prepare<[string], DocumentRow>(`SELECT ${documentColumns} FROM documents WHERE id = ?`);
    this.textStatement = db.prepare<[string], { text: string }>('SELECT text FROM documents WHERE id = ?');
    this.countStatement = db.prepare<[], { count: number }>('SELECT count(*) AS count FROM documents');
    // The library's entries hold the same metadata and the counts per label, and leave out
    // documents in the trash or staged by an unfinished import.
    this.summariesStatement = db.prepare<[], SummaryRow>(`
      SELECT document_id AS id, ${metadataColumns.replace('id, ', '')}, ${labelIds.join(', ')}
      FROM library_entries WHERE ${VISIBLE} ORDER BY updated_at DESC, search_id DESC`);
    this.touchStatement = db.prepare('UPDATE library_entries SET updated_at = ? WHERE document_id = ?');
    this.latestStatement = db.prepare<[], { id: string }>(
      `SELECT document_id AS id FROM library_entries WHERE ${VISIBLE} ORDER BY updated_at DESC, search_id DESC LIMIT 1`,
    );
    this.updateTextStatement = db.prepare('UPDATE documents SET text = ?, updated_at = ? WHERE id = ?');
    this.replaceSourceStatement = db.prepare(`
      UPDATE documents SET text = @text, raw = @raw, raw_file_name = @rawFileName, raw_encoding = @rawEncoding,
        cleaning = @cleaning, updated_at = @now WHERE id = @id`);
    this.updateMetadataStatement = db.prepare(`
      UPDATE documents SET title = @title, publication = @publication, author = @author, url = @url,
        published_at = @publishedAt, credit = @credit, language = @language, updated_at = @now WHERE id = @id`);
    this.setStatusStatement = db.prepare('UPDATE documents SET status = ?, updated_at = ? WHERE id = ?');
    this.duplicateStatement = db.prepare(`
      INSERT INTO documents (id, title, text, publication, author, url, published_at, credit, language, status,
        raw, raw_file_name, raw_encoding, cleaning, created_at, updated_at)
      SELECT @id, @title, text, publication, author, url, published_at, credit, language, status,
        raw, raw_file_name, raw_encoding, cleaning, @now, @now
      FROM documents WHERE id = @sourceId`);
    this.rawStatement = db.prepare<[string], { raw: Uint8Array; raw_file_name: string | null }>(
      'SELECT raw, raw_file_name FROM documents WHERE id = ?',
    );
    this.deleteStatement = db.prepare('DELETE FROM documents WHERE id = ?');
  }

  insert(document: NewDocument, now: string): void {
    this.insertStatement.run({ ...document, cleaning: JSON.stringify(document.cleaning), now });
  }

  get(id: string): Document | undefined {
    const row = this.getStatement.get(id);
    return row && documentFromRow(row);
  }

  /** The document's text alone, for work on offsets. */
  text(id: string): string | undefined {
    return this.textStatement.get(id)?.text;
  }

  count(): number {
    return this.countStatement.get()!.count;
  }

  /** Every document in the library with its number of annotations per label, most recently changed first. */
  summaries(): DocumentSummary[] {
    return this.summariesStatement.all().map((row) => ({
      ...metadataFromRow(row),
      id: row.id,
      status: row.status,
      updatedAt: row.updated_at,
      labelCounts: Object.fromEntries(labelIds.map((id) => [id, row[id]])) as DocumentSummary['labelCounts'],
    }));
  }

  /** Replaces the document's clean text (the raw import stays as it was). */
  updateText(id: string, text: string, now: string): void {
    this.updateTextStatement.run(text, now, id);
  }

  /** Replaces the document's text and the raw file it came from, with a new version of the article. */
  replaceSource(id: string, source: Pick<NewDocument, 'text' | 'raw' | 'rawFileName' | 'rawEncoding' | 'cleaning'>, now: string): void {
    this.replaceSourceStatement.run({ ...source, cleaning: JSON.stringify(source.cleaning), id, now });
  }

  /** Replaces the document's metadata; answers whether there was such a document. */
  updateMetadata(id: string, metadata: DocumentMetadata, now: string): boolean {
    return this.updateMetadataStatement.run({ ...metadata, id, now }).changes > 0;
  }

  /** Sets how far the work on the document is; answers whether there was such a document. */
  setStatus(id: string, status: DocumentStatus, now: string): boolean {
    return this.setStatusStatement.run(status, now, id).changes > 0;
  }

  /** Stores a copy of the document (text, metadata, status and raw import) under a new id and title. */
  duplicate(sourceId: string, id: string, title: string, now: string): boolean {
    return this.duplicateStatement.run({ sourceId, id, title, now }).changes > 0;
  }

  /** The raw bytes the document was imported from, with the file's name. */
  raw(id: string): { bytes: Uint8Array; fileName: string | null } | undefined {
    const row = this.rawStatement.get(id);
    return row && { bytes: row.raw, fileName: row.raw_file_name };
  }

  /** Deletes the document with its annotations and their history, for good. */
  delete(id: string): boolean {
    return this.deleteStatement.run(id).changes > 0;
  }

  /**
   * Marks the document as changed now in the library (its annotations changed). The document's
   * own row keeps the time its text or metadata changed: updating that row rewrites its text and
   * raw file, megabytes for a long article, on every saved annotation.
   */
  touch(id: string, now: string): void {
    this.touchStatement.run(now, id);
  }

  /** The document of the library changed most recently, if any. */
  latestId(): string | null {
    return this.latestStatement.get()?.id ?? null;
  }
}
