/**
 * Editor benchmarks in a real Chromium, on the built renderer served by the web host: load time
 * and heap against a plain ProseMirror view of the same text, tagging latency (painted, saved),
 * and frames over budget while scrolling.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openDatabase } from '../electron/store/database';
import { annotationDrafts, articleText } from './support/corpus';
import { holdIdleWork, releaseIdleWork } from './support/idle-work';
import { addDocument, hostLibrary } from './support/library';
import type { Result } from './support/results';
import { alternate, repeat, summarise } from './support/stats';

export interface EditorBenchOptions {
  browser: Browser;
  outDirectory: string;
  /** Where the benchmark's databases go; the caller removes it. */
  folder: string;
  sizes: { characters: number; annotations: number }[];
  runs: number;
  /** Runs of the scrolling figure: each scrolls through the article, the longest part of the suite. */
  scrollRuns: number;
  /** How much of the article the scrolling figure scrolls through, from the top: 1 for all of it. */
  scrolledShare: number;
  tags: number;
}

/** How soon a key's change is to be painted: a little under one frame at 60 Hz. */
const PAINTED_TARGET_MS = 16;

async function heapMegabytes(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize / 1024 / 1024;
}

async function markTime(page: Page, name: string): Promise<number | null> {
  return page.evaluate((name) => performance.getEntriesByName(name, 'mark').at(-1)?.startTime ?? null, name);
}

/**
 * Waits for a mark at or after `after` (a time, or the name of a mark made before it), checking in
 * the page once a frame. (Not with `page.waitForFunction`, which loads the driver's own script into
 * the page: hundreds of kilobytes of heap that would count against the app, and that the floor's
 * page does not carry.)
 */
async function waitForMark(page: Page, name: string, after: number | string): Promise<number> {
  return page.evaluate(
    ({ name, after }) =>
      new Promise<number>((resolve, reject) => {
        const deadline = performance.now() + 60_000;
        const check = () => {
          const time = performance.getEntriesByName(name, 'mark').at(-1)?.startTime;
          const since = typeof after === 'number' ? after : performance.getEntriesByName(after, 'mark').at(-1)?.startTime;
          if (time !== undefined && since !== undefined && time >= since) resolve(time);
          else if (performance.now() > deadline) reject(new Error(`The page made no ${name} mark within a minute`));
          else requestAnimationFrame(check);
        };
        check();
      }),
    { name, after },
  );
}

/** Opens the app on its start document; answers the time from data received to highlights painted. */
async function loadApp(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const painted = await waitForMark(page, 'fm:editor-painted', 0);
  const received = (await markTime(page, 'fm:document-received'))!;
  return painted - received;
}

async function loadFloor(page: Page, text: string, floorDirectory: string): Promise<number> {
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
  await page.addStyleTag({ content: readFileSync(join(floorDirectory, 'floor.css'), 'utf8') });
  await page.addScriptTag({ content: readFileSync(join(floorDirectory, 'floor.js'), 'utf8') });
  return page.evaluate((text) => window.renderPlainArticle(text), text);
}

/**
 * Share of frames over budget while scrolling `selector` from the top through `share` of it (to
 * the bottom with 1), a third of a screen per frame.
 */
