/** Full-text search of the library: what was typed, how many documents and notes match, and the hits loaded so far. */
import { create } from 'zustand';
import type { SearchHit } from '../../shared/library';
import { api } from '../api';
import { mark } from '../timing';
import { PagedLoader, type PagedRows } from './paged-loader';

/** Typing pauses this long before the search runs. */
const SEARCH_DELAY_MS = 250;

interface SearchState extends PagedRows<SearchHit> {
  /** What the box holds. */
  typed: string;
  /** What the hits are for: the typed text once typing paused. */
  query: string;
  type(text: string): void;
  showRows(first: number, last: number): void;
  /** Runs the search again, after the library changed. */
  refresh(): void;
}

let timer: ReturnType<typeof setTimeout> | undefined;

export const useSearchStore = create<SearchState>((set, get) => {
  const loader = new PagedLoader<SearchHit>({
    pageSize: 50,
    fetch: (offset, limit) => api.searchLibrary({ query: get().query, offset, limit }).then((page) => ({ total: page.total, rows: page.hits })),
    current: get,
    update: set,
  });

  return {
    typed: '',
    query: '',
    total: null,
    rows: new Map(),
    error: null,
    type(text) {
      set({ typed: text });
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (text.trim() === get().query.trim()) return;
        set({ query: text });
        if (text.trim() === '') return;
        mark('fm:search-sent');
        loader.reset(false);
      }, SEARCH_DELAY_MS);
    },
    showRows: (first, last) => {
      if (get().query.trim() !== '') loader.show(first, last);
    },
    refresh() {
      if (get().query.trim() !== '') loader.reset(true);
    },
  };
});
