/** Deleting documents: they go to the trash, from which this session restores them; the last deletion can be undone at once. */
import { create } from 'zustand';
import type { DeletedDocument, LibraryRow } from '../../shared/library';
import { api, errorMessage } from '../api';
import { useLibraryStore } from './library-store';
import { useSearchStore } from './search-store';

interface TrashState {
  /** This session's trash, the most recently deleted first; null until read. */
  deleted: DeletedDocument[] | null;
  /** The last deletion, for its Undo. */
  lastDeleted: { ids: string[]; what: string } | null;
  error: string | null;
  delete(rows: readonly Pick<LibraryRow, 'id' | 'title'>[]): Promise<void>;
  restore(ids: readonly string[]): Promise<void>;
  undo(): Promise<void>;
  load(): Promise<void>;
  forgetLastDeleted(): void;
}

function libraryChanged(): void {
  useLibraryStore.getState().refresh();
  useSearchStore.getState().refresh();
}

export const useTrashStore = create<TrashState>((set, get) => ({
  deleted: null,
  lastDeleted: null,
  error: null,
  async delete(rows) {
    const ids = rows.map((row) => row.id);
    try {
      await api.deleteDocuments({ ids });
      set({ lastDeleted: { ids, what: rows.length === 1 ? `“${rows[0]!.title}”` : `${rows.length} documents` }, error: null });
      libraryChanged();
      await get().load();
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  async restore(ids) {
    try {
      await api.restoreDocuments({ ids: [...ids] });
      const last = get().lastDeleted;
      if (last && last.ids.every((id) => ids.includes(id))) set({ lastDeleted: null });
      libraryChanged();
      await get().load();
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  async undo() {
    const last = get().lastDeleted;
    if (last) await get().restore(last.ids);
  },
  async load() {
    try {
      set({ deleted: await api.listDeletedDocuments({}), error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  forgetLastDeleted: () => set({ lastDeleted: null }),
}));
