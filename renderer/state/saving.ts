/**
 * Saving annotation changes, in the order they were made. A failure stops the queue with the
 * changes still pending (the editor keeps showing them) until the user retries.
 */
import { create } from 'zustand';
import { api, errorMessage } from '../api';
import type { SaveOperation } from '../editor/save-operations';

interface SaveState {
  pending: readonly SaveOperation[];
  saving: boolean;
  failure: string | null;
  lastSavedAt: Date | null;
  enqueue(operations: readonly SaveOperation[]): void;
  retry(): void;
}

function perform(operation: SaveOperation): Promise<unknown> {
  return operation.kind === 'save' ? api.saveAnnotation(operation.draft) : api.deleteAnnotation({ id: operation.id });
}

export const useSaveStore = create<SaveState>((set, get) => {
  async function drain() {
    if (get().saving || get().failure) return;
    set({ saving: true });
    for (let next = get().pending[0]; next; next = get().pending[0]) {
      try {
        await perform(next);
        set((state) => ({ pending: state.pending.slice(1), lastSavedAt: new Date() }));
      } catch (error) {
        set({ saving: false, failure: errorMessage(error) });
        return;
      }
    }
    set({ saving: false });
  }

  return {
    pending: [],
    saving: false,
    failure: null,
    lastSavedAt: null,
    enqueue(operations) {
      if (operations.length === 0) return;
      set((state) => ({ pending: [...state.pending, ...operations] }));
      void drain();
    },
    retry() {
      set({ failure: null });
      void drain();
    },
  };
});
