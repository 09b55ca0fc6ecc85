/** The open document: the session, the document and the annotations it was loaded with. */
import { create } from 'zustand';
import type { Session } from '../../shared/api';
import type { Document } from '../../shared/model';
import { api, errorMessage } from '../api';
import { afterNextPaintAndPending, mark } from '../timing';
import { openedArticle, type OpenedArticle } from '../editor/opening';
import { useAnnotationStore } from './annotations';
import { recordsOf, useRecordStore } from './records';

type DocumentStatus = 'loading' | 'ready' | 'empty' | 'failed';

interface DocumentState {
  status: DocumentStatus;
  session: Session | null;
  document: Document | null;
  /** The article and its annotations as stored when the document was opened; the editor owns them from then on. */
  opened: OpenedArticle | null;
  error: string | null;
  /** Opens the document to start with: the last one worked on, or the sample article. */
  openStartDocument(): Promise<void>;
  /** Opens a document in the editor. */
  openDocument(id: string): Promise<void>;
  /** Reads the open document again after it changed on the main side, keeping the view in place. */
  reload(): Promise<void>;
}

async function readDocument(id: string): Promise<{ document: Document; opened: OpenedArticle }> {
  const [document, annotations] = await Promise.all([api.getDocument({ id }), api.listAnnotations({ documentId: id })]);
  mark('fm:document-received');
  // Only the panels read the records, and they follow the editor once its first frame is painted.
  afterNextPaintAndPending(() => useRecordStore.getState().reset(recordsOf(annotations)));
  return { document, opened: openedArticle(document.text, annotations) };
}

export const useDocumentStore = create<DocumentState>((set, get) => ({
  status: 'loading',
  session: null,
  document: null,
  opened: null,
  error: null,
  async openStartDocument() {
    set({ status: 'loading', error: null });
    try {
      const session = await api.getSession({});
      set({ session });
      if (session.startDocumentId) await get().openDocument(session.startDocumentId);
      else set({ status: 'empty' });
    } catch (error) {
      set({ status: 'failed', error: errorMessage(error) });
    }
  },
  async openDocument(id) {
    // The panels stay on screen while the next article is read: they show none of the last one's.
    useAnnotationStore.getState().clear();
    useRecordStore.getState().reset([]);
    set({ status: 'loading', error: null });
    try {
      set({ status: 'ready', ...(await readDocument(id)) });
    } catch (error) {
      set({ status: 'failed', error: errorMessage(error) });
    }
  },
  async reload() {
    const open = get().document;
    if (open) set(await readDocument(open.id));
  },
}));
