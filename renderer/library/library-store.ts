/**
 * The library list: its sort and filters, how many documents pass them, and the rows loaded so
 * far, page by page as the list scrolls. The renderer never holds the whole library.
 */
import { create } from 'zustand';
import type { LibraryFacets, LibraryFilter, LibraryRow, LibrarySortField, SortDirection } from '../../shared/library';
import { api, errorMessage } from '../api';
import { PagedLoader, type PagedRows } from './paged-loader';

/** Sorting by these starts with the largest values: the newest, the most annotated. */
const descendingFirst = new Set<LibrarySortField>(['publishedAt', 'updatedAt', 'createdAt', 'verified_fact', 'attributed_claim', 'casualty_figure', 'opinion']);

interface LibraryState extends PagedRows<LibraryRow> {
  filter: LibraryFilter;
  sort: LibrarySortField;
  direction: SortDirection;
  facets: LibraryFacets | null;
  /** Sorts by a column; the same column again reverses the order. */
  sortBy(field: LibrarySortField): void;
  /** Changes some filters; a filter set to `undefined` is removed. */
  setFilter(change: Partial<LibraryFilter>): void;
  clearFilters(): void;
  /** Makes sure the rows from `first` to `last` are loaded or on their way. */
  showRows(first: number, last: number): void;
  /** Reads the shown rows, the count and the filters' values again, after the library changed. */
  refresh(): void;
}

export const useLibraryStore = create<LibraryState>((set, get) => {
  const loader = new PagedLoader<LibraryRow>({
    pageSize: 100,
    fetch: (offset, limit) => {
      const { filter, sort, direction } = get();
      return api.listLibrary({ filter, sort, direction, offset, limit });
    },
    current: get,
    update: set,
  });

  return {
    filter: {},
    sort: 'updatedAt',
    direction: 'desc',
    total: null,
    rows: new Map(),
    facets: null,
    error: null,
    sortBy(field) {
      const { sort, direction } = get();
      const next: SortDirection = field === sort ? (direction === 'asc' ? 'desc' : 'asc') : descendingFirst.has(field) ? 'desc' : 'asc';
      set({ sort: field, direction: next });
      loader.reset(false);
    },
    setFilter(change) {
      const filter: LibraryFilter = { ...get().filter, ...change };
      for (const key of Object.keys(filter) as (keyof LibraryFilter)[]) if (filter[key] === undefined) delete filter[key];
      set({ filter });
      loader.reset(false);
    },
    clearFilters() {
      set({ filter: {} });
      loader.reset(false);
    },
    showRows: (first, last) => loader.show(first, last),
    refresh() {
      loader.reset(true);
      api.getLibraryFacets({}).then(
        (facets) => set({ facets }),
        (error: unknown) => set({ error: errorMessage(error) }),
      );
    },
  };
});
