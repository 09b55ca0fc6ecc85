/** Which view is showing: the library of documents, the open document, or its report. */
import { create } from 'zustand';

export type View = 'library' | 'document' | 'report';

interface NavigationState {
  view: View;
  show(view: View): void;
}

export const useNavigationStore = create<NavigationState>((set) => ({
  view: 'document',
  show: (view) => set({ view }),
}));
