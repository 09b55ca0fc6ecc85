/** Transient interface state: menus, the picker for clicks on overlapping annotations, the shortcut sheet, the find bar. */
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
  shortcutsOpen: boolean;
  findOpen: boolean;
  /** Grows each time the keyboard asks to move into the selected annotation's details. */
  detailsFocusRequest: number;
  /** Annotations whose suggested values the reviewer dismissed. */
  dismissedSuggestions: ReadonlySet<string>;
  openContextMenu(at: PopupAt): void;
  openPicker(at: PopupAt): void;
  closePopups(): void;
  setShortcutsOpen(open: boolean): void;
  setFindOpen(open: boolean): void;
  focusDetails(): void;
  dismissSuggestions(annotationId: string): void;
}

export const useUiStore = create<UiState>((set) => ({
  contextMenu: null,
  picker: null,
  shortcutsOpen: false,
  findOpen: false,
  detailsFocusRequest: 0,
  dismissedSuggestions: new Set(),
  openContextMenu: (at) => set({ contextMenu: at, picker: null }),
  openPicker: (at) => set({ picker: at, contextMenu: null }),
  closePopups: () => set({ contextMenu: null, picker: null }),
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
  setFindOpen: (findOpen) => set({ findOpen }),
  focusDetails: () => set((state) => ({ detailsFocusRequest: state.detailsFocusRequest + 1 })),
  dismissSuggestions: (annotationId) => set((state) => ({ dismissedSuggestions: new Set(state.dismissedSuggestions).add(annotationId) })),
}));
