/**
 * The documents queries datasets need: pages of whole documents an export takes (keyset pagination
 * by id, so pages stay cheap however far in), pages of texts for matching by text, whole records
 * from a lossless import, who has annotated, and whether the database changed since a moment.
 */
import type { Db } from './database';
import type { ExportScope } from '../../shared/datasets';
import type { Document } from '../../shared/model';
import { documentColumns, documentFromRow, type DocumentRow } from './documents';

/** The scope as statement parameters: every condition null when not given. */
function scopeParameters(scope: ExportScope) {
  return {
    documentId: scope.documentId ?? null,
    statuses: scope.statuses ? JSON.stringify(scope.statuses) : null,
    withLabels: scope.withLabels ? JSON.stringify(scope.withLabels) : null,
    publishedFrom: scope.publishedFrom ?? null,
    publishedTo: scope.publishedTo ?? null,
    reviewer: scope.reviewer ?? null,
  };
}

type ScopeParameters = ReturnType<typeof scopeParameters>;

// One statement serves every scope: a condition whose parameter is null holds for every document.
const inScope = `
  (@documentId IS NULL OR d.id = @documentId)
  AND (@statuses IS NULL OR d.status IN (SELECT value FROM json_each(@statuses)))
  AND (@withLabels IS NULL OR EXISTS (SELECT 1 FROM annotations a WHERE a.document_id = d.id
    AND a.label IN (SELECT value FROM json_each(@withLabels))))
  AND (@publishedFrom IS NULL OR d.published_at >= @publishedFrom)
  AND (@publishedTo IS NULL OR d.published_at <= @publishedTo)
  AND (@reviewer IS NULL OR EXISTS (SELECT 1 FROM annotations a WHERE a.document_id = d.id AND a.reviewer = @reviewer))`;

export class DatasetDocumentQueries {
  private readonly pageStatement;
  private readonly countStatement;
  private readonly textPageStatement;
  private readonly insertStatement;
  private readonly reviewersStatement;
  private readonly versionStatement;

  constructor(db: Db) {
    this.pageStatement = db.prepare<[ScopeParameters & { after: string; limit: number }], DocumentRow>(
      `SELECT ${documentColumns} FROM documents d WHERE ${inScope} AND d.id > @after ORDER BY d.id LIMIT @limit`,
    );
    this.countStatement = db.prepare<[ScopeParameters], number>(`SELECT count(*) FROM documents d WHERE ${inScope}`).pluck();
    this.textPageStatement = db.prepare<[string, number], { id: string; text: string }>(
      'SELECT id, text FROM documents WHERE id > ? ORDER BY id LIMIT ?',
    );
    this.insertStatement = db.prepare(`
      INSERT INTO documents (id, title, text, publication, author, url, published_at, credit, language, status,
        raw, raw_file_name, raw_encoding, created_at, updated_at)
      VALUES (@id, @title, @text, @publication, @author, @url, @publishedAt, @credit, @language, @status,
        @raw, @rawFileName, 'utf-8', @createdAt, @updatedAt)`);
    this.reviewersStatement = db.prepare<[], string>('SELECT DISTINCT reviewer FROM annotations ORDER BY reviewer').pluck();
    // data_version moves when another connection commits, total_changes() when this one writes.
    this.versionStatement = db.prepare<[], string>("SELECT (SELECT data_version FROM pragma_data_version) || ':' || total_changes()").pluck();
  }

  /** The documents in scope after the id `after` (exclusive), in id order: one page, read in one query. */
  page(scope: ExportScope, after: string, limit: number): Document[] {
    return this.pageStatement.all({ ...scopeParameters(scope), after, limit }).map(documentFromRow);
  }

  /** How many documents are in scope. */
  count(scope: ExportScope): number {
    return this.countStatement.get(scopeParameters(scope))!;
  }

  /** Documents' ids and texts after `after`, in id order: one page. */
  textPage(after: string, limit: number): { id: string; text: string }[] {
    return this.textPageStatement.all(after, limit);
  }

  /** Stores a whole document record as a lossless file gives it; its text is kept as its raw bytes. */
  insertRecord(document: Document, rawFileName: string): void {
    this.insertStatement.run({ ...document, raw: Buffer.from(document.text, 'utf8'), rawFileName });
  }

  /** A value that changes whenever the database changes, by this connection or another. */
  version(): string {
    return this.versionStatement.get()!;
  }

  /** Everyone who made an annotation, in order. */
  reviewers(): string[] {
    return this.reviewersStatement.all();
  }
}
