/**
 * Holding a page's idle-time work. From its first frame on, the app draws the highlights away from
 * the screen whenever the page is idle; the heap "after load" is read before that work begins (as
 * the floor's is read after its load), and the heap once every highlight is drawn after it ends.
 * Read while it runs, the first figure would depend on how far it had got: in a calm minute, a
 * third of the way.
 */
import type { Page } from 'playwright-core';

interface IdleWorkControl {
  releaseIdleWork(): void;
}

/** Makes the page's `requestIdleCallback` keep its callbacks until `releaseIdleWork`. Call before the page loads. */
export async function holdIdleWork(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const request = window.requestIdleCallback.bind(window);
    const cancel = window.cancelIdleCallback.bind(window);
    const held = new Map<number, [IdleRequestCallback, IdleRequestOptions | undefined]>();
    // A held request's id is negative; once released, it stands for the request made for it.
    const releasedAs = new Map<number, number>();
    let nextHeldId = -1;
    let released = false;
    window.requestIdleCallback = (callback, options) => {
      if (released) return request(callback, options);
      held.set(nextHeldId, [callback, options]);
      return nextHeldId--;
    };
    window.cancelIdleCallback = (id) => {
      if (!held.delete(id)) cancel(releasedAs.get(id) ?? id);
    };
    const control: IdleWorkControl = {
      releaseIdleWork() {
        released = true;
        for (const [id, [callback, options]] of held) releasedAs.set(id, request(callback, options));
        held.clear();
      },
    };
    Object.assign(window, control);
  });
}

export async function releaseIdleWork(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as IdleWorkControl).releaseIdleWork());
}
