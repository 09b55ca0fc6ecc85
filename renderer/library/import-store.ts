/**
 * Imports into the library, as the interface follows them: the running job's progress, the
 * summary once it ends, and what the reviewer decided about articles that may be new versions of
 * documents already in the library.
 */
import { create } from 'zustand';
import type { JobStatus } from '../../shared/jobs';
import { importSummarySchema, type ImportSummary, type LibraryImportSourceInput, type PossibleVersion, type VersionReport } from '../../shared/library';
import { api, errorMessage } from '../api';
import { useDocumentStore } from '../state/document';
import { useLibraryStore } from './library-store';
import { useSearchStore } from './search-store';

const POLL_INTERVAL_MS = 200;

export type VersionDecision =
  | { state: 'merging' }
  | { state: 'merged'; report: VersionReport }
  | { state: 'kept' }
  | { state: 'failed'; message: string };

interface ImportState {
  /** What is being imported, in words: "3 files", "corpus.jsonl", "pasted text". */
  what: string;
  status: JobStatus | null;
  summary: ImportSummary | null;
  /** Why the import could not start or ended in failure. */
  error: string | null;
  decisions: ReadonlyMap<string, VersionDecision>;
  /** Starts an import and follows it until it ends. */
  start(source: LibraryImportSourceInput, what: string): Promise<void>;
  /** Reports a problem found before anything was sent (a file too large, nothing dropped). */
  refuse(message: string): void;
  cancel(): Promise<void>;
  /** The imported article becomes the new version of the document it matched; its copy goes. */
  merge(version: PossibleVersion): Promise<void>;
  keepBoth(version: PossibleVersion): void;
  dismiss(): void;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function libraryChanged(): void {
  useLibraryStore.getState().refresh();
  useSearchStore.getState().refresh();
}

export const useImportStore = create<ImportState>((set, get) => {
  const decide = (documentId: string, decision: VersionDecision) => set({ decisions: new Map(get().decisions).set(documentId, decision) });

  return {
    what: '',
    status: null,
    summary: null,
    error: null,
    decisions: new Map(),
    async start(source, what) {
      set({ what, status: null, summary: null, error: null, decisions: new Map() });
      try {
        const { jobId } = await api.startLibraryImport({ source });
        let status = await api.getJob({ id: jobId });
        for (; status.state === 'running'; status = await api.getJob({ id: jobId })) {
          set({ status });
          await wait(POLL_INTERVAL_MS);
        }
        set({
          status,
          summary: status.state === 'done' ? importSummarySchema.parse(status.result) : null,
          error: status.state === 'failed' ? status.error : null,
        });
        if (status.state === 'done') libraryChanged();
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
    refuse: (message) => set({ what: '', status: null, summary: null, error: message, decisions: new Map() }),
    async cancel() {
      const status = get().status;
      if (!status || status.state !== 'running') return;
      try {
        set({ status: await api.cancelJob({ id: status.id }) });
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
    async merge(version) {
      decide(version.documentId, { state: 'merging' });
      try {
        const report = await api.mergeImportedVersion({ documentId: version.existingId, importedId: version.documentId });
        decide(version.documentId, { state: 'merged', report });
        libraryChanged();
        const documents = useDocumentStore.getState();
        if (documents.document?.id === version.existingId) await documents.reload();
      } catch (error) {
        decide(version.documentId, { state: 'failed', message: errorMessage(error) });
      }
    },
    keepBoth: (version) => decide(version.documentId, { state: 'kept' }),
    dismiss: () => set({ what: '', status: null, summary: null, error: null, decisions: new Map() }),
  };
});
