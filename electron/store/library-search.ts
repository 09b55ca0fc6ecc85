/**
 * Full-text search over the library (FTS5, migration 3): titles and texts in one index, notes of
 * annotations in another, both ranked with BM25. Matches are ranked first; the highlighted
 * passages are cut only for the page of matches shown.
 */
import type { Db } from './database';

/** The characters FTS5 puts around matched words and where it cut a passage; the service turns them into parts. */
export const MATCH_OPEN = '\uE000';
export const MATCH_CLOSE = '\uE001';
export const CUT = '\uE002';

/** Words of context in a passage. */
const PASSAGE_TOKENS = 24;
/** A match in a title counts this many times a match in the text. */
const TITLE_WEIGHT = 5;

export interface RankedMatch {
  field: 'document' | 'note';
  /** The row in its index: a document's entry, or an annotation's note. */
  searchId: number;
  documentId: string;
  annotationId: string | null;
  title: string;
  publication: string | null;
  publishedAt: string | null;
}

const marks = `'${MATCH_OPEN}', '${MATCH_CLOSE}'`;
// A JavaScript number is bound as a REAL, and FTS5 ignores a rowid constraint that is not an
// INTEGER (it answers every match): hence the CAST in the passage statements.

export class LibrarySearchRepository {
  private readonly rankedStatement;
  private readonly countStatement;
  private readonly documentPassageStatement;
  private readonly notePassageStatement;

  constructor(db: Db) {
    const inLibrary = 'e.import_batch IS NULL AND e.deleted_at IS NULL';
    const documentMatches = `
      FROM document_search JOIN library_entries e ON e.search_id = document_search.rowid
      WHERE document_search MATCH @match AND ${inLibrary}`;
    const noteMatches = `
      FROM note_search JOIN library_entries e ON e.document_id = note_search.document_id
      WHERE note_search MATCH @match AND ${inLibrary}`;
    this.rankedStatement = db.prepare<[{ match: string; limit: number; offset: number }], RankedMatch>(`
      SELECT 'document' AS field, document_search.rowid AS searchId, e.document_id AS documentId, NULL AS annotationId,
        e.title, e.publication, e.published_at AS publishedAt, bm25(document_search, ${TITLE_WEIGHT}, 1) AS score ${documentMatches}
      UNION ALL
      SELECT 'note', note_search.rowid, e.document_id, note_search.annotation_id,
        e.title, e.publication, e.published_at, bm25(note_search) ${noteMatches}
      ORDER BY score, documentId, searchId LIMIT @limit OFFSET @offset`);
    this.countStatement = db.prepare<[{ match: string }], { count: number }>(`
      SELECT (SELECT count(*) ${documentMatches}) + (SELECT count(*) ${noteMatches}) AS count`);
    this.documentPassageStatement = db.prepare<[{ match: string; searchId: number }], { title: string; text: string }>(`
      SELECT highlight(document_search, 0, ${marks}) AS title,
        snippet(document_search, 1, ${marks}, '${CUT}', ${PASSAGE_TOKENS}) AS text
      FROM document_search WHERE document_search MATCH @match AND rowid = CAST(@searchId AS INTEGER)`);
    this.notePassageStatement = db.prepare<[{ match: string; searchId: number }], { note: string }>(`
      SELECT snippet(note_search, 0, ${marks}, '${CUT}', ${PASSAGE_TOKENS}) AS note
      FROM note_search WHERE note_search MATCH @match AND rowid = CAST(@searchId AS INTEGER)`);
  }

  /** Matches of an FTS5 expression in the library, best first. */
  ranked(match: string, limit: number, offset: number): RankedMatch[] {
    return this.rankedStatement.all({ match, limit, offset });
  }

  /** How many documents and notes match. */
  count(match: string): number {
    return this.countStatement.get({ match })!.count;
  }

  /** A matching document's title with its matches marked, and the passage of its text that matches best. */
  documentPassages(match: string, searchId: number): { title: string; text: string } | undefined {
    return this.documentPassageStatement.get({ match, searchId });
  }

  /** The passage of a matching note with its matches marked. */
  notePassage(match: string, searchId: number): string | undefined {
    return this.notePassageStatement.get({ match, searchId })?.note;
  }
}
