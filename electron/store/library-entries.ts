/**
 * The library's entries: one narrow row per document, kept in step with the documents and their
 * annotations by triggers (migration 3). The list pages, sorts and filters over these rows and
 * their indexes, never over the wide documents table.
 */
import type Database from 'better-sqlite3';
import type { Db } from './database';
import { labelIds, type LabelId } from '../../shared/labels';
import type { DeletedDocument, LibraryFacets, LibraryFilter, LibraryPageRequest, LibraryRow, LibrarySortField } from '../../shared/library';
import type { DocumentStatus } from '../../shared/model';

interface EntryRow extends Record<LabelId, number> {
  document_id: string;
  title: string;
  publication: string | null;
  author: string | null;
  url: string | null;
  published_at: string | null;
  credit: string | null;
  language: string | null;
  status: DocumentStatus;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

type Statement<Row> = Database.Statement<[Record<string, unknown>], Row>;

/** In the library: neither staged by an unfinished import nor in the trash. Written as the partial indexes are. */
export const VISIBLE = 'import_batch IS NULL AND deleted_at IS NULL';

const entryColumns = `document_id, title, publication, author, url, published_at, credit, language, status, created_at, updated_at,
  ${labelIds.join(', ')}, deleted_at`;

const sortColumns: Record<LibrarySortField, string> = {
  title: 'title',
  publication: 'publication',
  publishedAt: 'published_at',
  status: 'status',
  updatedAt: 'updated_at',
  createdAt: 'created_at',
  ...(Object.fromEntries(labelIds.map((id) => [id, id])) as Record<LabelId, string>),
};

function rowFromEntry(entry: EntryRow): LibraryRow {
  return {
    id: entry.document_id,
    title: entry.title,
    publication: entry.publication,
    author: entry.author,
    url: entry.url,
    publishedAt: entry.published_at,
    credit: entry.credit,
    language: entry.language,
    status: entry.status,
    createdAt: entry.created_at,
    updatedAt: entry.updated_at,
    labelCounts: Object.fromEntries(labelIds.map((id) => [id, entry[id]])) as LibraryRow['labelCounts'],
  };
}

/** `%`, `_` and the escape character itself match literally in a LIKE pattern written with ESCAPE '\'. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** The WHERE clause for a filter, with its named parameters. */
function filterClause(filter: LibraryFilter): { sql: string; params: Record<string, unknown> } {
  const terms = [VISIBLE];
  const params: Record<string, unknown> = {};
  if (filter.titleContains !== undefined) {
    terms.push("title LIKE @titlePattern ESCAPE '\\'");
    params.titlePattern = containsPattern(filter.titleContains);
  }
  if (filter.statuses) {
    terms.push(`status IN (${filter.statuses.map((_, index) => `@status${index}`).join(', ')})`);
    filter.statuses.forEach((status, index) => (params[`status${index}`] = status));
  }
  for (const field of ['publication', 'language'] as const) {
    const value = filter[field];
    if (value === undefined) continue;
    terms.push(value === null ? `${field} IS NULL` : `${field} = @${field}`);
    if (value !== null) params[field] = value;
  }
  if (filter.publishedFrom !== undefined) {
    terms.push('published_at >= @publishedFrom');
    params.publishedFrom = filter.publishedFrom;
  }
  if (filter.publishedTo !== undefined) {
    terms.push('published_at <= @publishedTo');
    params.publishedTo = filter.publishedTo;
  }
  // The label is one of four known column names, never text from outside.
  if (filter.withLabel !== undefined) terms.push(`${sortColumns[filter.withLabel]} > 0`);
  return { sql: terms.join(' AND '), params };
}

export class LibraryEntryRepository {
  /** Statements for each shape of list query, prepared the first time that shape is asked for. */
  private readonly shaped = new Map<string, Statement<unknown>>();
  private readonly getStatement;
  private readonly byTitleStatement;
  private readonly idsTitledStatement;
  private readonly byUrlStatement;
  private readonly publicationsStatement;
  private readonly languagesStatement;
  private readonly statusesStatement;
  private readonly deleteStatement;
  private readonly restoreStatement;
  private readonly deletedByStatement;
  private readonly trashOwnersStatement;
  private readonly purgeStatement;

