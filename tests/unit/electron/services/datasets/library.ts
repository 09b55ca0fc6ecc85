/** Libraries for the dataset tests: real SQLite files holding documents and annotations the tests choose. */
import { createServices, type Services } from '../../../../../electron/services';
import { AnnotationRepository } from '../../../../../electron/store/annotations';
import { DatasetDocumentQueries } from '../../../../../electron/store/dataset-documents';
import { openDatabase, type Db } from '../../../../../electron/store/database';
import type { DocumentEntry } from '../../../../../shared/formats';
import type { JobProgress } from '../../../../../electron/services/jobs';
import { JobCancelledError } from '../../../../../electron/services/jobs';
import type { Annotation, Document } from '../../../../../shared/model';

export interface TestLibrary {
  path: string;
  db: Db;
  services: Services;
  /** Stores documents and annotations as they are, in one transaction. */
  add(entries: readonly DocumentEntry[]): void;
  documents(): Document[];
  annotations(): Annotation[];
  eventCount(): number;
}

let tick = 0;

/** Opens (creating) a library at `path` whose clock moves a second per reading. */
export function openTestLibrary(path: string, reviewer = 'importer'): TestLibrary {
  const db = openDatabase(path);
  const services = createServices(db, {
    reviewer,
    databasePath: path,
    now: () => new Date(Date.UTC(2026, 2, 1, 0, 0, tick++)).toISOString(),
  });
  const documents = new DatasetDocumentQueries(db);
  const annotations = new AnnotationRepository(db);
  return {
    path,
    db,
    services,
    add: (entries) =>
      db.transaction(() => {
        for (const entry of entries) {
          documents.insertRecord(entry.document, 'test');
          for (const annotation of entry.annotations) annotations.upsert(annotation);
        }
      })(),
    documents: () => (db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as string[]).map((id) => services.documents.get(id)),
    annotations: () =>
      (db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as string[]).flatMap((id) => services.annotations.list(id)),
    eventCount: () => db.prepare('SELECT count(*) FROM annotation_events').pluck().get() as number,
  };
}

/** Writes a library file holding these documents and annotations, for a process of its own to open. */
export function writeTestLibrary(path: string, entries: readonly DocumentEntry[]): void {
  const library = openTestLibrary(path);
  library.add(entries);
  library.db.close();
}

/** Progress that records what it is told and can cancel after a number of pages. */
export function testProgress(cancelAfterPages = Number.POSITIVE_INFINITY): JobProgress & { reports: number[]; onPage?: () => void } {
  let pages = 0;
  const progress = {
    reports: [] as number[],
    onPage: undefined as (() => void) | undefined,
    report(done: number) {
      progress.reports.push(done);
    },
    throwIfCancelled() {
      if (pages > cancelAfterPages) throw new JobCancelledError();
    },
    async yield() {
      pages++;
      progress.onPage?.();
    },
  };
  return progress;
}
