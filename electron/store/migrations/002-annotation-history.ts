import type { Migration } from './index';

/**
 * An append-only log of annotation changes: who changed what, and when. Rows can be neither
 * updated nor deleted, except with their document.
 */
export const annotationHistory: Migration = {
  version: 2,
  description: 'annotation history',
  up(db) {
    db.exec(`
      CREATE TABLE annotation_events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        annotation_id TEXT NOT NULL,
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        action TEXT NOT NULL CHECK (action IN ('created', 'updated', 'deleted', 'orphaned')),
        reviewer TEXT NOT NULL,
        at TEXT NOT NULL,
        changes TEXT NOT NULL
      ) STRICT;

      CREATE INDEX annotation_events_by_annotation ON annotation_events (annotation_id, seq);

      CREATE TRIGGER annotation_events_no_update BEFORE UPDATE ON annotation_events
      BEGIN
        SELECT RAISE(ABORT, 'the annotation history is append-only');
      END;

      CREATE TRIGGER annotation_events_no_delete BEFORE DELETE ON annotation_events
      WHEN EXISTS (SELECT 1 FROM documents WHERE id = OLD.document_id)
      BEGIN
        SELECT RAISE(ABORT, 'the annotation history is append-only');
      END;
    `);
  },
};
