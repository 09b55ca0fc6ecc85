/** The open document: the session, the document and the annotations it was loaded with. */
import { create } from 'zustand';
import type { Session } from '../../shared/api';
import type { Document, OpenedAnnotation } from '../../shared/model';
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
  /** Reads the open document (or the one being opened) again after it changed on the main side, keeping the view in place. */
  reload(): Promise<void>;
}

/**
 * The last read of a document begun: an answer that comes after a later read began is dropped,
 * so the document opened last is the one shown, with its own records.
 */
let lastRead: { id: string } | null = null;

/** Reads a document and its annotations; answers null when another read began meanwhile. */
async function readDocument(id: string): Promise<{ document: Document; opened: OpenedArticle } | null> {
  const read = { id };
  lastRead = read;
  const isLatest = () => read === lastRead;
  let answers: [Document, OpenedAnnotation[]];
  try {
    answers = await Promise.all([api.getDocument({ id }), api.listAnnotations({ documentId: id })]);
  } catch (error) {
    if (isLatest()) throw error;
    return null;
  }
  if (!isLatest()) return null;
  const [document, annotations] = answers;
  mark('fm:document-received');
  // Only the panels read the records, and they follow the editor once its first frame is painted.
  afterNextPaintAndPending(() => isLatest() && useRecordStore.getState().reset(recordsOf(annotations)));
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
      const read = await readDocument(id);
      if (read) set({ status: 'ready', ...read });
    } catch (error) {
      set({ status: 'failed', error: errorMessage(error) });
    }
  },
  async reload() {
    // The document read last: the one being opened, when one is, since the one on screen is about to be left.
    if (!lastRead) return;
    const read = await readDocument(lastRead.id);
    if (read) set({ status: 'ready', error: null, ...read });
  },
}));
