/** The documents table: articles with their clean text, metadata and the raw bytes they came from. */
import type { Db } from './database';
import { labelIds } from '../../shared/labels';
import type { Document, DocumentMetadata, DocumentSummary } from '../../shared/model';
import type { CleaningStep } from '../services/import/cleaning';

/** A document as the importer hands it over, before it is stored. */
export interface NewDocument extends DocumentMetadata {
  id: string;
  text: string;
  raw: Uint8Array;
  rawFileName: string | null;
  rawEncoding: string;
  cleaning: readonly CleaningStep[];
}

interface DocumentRow {
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

  constructor(db: Db) {
    this.insertStatement = db.prepare(`
      INSERT INTO documents (id, title, text, publication, author, url, published_at, credit, language,
        raw, raw_file_name, raw_encoding, cleaning, created_at, updated_at)
      VALUES (@id, @title, @text, @publication, @author, @url, @publishedAt, @credit, @language,
        @raw, @rawFileName, @rawEncoding, @cleaning, @now, @now)`);
    this.getStatement = db.prepare<[string], DocumentRow>(`SELECT ${metadataColumns}, text, created_at FROM documents WHERE id = ?`);
    this.textStatement = db.prepare<[string], { text: string }>('SELECT text FROM documents WHERE id = ?');
    this.countStatement = db.prepare<[], { count: number }>('SELECT count(*) AS count FROM documents');
    const countColumns = labelIds.map((id) => `coalesce(sum(a.label = '${id}'), 0) AS ${id}`).join(', ');
    this.summariesStatement = db.prepare<[], SummaryRow>(`
      SELECT ${metadataColumns.replace(/(\w+)/g, 'd.$1')}, ${countColumns}
      FROM documents d LEFT JOIN annotations a ON a.document_id = d.id
      GROUP BY d.id ORDER BY d.updated_at DESC`);
    this.touchStatement = db.prepare('UPDATE documents SET updated_at = ? WHERE id = ?');
    this.latestStatement = db.prepare<[], { id: string }>('SELECT id FROM documents ORDER BY updated_at DESC LIMIT 1');
    this.updateTextStatement = db.prepare('UPDATE documents SET text = ?, updated_at = ? WHERE id = ?');
    this.replaceSourceStatement = db.prepare(`
      UPDATE documents SET text = @text, raw = @raw, raw_file_name = @rawFileName, raw_encoding = @rawEncoding,
        cleaning = @cleaning, updated_at = @now WHERE id = @id`);
  }

  insert(document: NewDocument, now: string): void {
    this.insertStatement.run({ ...document, cleaning: JSON.stringify(document.cleaning), now });
  }

  get(id: string): Document | undefined {
    const row = this.getStatement.get(id);
    if (!row) return undefined;
    return { ...metadataFromRow(row), id: row.id, text: row.text, status: row.status, createdAt: row.created_at, updatedAt: row.updated_at };
  }

  /** The document's text alone, for work on offsets. */
  text(id: string): string | undefined {
    return this.textStatement.get(id)?.text;
  }

  count(): number {
    return this.countStatement.get()!.count;
  }

  /** Every document with its number of annotations per label, most recently changed first. */
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

  /** Marks the document as changed now (its annotations changed). */
  touch(id: string, now: string): void {
    this.touchStatement.run(now, id);
  }

  /** The document changed most recently, if any. */
  latestId(): string | null {
    return this.latestStatement.get()?.id ?? null;
  }
}
