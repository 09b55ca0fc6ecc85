import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowserApp } from './support/browser-app';
import { selectPhrase } from './support/text-selection';
import { queryDatabase } from './support/web-host';

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
  const app = useBrowserApp({ viewport: { width: 1400, height: 900 }, screenshots });

  const stored = () =>
    queryDatabase<StoredAnnotation>(
      app.databasePath,
      'SELECT id, label, start_offset, end_offset, quote, anchor, attributes FROM annotations ORDER BY start_offset',
    );
  const focusedLabel = () =>
    app.page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return element?.getAttribute('aria-label') ?? (element as HTMLInputElement | null)?.labels?.[0]?.textContent ?? element?.textContent ?? '';
    });

  it('goes from finding a phrase to a saved casualty figure with its attributes using only the keyboard', async () => {
    await app.page.keyboard.press('Control+f');
    await app.page.keyboard.type('more than 6,500');
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.press('Escape');
    expect(await focusedLabel()).toBe('Article text');
    await app.page.keyboard.press('3');
    await expect.poll(() => stored().map((a) => [a.label, a.quote])).toEqual([['casualty_figure', 'more than 6,500']]);

    await app.page.keyboard.press('Enter');
    expect(await focusedLabel()).toBe('Accept');
    await app.screenshot('keyboard-suggestion.png');
    await app.page.keyboard.press('Enter');
    for (let i = 0; i < 30 && (await focusedLabel()) !== 'Who is counted'; i++) await app.page.keyboard.press('Tab');
    await app.page.keyboard.type('people in Gaza');
    await app.page.keyboard.press('Escape');
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
    await app.screenshot('keyboard-figure-saved.png');
  });

  it('moves between annotations with Tab and changes a label with a number key', async () => {
    await selectPhrase(app.page, 'TASS reported');
    await app.page.keyboard.press('2');
    await selectPhrase(app.page, 'TASS said');
    await app.page.keyboard.press('2');
    await app.page.keyboard.press('Escape');
    await app.page.keyboard.press('Tab');
    await app.page.keyboard.press('Tab');
    await app.page.keyboard.press('Shift+Tab');
    await app.page.keyboard.press('4');
    await expect.poll(() => stored().map((a) => [a.label, a.quote])).toEqual([
      ['opinion', 'TASS reported'],
      ['attributed_claim', 'TASS said'],
    ]);
  });

  it('moves annotations with the text when it is corrected, and keeps one whose text is deleted as orphaned', async () => {
    await selectPhrase(app.page, 'Abu Marzouk');
    await app.page.keyboard.press('1');
    await selectPhrase(app.page, 'TASS reported');
    await app.page.keyboard.press('2');
    await expect.poll(() => stored().length).toBe(2);
    const [marzouk, tass] = stored();

    await app.page.getByRole('button', { name: 'Correct text' }).click();
    await selectPhrase(app.page, 'Senior');
    await app.page.keyboard.type('A senior');
    await expect.poll(() => stored().map((a) => [a.quote, a.start_offset])).toEqual([
      ['Abu Marzouk', marzouk!.start_offset + 2],
      ['TASS reported', tass!.start_offset + 2],
    ]);
    expect(await app.article().textContent()).toContain('A senior Hamas member');

    await selectPhrase(app.page, 'TASS reported');
    await app.page.keyboard.press('Backspace');
    await expect.poll(() => stored().find((a) => a.id === tass!.id)?.anchor).toBe('orphaned');
    expect(stored().find((a) => a.id === tass!.id)?.quote).toBe('TASS reported');
    // The list follows once the page has the store's answer to the text's save.
    await expect.poll(() => app.page.getByRole('list', { name: 'Annotations in text order' }).textContent()).toContain('Orphaned');
    await app.screenshot('orphaned.png');

    await app.page.keyboard.press('Control+z');
    await expect.poll(() => stored().find((a) => a.id === tass!.id)?.anchor).toBe('anchored');
    expect(stored().find((a) => a.id === tass!.id)?.quote).toBe('TASS reported');
    const document = queryDatabase<{ text: string }>(app.databasePath, 'SELECT text FROM documents')[0]!;
    expect(document.text).toContain('A senior Hamas member Abu Marzouk was among those attending the talks, TASS reported.');
  });

  it('shows the history of an annotation after two edits', async () => {
    await selectPhrase(app.page, 'TASS said');
    await app.page.keyboard.press('2');
    // The claim's own panel, once it shows: the list's filters have a Verdict too.
    const details = app.page.getByRole('region', { name: 'Selected annotation' });
    await details.getByText('TASS said').waitFor();
    await details.getByRole('combobox', { name: 'Verdict' }).selectOption('supported');
    await expect.poll(() => JSON.parse(stored()[0]!.attributes).verdict).toBe('supported');
    await app.page.getByLabel('Note').fill('TASS is the Russian state news agency');
    await app.page.getByLabel('Note').blur();
    const history = app.page.getByRole('region', { name: 'History' });
    await expect.poll(() => history.getByRole('listitem').allTextContents()).toHaveLength(3);
    const entries = await history.getByRole('listitem').allTextContents();
    expect(entries[0]).toMatch(/^e2e reviewer created it/);
    expect(entries[1]).toMatch(/^e2e reviewer changed the attributes/);
    expect(entries[2]).toMatch(/^e2e reviewer changed the note/);
    await app.screenshot('history.png');
  });

  it('tags every match of a search at once, and one undo takes them all back', async () => {
    await app.page.keyboard.press('Control+f');
    await app.page.keyboard.type('Hamas');
    const findBar = app.page.getByRole('search', { name: 'Find in the article' });
    await expect.poll(() => findBar.textContent()).toContain('1 of 17');
    await findBar.getByRole('button', { name: 'OPINION' }).click();
    await expect.poll(() => stored().length).toBe(17);
    expect(new Set(stored().map((a) => a.quote))).toEqual(new Set(['Hamas']));
    await app.screenshot('find.png');
    await findBar.getByRole('searchbox', { name: 'Find' }).press('Escape');
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => stored().length).toBe(0);
  });

  /** Chooses, as the article's corrected version, the sample article changed by `edit`. */
  async function importCorrectedVersion(edit: (seed: string) => string) {
    const seed = readFileSync(join(process.cwd(), 'seeds', 'hamas-delegation-moscow.txt'), 'utf8');
    await app.page.getByLabel('Corrected version of the article').setInputFiles({
      name: 'hamas-delegation-moscow-v2.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(edit(seed)),
    });
  }

  /** The report on an imported corrected version, once it is shown. */
  async function newVersionReport() {
    const report = app.page.getByRole('dialog', { name: 'New version imported' });
    await report.waitFor();
    return report;
  }

  it('imports a corrected version of the article and reports how the annotations were found again', async () => {
    await selectPhrase(app.page, 'Palestinian authorities say more than 6,500 have been killed');
    await app.page.keyboard.press('2');
    await selectPhrase(app.page, 'Zakharova gave no further details.');
    await app.page.keyboard.press('4');
    await expect.poll(() => stored().length).toBe(2);
    await expect.poll(() => app.page.getByRole('status').textContent()).toBe('All changes saved');

    await importCorrectedVersion((seed) =>
      seed
        .replace('The Kremlin', 'The Kremlin\nUpdated on October 28 with a statement from the Israeli Foreign Ministry.')
        .replace('Zakharova gave no further details. ', ''),
    );
    const report = await newVersionReport();
    expect(await report.getByRole('listitem').allTextContents()).toEqual([
      '0 where they were',
      '1 moved with their text',
      '0 found approximately: they need a look',
      '1 not found: kept as orphaned',
    ]);
    await app.screenshot('new-version.png');
    expect(stored().map((a) => [a.quote, a.anchor])).toEqual([
      ['Palestinian authorities say more than 6,500 have been killed', 'anchored'],
      ['Zakharova gave no further details.', 'orphaned'],
    ]);
    await report.getByRole('button', { name: 'Show the 1 that need a look' }).click();
    expect(await app.page.getByRole('list', { name: 'Annotations in text order' }).getByRole('listitem').allTextContents()).toEqual([
      'OPINIONOrphaned: its text was deletedNothing recorded yetOpinion',
    ]);
  });

  it('imports a corrected version only once the changes still being saved are stored', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const requests: string[] = [];
    await app.page.route('**/api', async (route) => {
      const { method } = route.request().postDataJSON() as { method: string };
      requests.push(method);
      if (method === 'saveAnnotation') await held;
      await route.continue();
    });
    await selectPhrase(app.page, 'Zakharova gave no further details.');
    await app.page.keyboard.press('4');
    await importCorrectedVersion((seed) => seed.replace('Zakharova gave no further details. ', ''));
    await app.page.getByRole('button', { name: 'Importing…' }).waitFor();
    expect(requests).toContain('saveAnnotation');
    expect(requests).not.toContain('importNewVersion');

    release();
    const report = await newVersionReport();
    expect(await report.getByRole('listitem').allTextContents()).toEqual([
      '0 where they were',
      '0 moved with their text',
      '0 found approximately: they need a look',
      '1 not found: kept as orphaned',
    ]);
    expect(stored().map((a) => [a.quote, a.anchor])).toEqual([['Zakharova gave no further details.', 'orphaned']]);
  });
});
