/** The import of annotations from the dialog: what the files hold (the preview), then applying or discarding it. */
import { create } from 'zustand';
import type { ConflictChoice, ImportPreview, ImportResult, ImportSource } from '../../shared/datasets';
import { formatList } from '../../shared/formats';
import { api, errorMessage } from '../api';
import { useDocumentStore } from '../state/document';
import { uploadOf } from '../uploads';

type Phase = 'choosing' | 'reading' | 'previewed' | 'applying' | 'applied';

interface ImportState {
  phase: Phase;
  preview: ImportPreview | null;
  result: ImportResult | null;
  error: string | null;
  /** Asks the host's native open dialog for files; null when cancelled or unsupported. */
  choosePaths(): Promise<string[] | null>;
  /** Reads files on the host machine by path, or files picked in the page, and previews the import. */
  previewSource(source: { paths: string[]; files: readonly File[]; format: ImportSource['format'] }): Promise<void>;
  apply(choice: ConflictChoice): Promise<void>;
  /** Drops the preview (the host forgets it) and starts again. */
  discard(): Promise<void>;
}

const datasetExtensions = [...new Set(formatList.filter((format) => format.canRead).map((format) => format.extension.slice(1)))];

export const useImportStore = create<ImportState>((set, get) => ({
  phase: 'choosing',
  preview: null,
  result: null,
  error: null,
  async choosePaths() {
    try {
      const filters = [{ name: 'Annotation files', extensions: datasetExtensions }];
      const answer = await api.chooseOpenPaths({ title: 'Import annotations', filters, folders: false, multiple: true });
      return answer.paths;
    } catch (error) {
      set({ error: errorMessage(error) });
      return null;
    }
  },
  async previewSource({ paths, files, format }) {
    set({ phase: 'reading', error: null, preview: null, result: null });
    try {
      const uploads = await Promise.all(files.map(uploadOf));
      const preview = await api.previewDatasetImport({ paths, files: uploads, ...(format ? { format } : {}) });
      set({ phase: 'previewed', preview });
    } catch (error) {
      set({ phase: 'choosing', error: errorMessage(error) });
    }
  },
  async apply(choice) {
    const preview = get().preview;
    if (!preview) return;
    set({ phase: 'applying', error: null });
    try {
      const result = await api.applyDatasetImport({ previewId: preview.previewId, onConflict: choice });
      set({ phase: 'applied', result });
      await refreshOpenDocument(result);
    } catch (error) {
      set({ phase: 'previewed', error: errorMessage(error) });
    }
  },
  async discard() {
    const preview = get().preview;
    set({ phase: 'choosing', preview: null, result: null, error: null });
    if (!preview) return;
    try {
      await api.discardDatasetImport({ previewId: preview.previewId });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
}));

/** Shows what the import changed in the article that is open, or opens one if the library was empty. */
async function refreshOpenDocument(result: ImportResult): Promise<void> {
  const documents = useDocumentStore.getState();
  if (documents.document && result.changedDocumentIds.includes(documents.document.id)) await documents.reload();
  else if (!documents.document && result.documentsCreated > 0) await documents.openStartDocument();
}
