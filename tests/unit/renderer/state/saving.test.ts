import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Ids the store was asked to delete, in the order asked. */
const deleted: string[] = [];

vi.mock('../../../../renderer/api', () => ({
  api: {
    deleteAnnotation: async ({ id }: { id: string }) => {
      deleted.push(id);
      return { id, deleted: true };
    },
  },
  errorMessage: (error: unknown) => (error instanceof Error ? error.message : String(error)),
}));

const { useSaveStore } = await import('../../../../renderer/state/saving');

/** The page's next frame, run by the test: its callbacks, as the browser runs them before painting. */
let frameCallbacks: FrameRequestCallback[] = [];

function paintFrame(): void {
  const callbacks = frameCallbacks;
  frameCallbacks = [];
  for (const callback of callbacks) callback(performance.now());
}

describe('the save queue', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frameCallbacks.push(callback));
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    frameCallbacks = [];
    deleted.length = 0;
  });

  it('starts a change’s save once its frame is painted, not while the page draws it', async () => {
    useSaveStore.getState().enqueue([{ kind: 'delete', id: 'first' }]);
    await Promise.resolve();
    expect(deleted).toEqual([]);
    expect(useSaveStore.getState().pending).toHaveLength(1);
    paintFrame();
    await vi.waitFor(() => expect(deleted).toEqual(['first']));
    await vi.waitFor(() => expect(useSaveStore.getState().pending).toEqual([]));
    // The limit that would have started it without a frame does not start it again.
    vi.advanceTimersByTime(1000);
    await Promise.resolve();
    expect(deleted).toEqual(['first']);
  });

  it('starts it within a tenth of a second when no frame comes, as in a hidden window', async () => {
    useSaveStore.getState().enqueue([{ kind: 'delete', id: 'hidden' }]);
    vi.advanceTimersByTime(99);
    await Promise.resolve();
    expect(deleted).toEqual([]);
    vi.advanceTimersByTime(1);
    await vi.waitFor(() => expect(deleted).toEqual(['hidden']));
  });

  it('saves changes in the order they were made', async () => {
    useSaveStore.getState().enqueue([{ kind: 'delete', id: 'a' }]);
    useSaveStore.getState().enqueue([{ kind: 'delete', id: 'b' }, { kind: 'delete', id: 'c' }]);
    paintFrame();
    await vi.waitFor(() => expect(deleted).toEqual(['a', 'b', 'c']));
  });
});
