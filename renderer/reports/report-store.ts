/** The report the Report view shows: made by the host from what is stored, each time the view opens. */
import { create } from 'zustand';
import { api, errorMessage } from '../api';

interface ReportState {
  /** The document whose report is loading or shown. */
  documentId: string | null;
  html: string | null;
  loading: boolean;
  error: string | null;
  /** Makes the document's report afresh; an answer for a document no longer asked for is dropped. */
  load(documentId: string): Promise<void>;
}

export const useReportStore = create<ReportState>((set, get) => ({
  documentId: null,
  html: null,
  loading: false,
  error: null,
  async load(documentId) {
    set({ documentId, html: null, loading: true, error: null });
    try {
      const { html } = await api.getReportHtml({ documentId });
      if (get().documentId === documentId) set({ html, loading: false });
    } catch (error) {
      if (get().documentId === documentId) set({ loading: false, error: errorMessage(error) });
    }
  },
}));
