/**
 * Watching a page for a moment: a performance mark the renderer makes, or an input event. The
 * watch starts before the action that causes it, so that nothing is missed, and answers the
 * moment on the page's clock.
 */
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    benchWatches?: Record<string, Promise<number>>;
  }
}

const TIMEOUT_MS = 60_000;

export type Moment = () => Promise<number>;

/** Starts watching for the next performance mark `name`. */
export async function watchMark(page: Page, name: string): Promise<Moment> {
  const key = `mark:${name}`;
  await page.evaluate(
    ({ key, name, timeout }) => {
      const watches = (window.benchWatches ??= {});
      watches[key] = new Promise((resolve, reject) => {
        const observer = new PerformanceObserver((list) => {
          const entry = list.getEntriesByName(name, 'mark')[0];
          if (!entry) return;
          observer.disconnect();
          resolve(entry.startTime);
        });
        observer.observe({ type: 'mark' });
        setTimeout(() => reject(new Error(`no mark ${name} within ${timeout} ms`)), timeout);
      });
    },
    { key, name, timeout: TIMEOUT_MS },
  );
  return () => page.evaluate((key) => window.benchWatches![key]!, key);
}

/** Starts watching for the next event of this type anywhere on the page. */
export async function watchEvent(page: Page, type: string): Promise<Moment> {
  const key = `event:${type}`;
  await page.evaluate(
    ({ key, type }) => {
      const watches = (window.benchWatches ??= {});
      watches[key] = new Promise((resolve) => window.addEventListener(type, (event) => resolve(event.timeStamp), { capture: true, once: true }));
    },
    { key, type },
  );
  return () => page.evaluate((key) => window.benchWatches![key]!, key);
}
