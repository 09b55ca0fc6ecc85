/** What the find bar shows of the editor's find state. */
import type { EditorState } from 'prosemirror-state';
import { create } from 'zustand';
import { findState } from '../editor/find';

interface FindSummary {
  query: string;
  matchCount: number;
  current: number;
  followEditor(state: EditorState): void;
}

export const useFindStore = create<FindSummary>((set, get) => ({
  query: '',
  matchCount: 0,
  current: -1,
  followEditor(state) {
    const { query, matches, current } = findState(state);
    const summary = get();
    if (summary.query !== query || summary.matchCount !== matches.length || summary.current !== current) {
      set({ query, matchCount: matches.length, current });
    }
  },
}));
