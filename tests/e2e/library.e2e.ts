import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser';
import { queryDatabase, startHost, type RunningHost } from './support/web-host';

const screenshots = join(process.cwd(), 'test-results', 'library');

/**
 * Drops files onto the window as the browser would: a real DataTransfer holding Files built from
 * bytes, dispatched as dragenter, dragover and drop. `corpus` articles are generated in the page
 * into a JSONL file; `files` are sent with their bytes.
 */
async function dropFiles(page: Page, options: { corpus?: number; files?: { name: string; bytes: number[] }[] }): Promise<void> {
  await page.evaluate(({ corpus, files }) => {
    const transfer = new DataTransfer();
    if (corpus) {
      const lines = Array.from({ length: corpus }, (_, index) =>
        JSON.stringify({
          title: `Field report ${index}`,
          text: `Report ${index} (tag${index}) from the border crossing.\nAid trucks waited at the gate; officials gave no reason.`,
          url: `https://news.example.org/field/${index}`,
          date: `2023-10-${String(1 + (index % 28)).padStart(2, '0')}`,
          source: index % 2 === 0 ? 'Wire' : 'Desk',
        }),
      );
      transfer.items.add(new File([new TextEncoder().encode(lines.join('\n'))], 'field-reports.jsonl'));
    }
    for (const file of files ?? []) transfer.items.add(new File([new Uint8Array(file.bytes)], file.name));
    const target = document.querySelector('.fm-article') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }
  }, options);
}

