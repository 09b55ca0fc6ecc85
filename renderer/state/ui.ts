/** Transient interface state: the context menu and the picker for clicks on overlapping annotations. */
import { create } from 'zustand';

export interface PopupAt {
  x: number;
  y: number;
  /** The annotations under the pointer, innermost first. */
  annotationIds: string[];
}

interface UiState {
  contextMenu: PopupAt | null;
  picker: PopupAt | null;
  openContextMenu(at: PopupAt): void;
  openPicker(at: PopupAt): void;
  closePopups(): void;
}

export const useUiStore = create<UiState>((set) => ({
  contextMenu: null,
  picker: null,
  openContextMenu: (at) => set({ contextMenu: at, picker: null }),
  openPicker: (at) => set({ picker: at, contextMenu: null }),
  closePopups: () => set({ contextMenu: null, picker: null }),
}));
