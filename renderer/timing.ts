/**
 * Timing around the frames a reviewer sees. Performance marks at the moments they wait for (a
 * document shown, a change painted, a change saved) cost next to nothing, keep one entry per
 * name, and let measurements (the benchmark suite, the browser's performance panel) see what
 * the user sees.
 */

/**
 * Runs `callback` in a task of its own, as soon as the page gets to it: after a frame's paint when
 * called in the frame, and ahead of the tasks that queued behind the frame (the key's release, the
 * store's answer), which do not hold up what is on screen.
 */
function nextTask(callback: () => void): void {
  if ('scheduler' in globalThis) {
    void scheduler.postTask(callback, { priority: 'user-blocking' });
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => callback();
  channel.port2.postMessage(null);
}

/** Runs `callback` once the next frame has been painted: after the frame's callbacks, on the next task. */
export function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => nextTask(callback));
}

/**
 * Runs `callback` once the next frame has been painted and the page has handled what came in
 * meanwhile (input, answers from the store): for work the reviewer is not waiting on.
 */
export function afterNextPaintAndPending(callback: () => void): void {
  requestAnimationFrame(() => {
    if ('scheduler' in globalThis) void scheduler.postTask(callback, { priority: 'background' });
    else setTimeout(callback, 0);
  });
}

/** Marks a moment now. */
export function mark(name: string): void {
  performance.clearMarks(name);
  performance.mark(name);
}

/**
 * Marks the moment the next frame has been painted (`name`), and the moment that frame began
 * (`name` + ':frame'): the time between the change and the frame's start is spent waiting for
 * the screen's next refresh, not working.
 */
export function markAfterPaint(name: string): void {
  requestAnimationFrame(() => {
    mark(`${name}:frame`);
    nextTask(() => mark(name));
  });
}
