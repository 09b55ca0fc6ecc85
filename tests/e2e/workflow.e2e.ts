import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser';
import { selectPhrase } from './support/text-selection';
import { queryDatabase, startHost, type RunningHost } from './support/web-host';

const screenshots = join(process.cwd(), 'test-results', 'workflow');

interface StoredAnnotation {
  id: string;
  label: string;
  start_offset: number;
  end_offset: number;
  quote: string;
  anchor: string;
  attributes: string;
}

describe("the fact-checker's workflow", () => {
  let browser: Browser;
  let folder: string;
  let databasePath: string;
  let host: RunningHost;
  let context: BrowserContext;
  let page: Page;

  const stored = () =>
    queryDatabase<StoredAnnotation>(
      databasePath,
      'SELECT id, label, start_offset, end_offset, quote, anchor, attributes FROM annotations ORDER BY start_offset',
    );
  const article = () => page.getByRole('textbox', { name: 'Article text' });
  const focusedLabel = () =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return element?.getAttribute('aria-label') ?? (element as HTMLInputElement | null)?.labels?.[0]?.textContent ?? element?.textContent ?? '';
    });

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'factmark-e2e-'));
    databasePath = join(folder, 'library.sqlite');
    host = await startHost(databasePath);
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    await page.goto(host.url);
    await article().waitFor();
  });

  afterEach(async () => {
    await context?.close();
    await host?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('goes from finding a phrase to a saved casualty figure with its attributes using only the keyboard', async () => {
    await page.keyboard.press('Control+f');
    await page.keyboard.type('more than 6,500');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    expect(await focusedLabel()).toBe('Article text');
    await page.keyboard.press('3');
    await expect.poll(() => stored().map((a) => [a.label, a.quote])).toEqual([['casualty_figure', 'more than 6,500']]);

    await page.keyboard.press('Enter');
    expect(await focusedLabel()).toBe('Accept');
    await page.screenshot({ path: join(screenshots, 'keyboard-suggestion.png') });
    await page.keyboard.press('Enter');
    for (let i = 0; i < 30 && (await focusedLabel()) !== 'Who is counted'; i++) await page.keyboard.press('Tab');
    await page.keyboard.type('people in Gaza');
    await page.keyboard.press('Escape');
    expect(await focusedLabel()).toBe('Article text');

    await expect
      .poll(() => JSON.parse(stored()[0]!.attributes))
      .toEqual({
        verdict: 'unchecked',
        count: 6500,
        qualifier: 'more_than',
        category: 'killed',
        source: 'Palestinian authorities',
        population: 'people in Gaza',
      });
    await page.screenshot({ path: join(screenshots, 'keyboard-figure-saved.png') });
  });

  it('moves between annotations with Tab and changes a label with a number key', async () => {
    await selectPhrase(page, 'TASS reported');
    await page.keyboard.press('2');
    await selectPhrase(page, 'TASS said');
    await page.keyboard.press('2');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('4');
    await expect.poll(() => stored().map((a) => [a.label, a.quote])).toEqual([
      ['opinion', 'TASS reported'],
      ['attributed_claim', 'TASS said'],
    ]);
  });

  it('moves annotations with the text when it is corrected, and keeps one whose text is deleted as orphaned', async () => {
    await selectPhrase(page, 'Abu Marzouk');
    await page.keyboard.press('1');
    await selectPhrase(page, 'TASS reported');
    await page.keyboard.press('2');
    await expect.poll(() => stored().length).toBe(2);
    const [marzouk, tass] = stored();

    await page.getByRole('button', { name: 'Correct text' }).click();
    await selectPhrase(page, 'Senior');
    await page.keyboard.type('A senior');
    await expect.poll(() => stored().map((a) => [a.quote, a.start_offset])).toEqual([
      ['Abu Marzouk', marzouk!.start_offset + 2],
      ['TASS reported', tass!.start_offset + 2],
    ]);
    expect(await article().textContent()).toContain('A senior Hamas member');

    await selectPhrase(page, 'TASS reported');
    await page.keyboard.press('Backspace');
    await expect.poll(() => stored().find((a) => a.id === tass!.id)?.anchor).toBe('orphaned');
    expect(stored().find((a) => a.id === tass!.id)?.quote).toBe('TASS reported');
    expect(await page.getByRole('list', { name: 'Annotations in text order' }).textContent()).toContain('Orphaned');
    await page.screenshot({ path: join(screenshots, 'orphaned.png') });

    await page.keyboard.press('Control+z');
    await expect.poll(() => stored().find((a) => a.id === tass!.id)?.anchor).toBe('anchored');
    expect(stored().find((a) => a.id === tass!.id)?.quote).toBe('TASS reported');
    const document = queryDatabase<{ text: string }>(databasePath, 'SELECT text FROM documents')[0]!;
    expect(document.text).toContain('A senior Hamas member Abu Marzouk was among those attending the talks, TASS reported.');
  });

  it('shows the history of an annotation after two edits', async () => {
    await selectPhrase(page, 'TASS said');
    await page.keyboard.press('2');
    await page.getByRole('combobox', { name: 'Verdict' }).first().selectOption('supported');
    await expect.poll(() => JSON.parse(stored()[0]!.attributes).verdict).toBe('supported');
    await page.getByLabel('Note').fill('TASS is the Russian state news agency');
    await page.getByLabel('Note').blur();
    const history = page.getByRole('region', { name: 'History' });
    await expect.poll(() => history.getByRole('listitem').allTextContents()).toHaveLength(3);
    const entries = await history.getByRole('listitem').allTextContents();
    expect(entries[0]).toMatch(/^e2e reviewer created it/);
    expect(entries[1]).toMatch(/^e2e reviewer changed the attributes/);
    expect(entries[2]).toMatch(/^e2e reviewer changed the note/);
    await page.screenshot({ path: join(screenshots, 'history.png') });
  });

  it('tags every match of a search at once, and one undo takes them all back', async () => {
    await page.keyboard.press('Control+f');
    await page.keyboard.type('Hamas');
    const findBar = page.getByRole('search', { name: 'Find in the article' });
    await expect.poll(() => findBar.textContent()).toContain('1 of 17');
    await findBar.getByRole('button', { name: 'OPINION' }).click();
    await expect.poll(() => stored().length).toBe(17);
    expect(new Set(stored().map((a) => a.quote))).toEqual(new Set(['Hamas']));
    await page.screenshot({ path: join(screenshots, 'find.png') });
    await findBar.getByRole('searchbox', { name: 'Find' }).press('Escape');
    await page.keyboard.press('Control+z');
    await expect.poll(() => stored().length).toBe(0);
  });

  it('imports a corrected version of the article and reports how the annotations were found again', async () => {
    await selectPhrase(page, 'Palestinian authorities say more than 6,500 have been killed');
    await page.keyboard.press('2');
    await selectPhrase(page, 'Zakharova gave no further details.');
    await page.keyboard.press('4');
    await expect.poll(() => stored().length).toBe(2);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('All changes saved');

    const seed = readFileSync(join(process.cwd(), 'seeds', 'hamas-delegation-moscow.txt'), 'utf8');
    const corrected = seed
      .replace('The Kremlin', 'The Kremlin\nUpdated on October 28 with a statement from the Israeli Foreign Ministry.')
      .replace('Zakharova gave no further details. ', '');
    await page.getByLabel('Corrected version of the article').setInputFiles({
      name: 'hamas-delegation-moscow-v2.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(corrected),
    });
    const report = page.getByRole('dialog', { name: 'New version imported' });
    await report.waitFor();
    expect(await report.getByRole('listitem').allTextContents()).toEqual([
      '0 where they were',
      '1 moved with their text',
      '0 found approximately: they need a look',
      '1 not found: kept as orphaned',
    ]);
    await page.screenshot({ path: join(screenshots, 'new-version.png') });
    expect(stored().map((a) => [a.quote, a.anchor])).toEqual([
      ['Palestinian authorities say more than 6,500 have been killed', 'anchored'],
      ['Zakharova gave no further details.', 'orphaned'],
    ]);
    await report.getByRole('button', { name: 'Show the 1 that need a look' }).click();
    expect(await page.getByRole('list', { name: 'Annotations in text order' }).getByRole('listitem').allTextContents()).toEqual([
      'OPINIONOrphaned: its text was deletedOpinion',
    ]);
  });
});

