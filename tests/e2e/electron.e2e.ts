import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiMethodNames } from '../../shared/api-methods';
import { APP_NAME, DATABASE_FILE } from '../../shared/app';
import { launchDesktopApp, whyElectronCannotRun, type RunningApp } from './support/electron';
import { selectPhrase } from './support/text-selection';
import { queryDatabase } from './support/web-host';

const screenshots = join(process.cwd(), 'test-results', 'electron');
const cannotRun = whyElectronCannotRun();
const quote = 'TASS reported';

interface StoredAnnotation {
  id: string;
  label: string;
  quote: string;
}

/** What the page sees of the bridge and of Node, read inside the window. */
interface PageGlobals {
  bridgeMethods: string[];
  require: string;
  process: string;
  module: string;
}

describe.skipIf(cannotRun !== null)(`the desktop app${cannotRun ? ` (skipped: ${cannotRun})` : ''}`, () => {
  let userData: string;
  let running: RunningApp | null = null;

  const databasePath = () => join(userData, DATABASE_FILE);
  const stored = () => queryDatabase<StoredAnnotation>(databasePath(), 'SELECT id, label, quote FROM annotations ORDER BY start_offset');
  const window = (): Page => running!.window;
  const article = () => window().getByRole('textbox', { name: 'Article text' });
  const annotationItems = () => window().getByRole('complementary', { name: 'Annotations' }).getByRole('listitem');

  async function restart() {
    await running?.app.close();
    running = await launchDesktopApp(userData);
  }

  beforeAll(() => mkdirSync(screenshots, { recursive: true }));

  beforeEach(async () => {
    userData = mkdtempSync(join(tmpdir(), 'factmark-electron-'));
    running = await launchDesktopApp(userData);
  });

  afterEach(async () => {
    await running?.app.close();
    running = null;
    rmSync(userData, { recursive: true, force: true });
  });

  it('opens the sample article from the app:// origin on first launch, with the database in the user-data folder', async () => {
    expect(window().url()).toBe('app://factmark/index.html');
    expect(await article().textContent()).toContain('A delegation from Hamas visited Moscow on Thursday');
    expect(queryDatabase(databasePath(), 'SELECT title FROM documents')).toEqual([
      { title: 'Hamas delegation visits Moscow for talks on hostages' },
    ]);
    expect(await running!.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.getTitle()))).toEqual([APP_NAME]);
    await window().screenshot({ path: join(screenshots, 'first-launch.png') });
  });

  it('tags a phrase selected with the mouse when 2 is pressed, and keeps it after a restart', async () => {
    await selectPhrase(window(), quote);
    await window().keyboard.press('2');
    await expect.poll(() => stored().map((a) => [a.label, a.quote])).toEqual([['attributed_claim', quote]]);
    const [claim] = stored();
    expect(await article().locator(`[data-annotation-id="${claim!.id}"]`).textContent()).toBe(quote);
    expect(await annotationItems().filter({ hasText: quote }).count()).toBe(1);
    await window().screenshot({ path: join(screenshots, 'tagged.png') });

    await restart();
    expect(stored().map((a) => a.id)).toEqual([claim!.id]);
    await annotationItems().filter({ hasText: quote }).waitFor();
    expect(await article().locator(`[data-annotation-id="${claim!.id}"]`).textContent()).toBe(quote);
  });

  it('gives the page exactly the contract’s methods and nothing of Node', async () => {
    const globals = await window().evaluate((bridgeName): PageGlobals => {
      const page = globalThis as unknown as Record<string, unknown>;
      return {
        bridgeMethods: Object.keys(page[bridgeName] as object).sort(),
        require: typeof page.require,
        process: typeof page.process,
        module: typeof page.module,
      };
    }, 'factmark');
    expect(globals).toEqual({ bridgeMethods: [...apiMethodNames].sort(), require: 'undefined', process: 'undefined', module: 'undefined' });
  });

  it('answers the bridge with the session of this user-data folder and validates every argument', async () => {
    const answers = await window().evaluate(async () => {
      const bridge = (globalThis as unknown as { factmark: Record<string, (args: unknown) => Promise<unknown>> }).factmark;
      return { session: await bridge.getSession!({}), badArguments: await bridge.getDocument!({ id: 42 }) };
    });
    expect(answers.session).toMatchObject({ ok: true, value: { appName: APP_NAME, databasePath: databasePath() } });
    expect(answers.badArguments).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
  });

  it('serves the renderer under its Content-Security-Policy and nothing outside the bundle', async () => {
    const responses = await window().evaluate(async () => {
      const probe = async (path: string) => {
        const response = await fetch(path);
        return { status: response.status, csp: response.headers.get('Content-Security-Policy') };
      };
      return { page: await probe('./index.html'), escape: await probe('./..%2f..%2fpackage.json'), missing: await probe('./nothing.js') };
    });
    expect(responses.page.status).toBe(200);
    expect(responses.page.csp).toContain("default-src 'none'");
    expect(responses.escape.status).toBe(404);
    expect(responses.missing.status).toBe(404);
  });

  it('refuses navigation and new windows, even to its own origin', async () => {
    // Functions given to evaluate() run in the app's main process and can only reach its globals.
    type Attempt = { url: string; prevented: boolean };
    await running!.app.evaluate(({ BrowserWindow }) => {
      (globalThis as unknown as { navigationAttempt: Promise<Attempt> }).navigationAttempt = new Promise<Attempt>((resolve) => {
        // Listeners run in the order they were added: the app's own guard has run by the time this one does.
        BrowserWindow.getAllWindows()[0]!.webContents.once('will-navigate', (event) => resolve({ url: event.url, prevented: event.defaultPrevented }));
      });
    });
    const opened = await window().evaluate(() => {
      const page = globalThis as unknown as { location: { href: string }; open(url: string): unknown };
      const popup = page.open('./index.html?popup');
      page.location.href = './index.html?elsewhere';
      return popup;
    });
    expect(opened).toBeNull();
    expect(await running!.app.evaluate(() => (globalThis as unknown as { navigationAttempt: Promise<Attempt> }).navigationAttempt)).toEqual({ url: 'app://factmark/index.html?elsewhere', prevented: true });
    expect(window().url()).toBe('app://factmark/index.html');
    expect(await running!.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });
});
