import type { Migration } from './index';

/** Documents with their raw import, and annotations with code-point offsets. */
export const initialSchema: Migration = {
  version: 1,
  description: 'documents and annotations',
  up(db) {
    db.exec(`
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        publication TEXT,
        author TEXT,
        url TEXT,
        published_at TEXT,
        credit TEXT,
        language TEXT,
        status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in_progress', 'done', 'reviewed')),
        raw BLOB NOT NULL,
        raw_file_name TEXT,
        raw_encoding TEXT NOT NULL,
        cleaning TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE annotations (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        label TEXT NOT NULL CHECK (label IN ('verified_fact', 'attributed_claim', 'casualty_figure', 'opinion')),
        start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
        end_offset INTEGER NOT NULL CHECK (end_offset >= start_offset),
        quote TEXT NOT NULL,
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        confidence TEXT CHECK (confidence IN ('low', 'medium', 'high')),
        reviewer TEXT NOT NULL,
        attributes TEXT NOT NULL DEFAULT '{}',
        anchor TEXT NOT NULL DEFAULT 'anchored' CHECK (anchor IN ('anchored', 'fuzzy', 'orphaned')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE INDEX annotations_by_document ON annotations (document_id, start_offset, end_offset);
      CREATE INDEX documents_by_update ON documents (updated_at);
    `);
  },
};