async function slowFrameShare(page: Page, selector: string, share: number): Promise<number> {
  return page.evaluate(
    async ({ selector, share }) => {
      const scroller = document.querySelector(selector) as HTMLElement;
      scroller.scrollTop = 0;
      const intervals: number[] = [];
      await new Promise<void>((done) => {
        let last = performance.now();
        const step = (now: number) => {
          intervals.push(now - last);
          last = now;
          scroller.scrollTop += scroller.clientHeight / 3;
          if (scroller.scrollTop + scroller.clientHeight >= share * scroller.scrollHeight - 1) done();
          else requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      });
      const budget = 1000 / 60 + 1;
      return (intervals.slice(1).filter((interval) => interval > budget).length / Math.max(1, intervals.length - 1)) * 100;
    },
    { selector, share },
  );
}

/** Selects a word of the article through the DOM, as a drag would. */
async function selectWord(page: Page, seed: number): Promise<void> {
  await page.evaluate((seed) => {
    const paragraphs = document.querySelectorAll('[aria-label="Article text"] p');
    const paragraph = paragraphs[seed % paragraphs.length]!;
    paragraph.scrollIntoView({ block: 'center' });
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest('.fm-chip') && (node as Text).data.length > 12) texts.push(node as Text);
    }
    const text = texts[seed % texts.length]!;
    const start = text.data.indexOf(' ', (seed * 7) % Math.max(1, text.data.length - 10)) + 1;
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, Math.min(text.data.length, start + 5));
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, seed);
  // The toolbar's hint says the editor has the selection. (Looked for in the toolbar: a search of the
  // whole page's text would go through the million characters of the article each time.)
  await page.waitForFunction(() => document.querySelector('.fm-toolbar-hint')?.textContent === 'Press 1–4 to tag the selected text', null, {
    polling: 'raf',
  });
}

/** Resolves once the page has painted and then found itself with nothing to do. */
function settled(page: Page): Promise<unknown> {
  return page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(resolve, { timeout: 1000 })))),
  );
}

interface KeyLatency {
  /** From the key event to the end of the frame that shows the change. */
  painted: number;
  /** The same without the wait for the screen's next refresh: the work of handling the key and drawing the frame. */
  working: number;
  saved: number;
}

/** Presses a key and answers how long until the change was painted and until it was saved. */
async function keyLatency(page: Page, key: string): Promise<KeyLatency> {
  // As a reviewer would, press the key once the screen is still: the highlights near the place
  // drawn, the panels updated after the last change, nothing left to do.
  await settled(page);
  await page.evaluate(() => {
    window.addEventListener('keydown', (event) => performance.mark('bench:key', { startTime: event.timeStamp }), { capture: true, once: true });
  });
  // The key is let go of once the change is painted and saved, as a reviewer's finger is a tenth
  // of a second or so later: released at once, as a scripted press does, its release would be
  // handled (with a layout of the change) before the change's frame. Nothing else is asked of the
  // page until the change is painted.
  await page.keyboard.down(key);
  const painted = await waitForMark(page, 'fm:change-painted', 'bench:key');
  const pressed = (await markTime(page, 'bench:key'))!;
  const applied = (await markTime(page, 'fm:change-applied'))!;
  const frame = (await markTime(page, 'fm:change-painted:frame'))!;
  const saved = await waitForMark(page, 'fm:change-saved', pressed);
  await page.keyboard.up(key);
  return { painted: painted - pressed, working: applied - pressed + (painted - frame), saved: saved - pressed };
}