describe('the library', () => {
  let browser: Browser;
  let folder: string;
  let databasePath: string;
  let host: RunningHost;
  let context: BrowserContext;
  let page: Page;
  let dialogs: string[];

  const published = () =>
    queryDatabase<{ count: number }>(databasePath, 'SELECT count(*) AS count FROM library_entries WHERE import_batch IS NULL AND deleted_at IS NULL')[0]!.count;
  const stored = () => queryDatabase<{ count: number }>(databasePath, 'SELECT count(*) AS count FROM documents')[0]!.count;

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
    dialogs = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(host.url);
    await page.getByRole('textbox', { name: 'Article text' }).waitFor();
  });

  afterEach(async () => {
    await context?.close();
    await host?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('imports files dropped onto the window with a progress bar, lists them, and opens a search result at the match', async () => {
    const html = readFileSync(new URL('../fixtures/library/article-with-script.html', import.meta.url));
    await dropFiles(page, { corpus: 20_000, files: [{ name: 'kremlin.html', bytes: Array.from(html) }] });

    const progress = page.getByRole('progressbar', { name: 'Import progress' });
    await progress.waitFor();
    expect(await page.getByRole('group', { name: 'Import progress' }).textContent()).toMatch(/Importing 2 files: [\d,]+ articles? read/);
    await page.screenshot({ path: join(screenshots, 'import-progress.png') });
    // Until the import finishes, the library holds only the sample article.
    expect(published()).toBe(1);

    await page.getByText('Imported 20,001 articles from 2 files.').waitFor({ timeout: 30_000 });
    expect(published()).toBe(20_002);
    await expect.poll(() => page.getByRole('status').filter({ hasText: /documents$/ }).textContent()).toBe('20,002 documents');
    await page.getByRole('button', { name: 'Title', exact: true }).click();
    await page.getByRole('button', { name: 'Field report 0', exact: true }).waitFor();
    await page.screenshot({ path: join(screenshots, 'library-list.png') });

    // The list is virtualised: the last rows are loaded when scrolled to.
    await page.locator('.fm-library-scroller').evaluate((scroller) => scroller.scrollTo(0, scroller.scrollHeight));
    await page.getByRole('button', { name: 'Kremlin hosts Hamas delegation', exact: true }).waitFor();
    expect(await page.locator('.fm-library-row[data-document-id]').count()).toBeLessThan(60);

    await page.getByRole('searchbox', { name: 'Search all documents' }).fill('tag17321');
    const hit = page.locator('.fm-search-hit');
    await hit.waitFor();
    expect(await hit.count()).toBe(1);
    expect(await hit.locator('mark').allTextContents()).toEqual(['tag17321']);
    await page.screenshot({ path: join(screenshots, 'search-result.png') });

    await hit.click();
    await page.getByRole('heading', { name: 'Field report 17321' }).waitFor();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('tag17321');
    await page.screenshot({ path: join(screenshots, 'opened-at-match.png') });

    // The page's scripts and handlers were left out and never ran.
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await page.getByRole('searchbox', { name: 'Search all documents' }).fill('hostages');
    await page.locator('.fm-search-hit').first().waitFor();
    expect(dialogs).toEqual([]);
  });

  it('shows search passages as text, and selects the annotation whose note matched', async () => {
    const [document] = queryDatabase<{ id: string; text: string }>(databasePath, 'SELECT id, text FROM documents');
    const quote = 'Abu Marzouk';
    const start = Array.from(document!.text.slice(0, document!.text.indexOf(quote))).length;
    await page.evaluate(
      async ({ token, draft }) => {
        const response = await fetch('/api', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Factmark-Token': token },
          body: JSON.stringify({ method: 'saveAnnotation', args: draft }),
        });
        if (!response.ok) throw new Error(await response.text());
      },
      {
        token: host.token,
        draft: {
          id: 'note-annotation',
          documentId: document!.id,
          label: 'attributed_claim',
          start,
          end: start + quote.length,
          note: 'Named as <b onmouseover="alert(1)">deputy head</b> in the wire copy',
          confidence: null,
          attributes: { verdict: 'unchecked', evidence: [] },
        },
      },
    );
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await page.getByRole('searchbox', { name: 'Search all documents' }).fill('deputy wire');
    const hit = page.locator('.fm-search-hit');
    await hit.waitFor();
    expect(await hit.locator('.fm-search-hit-passage').textContent()).toBe('Named as <b onmouseover="alert(1)">deputy head</b> in the wire copy');
    expect(await hit.locator('b').count()).toBe(0);
    await page.screenshot({ path: join(screenshots, 'note-result.png') });

    await hit.click();
    await page.locator('.fm-annotation-item[aria-current="true"]').waitFor();
    expect(await page.locator('.fm-annotation-item[aria-current="true"]').getAttribute('data-annotation-id')).toBe('note-annotation');
    expect(dialogs).toEqual([]);
  });

  it('offers to import an article already in the library as a new version, carrying its annotations over', async () => {
    const [document] = queryDatabase<{ id: string; title: string; text: string }>(databasePath, 'SELECT id, title, text FROM documents');
    const quote = 'Abu Marzouk';
    const start = Array.from(document!.text.slice(0, document!.text.indexOf(quote))).length;
    await page.evaluate(
      async ({ token, draft }) => {
        const response = await fetch('/api', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Factmark-Token': token },
          body: JSON.stringify({ method: 'saveAnnotation', args: draft }),
        });
        if (!response.ok) throw new Error(await response.text());
      },
      {
        token: host.token,
        draft: { id: 'kept-claim', documentId: document!.id, label: 'opinion', start, end: start + quote.length, note: '', confidence: null, attributes: { holder: 'the author' } },
      },
    );
    const corrected = `<html><head><title>${document!.title}</title></head><body><p>Correction: an earlier version misspelt a name.</p>${document!.text
      .split('\n')
      .map((paragraph) => `<p>${paragraph.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</p>`)
      .join('')}</body></html>`;
    await dropFiles(page, { files: [{ name: 'corrected.html', bytes: Array.from(Buffer.from(corrected)) }] });

    const offer = page.getByRole('button', { name: `Import as new version of “${document!.title}”` });
    await offer.waitFor();
    await page.screenshot({ path: join(screenshots, 'possible-version.png') });
    expect(stored()).toBe(2);
    await offer.click();
    await page.getByText(/now has the new text\. Of its 1 annotation: 0 where they were, 1 moved/).waitFor();
    await page.screenshot({ path: join(screenshots, 'version-merged.png') });

    expect(stored()).toBe(1);
    const [merged] = queryDatabase<{ text: string; raw_file_name: string }>(databasePath, 'SELECT text, raw_file_name FROM documents');
    expect(merged).toMatchObject({ raw_file_name: 'corrected.html' });
    expect(merged!.text.startsWith('Correction: an earlier version misspelt a name.\n')).toBe(true);
    const [annotation] = queryDatabase<{ quote: string; anchor: string }>(databasePath, 'SELECT quote, anchor FROM annotations');
    expect(annotation).toEqual({ quote, anchor: 'anchored' });
  });

  it('has no serious or critical accessibility violations in the list, the search results and the import summary', async () => {
    await dropFiles(page, { corpus: 30 });
    await page.getByText('Imported 30 articles from field-reports.jsonl.').waitFor();
    const severe = async () => {
      const results = await new AxeBuilder({ page }).analyze();
      return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.help}`);
    };
    expect(await severe()).toEqual([]);
    await page.getByRole('searchbox', { name: 'Search all documents' }).fill('aid trucks');
    await page.locator('.fm-search-hit').first().waitFor();
    expect(await severe()).toEqual([]);
  });

  it('leaves the library as it was when the import is cancelled', async () => {
    const before = stored();
    await dropFiles(page, { corpus: 80_000 });
    await page.getByRole('progressbar', { name: 'Import progress' }).waitFor();
    await expect.poll(() => queryDatabase<{ count: number }>(databasePath, 'SELECT count(*) AS count FROM documents')[0]!.count).toBeGreaterThan(before);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await page.getByText('The import of field-reports.jsonl was cancelled: nothing was changed.').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(screenshots, 'import-cancelled.png') });
    expect(stored()).toBe(before);
    expect(queryDatabase<{ count: number }>(databasePath, 'SELECT count(*) AS count FROM document_search')[0]!.count).toBe(before);
    expect(published()).toBe(before);
  });
});
