/** Which view is showing: the library of documents, or the open document. */
import { create } from 'zustand';

export type View = 'library' | 'document';

interface NavigationState {
  view: View;
  show(view: View): void;
}

export const useNavigationStore = create<NavigationState>((set) => ({
  view: 'document',
  show: (view) => set({ view }),
}));
