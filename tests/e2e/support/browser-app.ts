/**
 * The web app in the system Chromium, set up afresh for every test of a describe block: one browser
 * for the block, and for each test a database in a temporary folder of its own, a web host on it and
 * a new browser context whose page has the article open. Tests share the browser only, so none sees
 * another's library.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchChromium } from './browser';
import { startHost, type RunningHost } from './web-host';

export interface BrowserAppOptions {
  /** The size of the page, in CSS pixels. */
  viewport: { width: number; height: number };
  /** The folder `screenshot` writes to; made when the block starts. */
  screenshots: string;
  /** Fills the test's database before the host opens it; without it the host starts on an empty one and adds the sample article. */
  prepare?: (databasePath: string) => void | Promise<void>;
  /** Runs on each test's page before the app loads, so listeners (dialogs, requests, console) hear it from the start. */
  watch?: (page: Page) => void;
}

/** What a test works with; the getters give the current test's objects, so read them inside tests and hooks only. */
export interface BrowserApp {
  readonly browser: Browser;
  readonly folder: string;
  readonly databasePath: string;
  readonly host: RunningHost;
  readonly context: BrowserContext;
  readonly page: Page;
  /** The article's text box, which the app shows once it has loaded. */
  article(): Locator;
  /** Saves a screenshot of the page as `name` in the screenshots folder. */
  screenshot(name: string): Promise<void>;
  /** Stops the host and starts it again on the same database, then loads the app again in the same page, as a reviewer reopening Factmark sees it. */
  restart(): Promise<void>;
}

/** Registers the hooks that set up and tear down the web app for the calling describe block. */
export function useBrowserApp(options: BrowserAppOptions): BrowserApp {
  let browser: Browser;
  let folder: string;
  let databasePath: string;
  let host: RunningHost;
  let context: BrowserContext;
  let page: Page;

  const article = () => page.getByRole('textbox', { name: 'Article text' });
  async function openApp() {
    await page.goto(host.url);
    await article().waitFor();
  }

  beforeAll(async () => {
    mkdirSync(options.screenshots, { recursive: true });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'factmark-e2e-'));
    databasePath = join(folder, 'library.sqlite');
    await options.prepare?.(databasePath);
    host = await startHost(databasePath);
    context = await browser.newContext({ viewport: options.viewport });
    page = await context.newPage();
    options.watch?.(page);
    await openApp();
  });

  afterEach(async () => {
    await context?.close();
    await host?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  return {
    get browser() {
      return browser;
    },
    get folder() {
      return folder;
    },
    get databasePath() {
      return databasePath;
    },
    get host() {
      return host;
    },
    get context() {
      return context;
    },
    get page() {
      return page;
    },
    article,
    async screenshot(name) {
      await page.screenshot({ path: join(options.screenshots, name) });
    },
    async restart() {
      await host.stop();
      host = await startHost(databasePath);
      await openApp();
    },
  };
}
