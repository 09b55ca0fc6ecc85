/**
 * Saving annotation changes, in the order they were made. A failure stops the queue with the
 * changes still pending (the editor keeps showing them) until the user retries.
 *
 * A save usually takes a few hundredths of a second, so the queue only says it is saving once it
 * has been at it for longer (`slow`): anything on screen that followed every save would flicker,
 * and be drawn again in the very frame that shows the reviewer's change.
 *
 * A change's save starts once the change is painted. Started at once, the store's work (the local
 * server's, or the main process's) ran on the machine's other core while the page drew the
 * change, and the change's frame came later for it.
 */
import { create } from 'zustand';
import { api, errorMessage } from '../api';
import type { SaveOperation } from '../editor/save-operations';
import { afterNextPaint, mark } from '../timing';
import { recordsOf, useRecordStore } from './records';

/** How long the queue may go on saving before it says so. */
const SLOW_SAVE_MS = 500;

/** How long a change waits at most for its frame before its save starts: a hidden page paints none. */
const PAINT_WAIT_LIMIT_MS = 100;

/** Runs `start` once, when the next frame is painted or after `PAINT_WAIT_LIMIT_MS`, whichever comes first. */
function afterPaintOrLimit(start: () => void): void {
  let started = false;
  const startOnce = () => {
    if (started) return;
    started = true;
    clearTimeout(limit);
    start();
  };
  const limit = setTimeout(startOnce, PAINT_WAIT_LIMIT_MS);
  afterNextPaint(startOnce);
}

interface SaveState {
  pending: readonly SaveOperation[];
  saving: boolean;
  /** The queue has been saving, without a pause, for longer than `SLOW_SAVE_MS`. */
  slow: boolean;
  failure: string | null;
  enqueue(operations: readonly SaveOperation[]): void;
  retry(): void;
}

/**
 * Stores one operation; answers how to bring the record store up to date with what the store
 * confirmed, which the caller does once it has noted the save as done.
 */
async function perform(operation: SaveOperation): Promise<() => void> {
  const records = useRecordStore.getState();
  switch (operation.kind) {
    case 'save': {
      const stored = await api.saveAnnotation(operation.draft);
      return () => records.saved(stored);
    }
    case 'delete':
      await api.deleteAnnotation({ id: operation.id });
      return () => records.deleted(operation.id);
    case 'text': {
      const { annotations } = await api.saveDocumentText({ documentId: operation.documentId, text: operation.text, spans: operation.spans });
      return () => records.reset(recordsOf(annotations));
    }
  }
}

/**
 * Adds operations to the queue. A text save replaces one still waiting at the end of the queue:
 * it carries the whole text, so only the latest matters.
 */
function queued(pending: readonly SaveOperation[], operations: readonly SaveOperation[], inFlight: boolean): SaveOperation[] {
  const next = [...pending];
  for (const operation of operations) {
    const last = next.at(-1);
    const replaceable = last?.kind === 'text' && operation.kind === 'text' && !(inFlight && next.length === 1);
    if (replaceable) next[next.length - 1] = operation;
    else next.push(operation);
  }
  return next;
}

export const useSaveStore = create<SaveState>((set, get) => {
  async function drain() {
    if (get().saving || get().failure) return;
    set({ saving: true });
    const slowTimer = setTimeout(() => set({ slow: true }), SLOW_SAVE_MS);
    for (let next = get().pending[0]; next; next = get().pending[0]) {
      try {
        const confirm = await perform(next);
        // The panels redraw for the confirmed record; the save itself is done already.
        mark('fm:change-saved');
        set((state) => ({ pending: state.pending.slice(1) }));
        confirm();
      } catch (error) {
        clearTimeout(slowTimer);
        set({ saving: false, slow: false, failure: errorMessage(error) });
        return;
      }
    }
    clearTimeout(slowTimer);
    set({ saving: false, slow: false });
  }

  return {
    pending: [],
    saving: false,
    slow: false,
    failure: null,
    enqueue(operations) {
      if (operations.length === 0) return;
      set((state) => ({ pending: queued(state.pending, operations, state.saving) }));
      afterPaintOrLimit(() => void drain());
    },
    retry() {
      set({ failure: null });
      void drain();
    },
  };
});

/**
 * Resolves once every change made so far has been answered by the store (saved, or saving
 * failed), or after `limitMs` at most when given.
 */
export function saveAnswered(limitMs?: number): Promise<void> {
  const answered = (state: SaveState) => state.pending.length === 0 || state.failure !== null;
  if (answered(useSaveStore.getState())) return Promise.resolve();
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = limitMs === undefined ? undefined : setTimeout(finish, limitMs);
    const unsubscribe = useSaveStore.subscribe((state) => answered(state) && finish());
  });
}
