import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserApp } from './support/browser-app';
import { queryDatabase } from './support/web-host';

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

/** Stores an annotation through the host's API, as the editor would. */
async function storeAnnotation(page: Page, token: string, draft: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    async ({ token, draft }) => {
      const response = await fetch('/api', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Factmark-Token': token },
        body: JSON.stringify({ method: 'saveAnnotation', args: draft }),
      });
      if (!response.ok) throw new Error(await response.text());
    },
    { token, draft },
  );
}

/** An opinion on a span, as `storeAnnotation` takes it. */
function opinion(id: string, documentId: string, start: number, end: number): Record<string, unknown> {
  return { id, documentId, label: 'opinion', start, end, note: '', confidence: null, attributes: { holder: 'the author' } };
}

describe('the library', () => {
  let dialogs: string[];
  const app = useBrowserApp({
    viewport: { width: 1400, height: 900 },
    screenshots,
    // An alert raised by a script of an imported page would land here: the tests expect none.
    watch: (page) => {
      dialogs = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
    },
  });

  const published = () =>
    queryDatabase<{ count: number }>(app.databasePath, 'SELECT count(*) AS count FROM library_entries WHERE import_batch IS NULL AND deleted_at IS NULL')[0]!.count;
  const stored = () => queryDatabase<{ count: number }>(app.databasePath, 'SELECT count(*) AS count FROM documents')[0]!.count;

  it('imports files dropped onto the window with a progress bar, lists them, and opens a search result at the match', async () => {
    const html = readFileSync(new URL('../fixtures/library/article-with-script.html', import.meta.url));
    await dropFiles(app.page, { corpus: 20_000, files: [{ name: 'kremlin.html', bytes: Array.from(html) }] });

    const progress = app.page.getByRole('progressbar', { name: 'Import progress' });
    await progress.waitFor();
    expect(await app.page.getByRole('group', { name: 'Import progress' }).textContent()).toMatch(/Importing 2 files: [\d,]+ articles? read/);
    await app.screenshot('import-progress.png');
    // Until the import finishes, the library holds only the sample article.
    expect(published()).toBe(1);

    await app.page.getByText('Imported 20,001 articles from 2 files.').waitFor({ timeout: 30_000 });
    expect(published()).toBe(20_002);
    await expect.poll(() => app.page.getByRole('status').filter({ hasText: /documents$/ }).textContent()).toBe('20,002 documents');
    await app.page.getByRole('button', { name: 'Title', exact: true }).click();
    await app.page.getByRole('button', { name: 'Field report 0', exact: true }).waitFor();
    await app.screenshot('library-list.png');

    // The list is virtualised: the last rows are loaded when scrolled to.
    await app.page.locator('.fm-library-scroller').evaluate((scroller) => scroller.scrollTo(0, scroller.scrollHeight));
    await app.page.getByRole('button', { name: 'Kremlin hosts Hamas delegation', exact: true }).waitFor();
    expect(await app.page.locator('.fm-library-row[data-document-id]').count()).toBeLessThan(60);

    await app.page.getByRole('searchbox', { name: 'Search all documents' }).fill('tag17321');
    const hit = app.page.locator('.fm-search-hit');
    await hit.waitFor();
    expect(await hit.count()).toBe(1);
    expect(await hit.locator('mark').allTextContents()).toEqual(['tag17321']);
    await app.screenshot('search-result.png');

    await hit.click();
    await app.page.getByRole('heading', { name: 'Field report 17321' }).waitFor();
    await expect.poll(() => app.page.evaluate(() => window.getSelection()?.toString())).toBe('tag17321');
    await app.screenshot('opened-at-match.png');

    // The page's scripts and handlers were left out and never ran.
    await app.page.getByRole('button', { name: 'Library', exact: true }).click();
    await app.page.getByRole('searchbox', { name: 'Search all documents' }).fill('hostages');
    await app.page.locator('.fm-search-hit').first().waitFor();
    expect(dialogs).toEqual([]);
  });

  it('shows search passages as text, and selects the annotation whose note matched', async () => {
    const [document] = queryDatabase<{ id: string; text: string }>(app.databasePath, 'SELECT id, text FROM documents');
    const quote = 'Abu Marzouk';
    const start = Array.from(document!.text.slice(0, document!.text.indexOf(quote))).length;
    await storeAnnotation(app.page, app.host.token, {
      id: 'note-annotation',
      documentId: document!.id,
      label: 'attributed_claim',
      start,
      end: start + quote.length,
      note: 'Named as <b onmouseover="alert(1)">deputy head</b> in the wire copy',
      confidence: null,
      attributes: { verdict: 'unchecked', evidence: [] },
    });
    await app.page.getByRole('button', { name: 'Library', exact: true }).click();
    await app.page.getByRole('searchbox', { name: 'Search all documents' }).fill('deputy wire');
    const hit = app.page.locator('.fm-search-hit');
    await hit.waitFor();
    expect(await hit.locator('.fm-search-hit-passage').textContent()).toBe('Named as <b onmouseover="alert(1)">deputy head</b> in the wire copy');
    expect(await hit.locator('b').count()).toBe(0);
    await app.screenshot('note-result.png');

    await hit.click();
    await app.page.locator('.fm-annotation-item[aria-current="true"]').waitFor();
    expect(await app.page.locator('.fm-annotation-item[aria-current="true"]').getAttribute('data-annotation-id')).toBe('note-annotation');
    expect(dialogs).toEqual([]);
  });

  it('offers to import an article already in the library as a new version, carrying its annotations over', async () => {
    const [document] = queryDatabase<{ id: string; title: string; text: string }>(app.databasePath, 'SELECT id, title, text FROM documents');
    const quote = 'Abu Marzouk';
    const start = Array.from(document!.text.slice(0, document!.text.indexOf(quote))).length;
    await storeAnnotation(app.page, app.host.token, opinion('kept-claim', document!.id, start, start + quote.length));
    const corrected = `<html><head><title>${document!.title}</title></head><body><p>Correction: an earlier version misspelt a name.</p>${document!.text
      .split('\n')
      .map((paragraph) => `<p>${paragraph.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</p>`)
      .join('')}</body></html>`;
    await dropFiles(app.page, { files: [{ name: 'corrected.html', bytes: Array.from(Buffer.from(corrected)) }] });

    const offer = app.page.getByRole('button', { name: `Import as new version of “${document!.title}”` });
    await offer.waitFor();
    await app.screenshot('possible-version.png');
    expect(stored()).toBe(2);
    await offer.click();
    await app.page.getByText(/now has the new text\. Of its 1 annotation: 0 where they were, 1 moved/).waitFor();
    await app.screenshot('version-merged.png');

    expect(stored()).toBe(1);
    const [merged] = queryDatabase<{ text: string; raw_file_name: string }>(app.databasePath, 'SELECT text, raw_file_name FROM documents');
    expect(merged).toMatchObject({ raw_file_name: 'corrected.html' });
    expect(merged!.text.startsWith('Correction: an earlier version misspelt a name.\n')).toBe(true);
    const [annotation] = queryDatabase<{ quote: string; anchor: string }>(app.databasePath, 'SELECT quote, anchor FROM annotations');
    expect(annotation).toEqual({ quote, anchor: 'anchored' });
  });

  it('opens another article with its tools and panels in place, showing none of the last article’s annotations meanwhile', async () => {
    const [sample] = queryDatabase<{ id: string; text: string }>(app.databasePath, 'SELECT id, text FROM documents');
    const start = Array.from(sample!.text.slice(0, sample!.text.indexOf('Abu Marzouk'))).length;
    await storeAnnotation(app.page, app.host.token, opinion('sample-opinion', sample!.id, start, start + 11));
    await app.page.reload();
    const count = app.page.locator('#fm-annotation-list-heading .fm-count');
    await expect.poll(() => count.textContent()).toBe('1');
    const reviewers = () => app.page.getByRole('combobox', { name: 'Reviewer' }).locator('option').allTextContents();
    expect(await reviewers()).toContain('e2e reviewer');
    await dropFiles(app.page, { corpus: 1 });
    await app.page.getByText('Imported 1 article from field-reports.jsonl.').waitFor();

    // The next article's annotations are held back, to see the workspace while the article opens.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await app.page.route('**/api', async (route) => {
      if ((route.request().postDataJSON() as { method: string }).method === 'listAnnotations') await held;
      await route.continue();
    });
    await app.page.getByRole('button', { name: 'Field report 0', exact: true }).click();
    await app.page.getByRole('heading', { name: 'Opening the article…' }).waitFor();
    expect(await count.textContent()).toBe('0');
    expect(await app.page.locator('.fm-annotation-list').getByText('Reading the annotations…').count()).toBe(1);
    expect(await app.page.getByRole('button', { name: /Verified fact/ }).isDisabled()).toBe(true);
    expect(await reviewers()).toEqual(['Anyone']);
    await app.screenshot('opening-article.png');

    release();
    await app.page.getByRole('heading', { name: 'Field report 0' }).waitFor();
    await app.page.getByText('No annotations yet. Select text in the article and press 1–4.').waitFor();
  });

  it('has no serious or critical accessibility violations in the list, the search results and the import summary', async () => {
    await dropFiles(app.page, { corpus: 30 });
    await app.page.getByText('Imported 30 articles from field-reports.jsonl.').waitFor();
    const severe = async () => {
      const results = await new AxeBuilder({ page: app.page }).analyze();
      return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.help}`);
    };
    expect(await severe()).toEqual([]);
    await app.page.getByRole('searchbox', { name: 'Search all documents' }).fill('aid trucks');
    await app.page.locator('.fm-search-hit').first().waitFor();
    expect(await severe()).toEqual([]);
  });

  it('leaves the library as it was when the import is cancelled', async () => {
    const before = stored();
    await dropFiles(app.page, { corpus: 80_000 });
    await app.page.getByRole('progressbar', { name: 'Import progress' }).waitFor();
    await expect.poll(() => queryDatabase<{ count: number }>(app.databasePath, 'SELECT count(*) AS count FROM documents')[0]!.count).toBeGreaterThan(before);
    await app.page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await app.page.getByText('The import of field-reports.jsonl was cancelled: nothing was changed.').waitFor({ timeout: 30_000 });
    await app.screenshot('import-cancelled.png');
    expect(stored()).toBe(before);
    expect(queryDatabase<{ count: number }>(app.databasePath, 'SELECT count(*) AS count FROM document_search')[0]!.count).toBe(before);
    expect(published()).toBe(before);
  });
});