  constructor(private readonly db: Db) {
    this.getStatement = db.prepare<[string], EntryRow>(`SELECT ${entryColumns} FROM library_entries WHERE document_id = ?`);
    this.byTitleStatement = db.prepare<[string], EntryRow>(`SELECT ${entryColumns} FROM library_entries WHERE ${VISIBLE} AND title = ? LIMIT 1`);
    this.idsTitledStatement = db
      .prepare<[string, number], string>(`SELECT document_id FROM library_entries WHERE ${VISIBLE} AND title = ? ORDER BY search_id LIMIT ?`)
      .pluck();
    this.byUrlStatement = db.prepare<[string], EntryRow>(
      `SELECT ${entryColumns} FROM library_entries WHERE ${VISIBLE} AND url IS NOT NULL AND url = ? LIMIT 1`,
    );
    const facet = <Value>(column: string) =>
      db.prepare<[], { value: Value; count: number }>(
        `SELECT ${column} AS value, count(*) AS count FROM library_entries WHERE ${VISIBLE} GROUP BY ${column} ORDER BY count DESC, value LIMIT 500`,
      );
    this.publicationsStatement = facet<string | null>('publication');
    this.languagesStatement = facet<string | null>('language');
    this.statusesStatement = facet<DocumentStatus>('status');
    this.deleteStatement = db.prepare(
      `UPDATE library_entries SET deleted_at = ?, deleted_by = ? WHERE document_id = ? AND ${VISIBLE}`,
    );
    this.restoreStatement = db.prepare(
      'UPDATE library_entries SET deleted_at = NULL, deleted_by = NULL WHERE document_id = ? AND deleted_at IS NOT NULL AND deleted_by = ?',
    );
    this.deletedByStatement = db.prepare<[number], EntryRow>(
      `SELECT ${entryColumns} FROM library_entries WHERE deleted_at IS NOT NULL AND deleted_by = ? ORDER BY deleted_at DESC, search_id DESC`,
    );
    this.trashOwnersStatement = db.prepare<[], { pid: number }>(
      'SELECT DISTINCT deleted_by AS pid FROM library_entries WHERE deleted_at IS NOT NULL',
    );
    this.purgeStatement = db.prepare(`
      DELETE FROM documents WHERE id IN (
        SELECT document_id FROM library_entries WHERE deleted_at IS NOT NULL AND deleted_by = ? LIMIT ?)`);
  }

  private statement<Row>(sql: string): Statement<Row> {
    let statement = this.shaped.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql) as Statement<unknown>;
      this.shaped.set(sql, statement);
    }
    return statement as Statement<Row>;
  }

  /** One page of the library in the requested order; ties are broken by when documents were first stored. */
  page(request: LibraryPageRequest): LibraryRow[] {
    const { sql, params } = filterClause(request.filter);
    const direction = request.direction === 'asc' ? 'ASC' : 'DESC';
    const statement = this.statement<EntryRow>(
      `SELECT ${entryColumns} FROM library_entries WHERE ${sql}
       ORDER BY ${sortColumns[request.sort]} ${direction}, search_id ${direction} LIMIT @limit OFFSET @offset`,
    );
    return statement.all({ ...params, limit: request.limit, offset: request.offset }).map(rowFromEntry);
  }

  /** How many documents in the library pass the filter. */
  count(filter: LibraryFilter): number {
    const { sql, params } = filterClause(filter);
    return this.statement<{ count: number }>(`SELECT count(*) AS count FROM library_entries WHERE ${sql}`).get(params)!.count;
  }

  /** The document's entry, whether in the library, staged or in the trash. */
  get(documentId: string): LibraryRow | undefined {
    const entry = this.getStatement.get(documentId);
    return entry && rowFromEntry(entry);
  }

  /** A document in the library with this title (in any case), if any. */
  findByTitle(title: string): LibraryRow | undefined {
    const entry = this.byTitleStatement.get(title);
    return entry && rowFromEntry(entry);
  }

  /** The ids of documents in the library with this title (in any case), at most `limit` of them. */
  idsTitled(title: string, limit: number): string[] {
    return this.idsTitledStatement.all(title, limit);
  }

  /** A document in the library with this address, if any. */
  findByUrl(url: string): LibraryRow | undefined {
    const entry = this.byUrlStatement.get(url);
    return entry && rowFromEntry(entry);
  }

  /** The sources, languages and statuses in the library, each with its number of documents. */
  facets(): LibraryFacets {
    return {
      total: this.count({}),
      publications: this.publicationsStatement.all(),
      languages: this.languagesStatement.all(),
      statuses: this.statusesStatement.all(),
    };
  }

  /** Moves a document of the library to the trash of the process `pid`; answers whether it was there to move. */
  moveToTrash(documentId: string, now: string, pid: number): boolean {
    return this.deleteStatement.run(now, pid, documentId).changes > 0;
  }

  /** Takes a document out of the trash of the process `pid`; answers whether it was there. */
  restore(documentId: string, pid: number): boolean {
    return this.restoreStatement.run(documentId, pid).changes > 0;
  }

  /** The documents in the trash of the process `pid`, the most recently deleted first. */
  trash(pid: number): DeletedDocument[] {
    return this.deletedByStatement.all(pid).map((entry) => ({ ...rowFromEntry(entry), deletedAt: entry.deleted_at! }));
  }

  /** The processes that have documents in the trash. */
  trashOwners(): number[] {
    return this.trashOwnersStatement.all().map((row) => row.pid);
  }

  /** Deletes for good up to `limit` documents of the trash of the process `pid`; answers how many. */
  purgeTrash(pid: number, limit: number): number {
    return this.purgeStatement.run(pid, limit).changes;
  }
}
