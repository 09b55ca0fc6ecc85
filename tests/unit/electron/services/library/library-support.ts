/** A library over a real SQLite file, and what the library tests build articles and imports with. */
import { randomUUID } from 'node:crypto';
import { createServices, type Services } from '../../../../../electron/services';
import { JobCancelledError, type JobProgress } from '../../../../../electron/services/jobs';
import { openDatabase, type Db } from '../../../../../electron/store/database';
import type { AnnotationDraft, DocumentMetadata } from '../../../../../shared/model';
import { databasePathIn } from '../../../../support/temp-database';

export const encode = (text: string) => new TextEncoder().encode(text);

export interface Library {
  path: string;
  db: Db;
  services: Services;
}

/** A new library in `folder`, or the one already there. */
export function openLibrary(folder: string, reviewer = 'amira'): Library {
  const path = databasePathIn(folder);
  const db = openDatabase(path);
  return { path, db, services: createServices(db, { reviewer, databasePath: path }) };
}

/** Imports one plain-text article and answers its id. */
export function addArticle(services: Services, name: string, text: string, metadata: Partial<DocumentMetadata> = {}): string {
  return services.documents.importFile({ name, bytes: encode(text) }, metadata).id;
}

/** Saves an annotation over the first occurrence of `quote` in the document. */
export function annotate(services: Services, documentId: string, quote: string, label: AnnotationDraft['label'], note = ''): string {
  const text = services.documents.get(documentId).text;
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" is not in the document`);
  const start = Array.from(text.slice(0, at)).length;
  const attributes = {
    verified_fact: { evidence: [] },
    attributed_claim: { verdict: 'unchecked', evidence: [] },
    casualty_figure: { verdict: 'unchecked' },
    opinion: { holder: 'the author' },
  }[label];
  const draft = { id: randomUUID(), documentId, label, start, end: start + Array.from(quote).length, note, confidence: null, attributes };
  return services.annotations.save(draft as AnnotationDraft).id;
}

/** A JSONL line of one article. */
export function jsonlLine(fields: Record<string, string>): string {
  return JSON.stringify(fields);
}

export interface RecordedProgress extends JobProgress {
  reports: { done: number; total: number | null; message: string }[];
  /** Asks the import to stop at its next check. */
  cancel(): void;
}

/**
 * Progress as a job gives it, recorded. `onPause` runs at each pause the import takes between its
 * batches, with how many pauses there have been: a test acts there as another request would.
 */
export function recordedProgress(onPause: (pauses: number) => void = () => {}): RecordedProgress {
  let cancelled = false;
  let pauses = 0;
  const progress: RecordedProgress = {
    reports: [],
    report: (done, total, message) => progress.reports.push({ done, total, message }),
    throwIfCancelled: () => {
      if (cancelled) throw new JobCancelledError();
    },
    yield: async () => {
      onPause(++pauses);
      await new Promise((resolve) => setImmediate(resolve));
    },
    cancel: () => (cancelled = true),
  };
  return progress;
}

/** Everything the library stores, row counts and contents, to compare before and after. */
export function librarySnapshot(db: Db): Record<string, unknown> {
  const rows = (sql: string) => db.prepare(sql).all();
  return {
    documents: rows('SELECT id, title, text, status, updated_at FROM documents ORDER BY id'),
    entries: rows('SELECT * FROM library_entries ORDER BY search_id'),
    annotations: rows('SELECT id, document_id, note FROM annotations ORDER BY id'),
    documentIndex: rows('SELECT rowid, title, text FROM document_search ORDER BY rowid'),
    noteIndex: rows('SELECT rowid, note, annotation_id FROM note_search ORDER BY rowid'),
    batches: rows('SELECT * FROM import_batches'),
  };
}
