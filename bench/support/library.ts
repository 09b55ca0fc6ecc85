/** Benchmark libraries: real database files filled through the app's own store, and the web host over them. */
import { createDispatcher } from '../../electron/api/dispatch';
import { createServices } from '../../electron/services';
import { AnnotationRepository } from '../../electron/store/annotations';
import { openDatabase, type Db } from '../../electron/store/database';
import { DocumentRepository } from '../../electron/store/documents';
import { startWebHost, type WebHost } from '../../electron/web/server';
import type { Annotation, AnnotationDraft } from '../../shared/model';
import { describeSpan } from '../../shared/text/anchor';
import { TextIndex } from '../../shared/text/offsets';

/** Adds a document and its annotations in one transaction, as an import would. */
export function addDocument(db: Db, id: string, title: string, text: string, drafts: readonly AnnotationDraft[]): void {
  const documents = new DocumentRepository(db);
  const annotations = new AnnotationRepository(db);
  const index = new TextIndex(text);
  const now = new Date().toISOString();
  db.transaction(() => {
    documents.insert(
      {
        id,
        title,
        text,
        publication: 'Benchmark Gazette',
        author: null,
        url: null,
        publishedAt: '2023-10-27',
        credit: null,
        language: 'en',
        raw: new TextEncoder().encode(text),
        rawFileName: `${id}.txt`,
        rawEncoding: 'utf-8',
        cleaning: [],
      },
      now,
    );
    for (const draft of drafts) {
      const annotation: Annotation = { ...draft, ...describeSpan(index, draft.start, draft.end), reviewer: 'bench', anchor: 'anchored', createdAt: now, updatedAt: now };
      annotations.upsert(annotation);
    }
  })();
}

/** The web host over a database, in this process, as `npm run web` runs it. */
export async function hostLibrary(databasePath: string, rendererDirectory: string): Promise<{ host: WebHost; close(): Promise<void> }> {
  const db = openDatabase(databasePath);
  const services = createServices(db, { reviewer: 'bench', databasePath });
  const host = await startWebHost({ dispatch: createDispatcher(services), rendererDirectory });
  return {
    host,
    close: async () => {
      await host.close();
      db.close();
    },
  };
}
