/**
 * What the reviewer typed into attribute fields and has not been saved yet, because it is not
 * valid or not finished. Kept per annotation and field, so that nothing typed is lost when the
 * selection moves to another annotation and back.
 */
import { create } from 'zustand';

interface DraftState {
  drafts: ReadonlyMap<string, string>;
  setDraft(key: string, text: string): void;
  clearDraft(key: string): void;
}

export const useDraftStore = create<DraftState>((set) => ({
  drafts: new Map(),
  setDraft: (key, text) => set((state) => ({ drafts: new Map(state.drafts).set(key, text) })),
  clearDraft: (key) =>
    set((state) => {
      if (!state.drafts.has(key)) return state;
      const drafts = new Map(state.drafts);
      drafts.delete(key);
      return { drafts };
    }),
}));

/** The draft key of one field of one annotation. */
export function draftKey(annotationId: string, field: string): string {
  return `${annotationId}/${field}`;
}
