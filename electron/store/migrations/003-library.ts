import type { Migration } from './index';
import { labelIds } from '../../../shared/labels';

/**
 * The library: a narrow table with one entry per document that the list sorts, filters and pages
 * over (the documents table holds whole texts and raw files, too wide to scan), the number of
 * annotations per label, the session trash, imports staged out of sight until they finish, and a
 * full-text index of titles, texts and annotation notes. Triggers keep the entries, the counts and
 * the index in step with every write, in the writer's own transaction.
 */
export const library: Migration = {
  version: 3,
  description: 'library entries, staged imports, trash and full-text search',
  up(db) {
    const countColumns = labelIds.map((id) => `${id} INTEGER NOT NULL DEFAULT 0 CHECK (${id} >= 0)`).join(',\n        ');
    const counts = (change: (id: string) => string) => labelIds.map((id) => `${id} = ${id} ${change(id)}`).join(', ');
    const visible = 'WHERE import_batch IS NULL AND deleted_at IS NULL';
    const indexNote = `
        INSERT INTO note_search_ids (annotation_id) SELECT NEW.id WHERE NEW.note != '';
        INSERT INTO note_search (rowid, note, document_id, annotation_id)
        SELECT search_id, NEW.note, NEW.document_id, NEW.id FROM note_search_ids WHERE annotation_id = NEW.id;`;
    const unindexNote = (row: 'NEW' | 'OLD') => `
        DELETE FROM note_search WHERE rowid = (SELECT search_id FROM note_search_ids WHERE annotation_id = ${row}.id);
        DELETE FROM note_search_ids WHERE annotation_id = ${row}.id;`;

    db.exec(`
      CREATE TABLE import_batches (
        id TEXT PRIMARY KEY,
        -- The process importing: a batch whose process has ended was abandoned and is removed.
        pid INTEGER NOT NULL,
        started_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE library_entries (
        -- A stable integer key (VACUUM keeps it) that the full-text index uses as its rowid.
        search_id INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL UNIQUE REFERENCES documents (id) ON DELETE CASCADE,
        title TEXT NOT NULL COLLATE NOCASE,
        publication TEXT COLLATE NOCASE,
        author TEXT,
        url TEXT,
        published_at TEXT,
        credit TEXT,
        language TEXT COLLATE NOCASE,
        status TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        ${countColumns},
        -- Set while the document is staged by an import that has not finished: out of the library.
        import_batch TEXT REFERENCES import_batches (id),
        -- Set while the document is in the trash, with the process that deleted it.
        deleted_at TEXT,
        deleted_by INTEGER
      ) STRICT;

      CREATE INDEX library_by_title ON library_entries (title, search_id) ${visible};
      CREATE INDEX library_by_publication ON library_entries (publication, search_id) ${visible};
      CREATE INDEX library_by_date ON library_entries (published_at, search_id) ${visible};
      CREATE INDEX library_by_status ON library_entries (status, search_id) ${visible};
      CREATE INDEX library_by_update ON library_entries (updated_at, search_id) ${visible};
      CREATE INDEX library_by_creation ON library_entries (created_at, search_id) ${visible};
      ${labelIds.map((id) => `CREATE INDEX library_by_${id} ON library_entries (${id}, search_id) ${visible};`).join('\n      ')}
      CREATE INDEX library_by_url ON library_entries (url) ${visible} AND url IS NOT NULL;
      CREATE INDEX library_staged ON library_entries (import_batch) WHERE import_batch IS NOT NULL;
      CREATE INDEX library_trash ON library_entries (deleted_by, deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE VIRTUAL TABLE document_search USING fts5 (title, text, tokenize = 'unicode61 remove_diacritics 2');

      -- Notes are indexed one annotation to a row, so a note's change re-indexes that note alone.
      CREATE TABLE note_search_ids (
        search_id INTEGER PRIMARY KEY,
        annotation_id TEXT NOT NULL UNIQUE REFERENCES annotations (id) ON DELETE CASCADE
      ) STRICT;
      CREATE VIRTUAL TABLE note_search USING fts5 (
        note, document_id UNINDEXED, annotation_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TRIGGER library_document_inserted AFTER INSERT ON documents
      BEGIN
        INSERT INTO library_entries (document_id, title, publication, author, url, published_at, credit, language, status, created_at, updated_at)
        VALUES (NEW.id, NEW.title, NEW.publication, NEW.author, NEW.url, NEW.published_at, NEW.credit, NEW.language, NEW.status, NEW.created_at, NEW.updated_at);
        INSERT INTO document_search (rowid, title, text)
        VALUES ((SELECT search_id FROM library_entries WHERE document_id = NEW.id), NEW.title, NEW.text);
      END;

      CREATE TRIGGER library_document_updated
      AFTER UPDATE OF title, publication, author, url, published_at, credit, language, status, created_at, updated_at ON documents
      BEGIN
        UPDATE library_entries SET title = NEW.title, publication = NEW.publication, author = NEW.author, url = NEW.url,
          published_at = NEW.published_at, credit = NEW.credit, language = NEW.language, status = NEW.status,
          created_at = NEW.created_at, updated_at = NEW.updated_at
        WHERE document_id = NEW.id;
      END;

      CREATE TRIGGER library_search_text_updated AFTER UPDATE OF title, text ON documents
      WHEN OLD.title IS NOT NEW.title OR OLD.text IS NOT NEW.text
      BEGIN
        UPDATE document_search SET title = NEW.title, text = NEW.text
        WHERE rowid = (SELECT search_id FROM library_entries WHERE document_id = NEW.id);
      END;

      -- Before the row goes, while its entry (and so its index rowid) can still be found.
      CREATE TRIGGER library_document_deleted BEFORE DELETE ON documents
      BEGIN
        DELETE FROM document_search WHERE rowid = (SELECT search_id FROM library_entries WHERE document_id = OLD.id);
      END;

      CREATE TRIGGER library_annotation_inserted AFTER INSERT ON annotations
      BEGIN
        UPDATE library_entries SET ${counts((id) => `+ (NEW.label = '${id}')`)} WHERE document_id = NEW.document_id;${indexNote}
      END;

      CREATE TRIGGER library_annotation_relabelled AFTER UPDATE OF label ON annotations
      WHEN OLD.label IS NOT NEW.label
      BEGIN
        UPDATE library_entries SET ${counts((id) => `- (OLD.label = '${id}') + (NEW.label = '${id}')`)}
        WHERE document_id = NEW.document_id;
      END;

      CREATE TRIGGER library_note_updated AFTER UPDATE OF note ON annotations
      WHEN OLD.note IS NOT NEW.note
      BEGIN ${unindexNote('OLD')}${indexNote}
      END;

      -- Before the row goes, while its note's index rowid can still be found.
      CREATE TRIGGER library_annotation_deleted BEFORE DELETE ON annotations
      BEGIN
        UPDATE library_entries SET ${counts((id) => `- (OLD.label = '${id}')`)} WHERE document_id = OLD.document_id;${unindexNote('OLD')}
      END;
    `);

    // Documents and annotations from earlier versions: their entries, counts and index rows.
    db.exec(`
      INSERT INTO library_entries (document_id, title, publication, author, url, published_at, credit, language, status, created_at, updated_at)
      SELECT id, title, publication, author, url, published_at, credit, language, status, created_at, updated_at FROM documents;
      UPDATE library_entries SET ${labelIds
        .map((id) => `${id} = (SELECT count(*) FROM annotations a WHERE a.document_id = library_entries.document_id AND a.label = '${id}')`)
        .join(', ')};
      INSERT INTO document_search (rowid, title, text)
      SELECT e.search_id, d.title, d.text FROM documents d JOIN library_entries e ON e.document_id = d.id;
      INSERT INTO note_search_ids (annotation_id) SELECT id FROM annotations WHERE note != '';
      INSERT INTO note_search (rowid, note, document_id, annotation_id)
      SELECT n.search_id, a.note, a.document_id, a.id FROM note_search_ids n JOIN annotations a ON a.id = n.annotation_id;
    `);
  },
};
