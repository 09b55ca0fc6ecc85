/** Which dataset dialog is open, and what the host told them (where to save, native dialogs, reviewers). */
import { create } from 'zustand';
import type { DatasetOptions } from '../../shared/datasets';
import { api, errorMessage } from '../api';

export type DatasetDialog = 'export' | 'import';

interface DatasetDialogState {
  open: DatasetDialog | null;
  options: DatasetOptions | null;
  optionsError: string | null;
  /** Opens a dialog, asking the host for its options again (reviewers change as people work). */
  show(dialog: DatasetDialog): Promise<void>;
  close(): void;
}

export const useDatasetDialogs = create<DatasetDialogState>((set) => ({
  open: null,
  options: null,
  optionsError: null,
  async show(dialog) {
    set({ open: dialog, optionsError: null });
    try {
      set({ options: await api.getDatasetOptions({}) });
    } catch (error) {
      set({ optionsError: errorMessage(error) });
    }
  },
  close: () => set({ open: null }),
}));