export async function editorBenchmarks(options: EditorBenchOptions): Promise<Result[]> {
  const { browser, outDirectory, runs } = options;
  const results: Result[] = [];
  const rendererDirectory = join(outDirectory, 'renderer');
  const floorDirectory = join(outDirectory, 'bench', 'floor');

  for (const size of options.sizes) {
    const label = `${(size.characters / 1000).toLocaleString('en')}k characters, ${size.annotations.toLocaleString('en')} annotations`;
    const text = articleText(size.characters, size.characters);
    const databasePath = join(options.folder, `editor-${size.characters}.sqlite`);
    const db = openDatabase(databasePath);
    addDocument(db, 'bench-document', `Benchmark article (${label})`, text, annotationDrafts(size.annotations, text, size.annotations, 'bench-document'));
    db.close();
    const library = await hostLibrary(databasePath, rendererDirectory);
    const viewport = { width: 1400, height: 900 };

    const appHeap: number[] = [];
    const appHeapAllDrawn: number[] = [];
    const floorHeap: number[] = [];
    const load = await alternate(
      runs,
      async () => {
        const context = await browser.newContext({ viewport });
        const page = await context.newPage();
        await holdIdleWork(page);
        const time = await loadApp(page, library.host.url);
        appHeap.push(await heapMegabytes(page));
        await releaseIdleWork(page);
        await waitForMark(page, 'fm:all-drawn', 0);
        appHeapAllDrawn.push(await heapMegabytes(page));
        await context.close();
        return time;
      },
      async () => {
        const context = await browser.newContext({ viewport });
        const page = await context.newPage();
        const time = await loadFloor(page, text, floorDirectory);
        floorHeap.push(await heapMegabytes(page));
        await context.close();
        return time;
      },
    );
    const isLargest = size === options.sizes.at(-1);
    results.push(
      { group: 'editor', name: `load to highlights painted, ${label}`, unit: 'ms', ...load, target: isLargest ? { ratio: 1.5, absolute: 1000 } : undefined },
      { group: 'editor', name: `renderer heap after load, ${label}`, unit: 'MB', value: summarise(appHeap), floor: summarise(floorHeap), target: isLargest ? { ratio: 2 } : undefined },
      { group: 'editor', name: `renderer heap once every highlight is drawn, ${label}`, unit: 'MB', value: summarise(appHeapAllDrawn), floor: summarise(floorHeap) },
    );

    if (isLargest) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await loadApp(page, library.host.url);
      // Measured on the article as a reviewer works in it, once the highlights away from the first screen are drawn too.
      await waitForMark(page, 'fm:all-drawn', 0);
      const latencies = { tag: [] as KeyLatency[], relabel: [] as KeyLatency[], remove: [] as KeyLatency[] };
      for (let i = 0; i < options.tags; i++) {
        await selectWord(page, i * 31 + 7);
        latencies.tag.push(await keyLatency(page, '1'));
        latencies.relabel.push(await keyLatency(page, '2'));
        latencies.remove.push(await keyLatency(page, 'Delete'));
      }
      for (const [action, samples] of Object.entries(latencies)) {
        const painted = summarise(samples.map((sample) => sample.painted));
        const working = summarise(samples.map((sample) => sample.working));
        const saved = summarise(samples.map((sample) => sample.saved));
        results.push(
          { group: 'editor', name: `${action}: key to painted, work without the refresh wait (median ${working.median.toFixed(1)} ms), ${label}`, unit: 'ms', value: working, statistic: 'p95', target: { absolute: PAINTED_TARGET_MS } },
          { group: 'editor', name: `${action}: key to painted at 60 Hz (median ${painted.median.toFixed(1)} ms), ${label}`, unit: 'ms', value: painted, statistic: 'p95' },
          { group: 'editor', name: `${action}: key to saved (median ${saved.median.toFixed(1)} ms), ${label}`, unit: 'ms', value: saved, statistic: 'p95', target: { absolute: 50 } },
        );
      }
      const appScroll = await repeat(options.scrollRuns, () => slowFrameShare(page, '.fm-main', options.scrolledShare));
      await context.close();
      const floorContext = await browser.newContext({ viewport });
      const floorPage = await floorContext.newPage();
      await loadFloor(floorPage, text, floorDirectory);
      await floorPage.evaluate(() => document.querySelector<HTMLElement>('.fm-main')!.style.setProperty('height', '100vh'));
      await floorPage.evaluate(() => document.querySelector<HTMLElement>('.fm-main')!.style.setProperty('overflow-y', 'auto'));
      const floorScroll = await repeat(options.scrollRuns, () => slowFrameShare(floorPage, '.fm-main', options.scrolledShare));
      await floorContext.close();
      const scrolled = options.scrolledShare < 1 ? ` (its first ${Math.round(options.scrolledShare * 100)} %)` : '';
      results.push({ group: 'editor', name: `frames over 16 ms while scrolling${scrolled}, ${label}`, unit: '%', value: summarise(appScroll), floor: summarise(floorScroll), target: { absolute: 1 } });
    }
    await library.close();
  }
  return results;
}
