import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../electron/services';
import { defaultAttributes } from '../../shared/attributes';
import { openDatabase } from '../../electron/store/database';
import { useBrowserApp } from './support/browser-app';
import { selectPhrase } from './support/text-selection';
import { queryDatabase } from './support/web-host';

const screenshots = join(process.cwd(), 'test-results', 'long-article');
const PARAGRAPHS = 600;
const paragraphText = (n: number) => `Report ${n}: officials said at least ${n} people were hurt in the 𝑒𝑎𝑠𝑡 of the city on Sunday, and ${n + 1} more were missing.`;

/** A library with one long article and an annotation on the opening words of every paragraph. */
function longArticleLibrary(databasePath: string): void {
  const db = openDatabase(databasePath);
  const services = createServices(db, { reviewer: 'e2e reviewer', databasePath });
  const text = Array.from({ length: PARAGRAPHS }, (_, n) => paragraphText(n)).join('\n');
  const document = services.documents.importFile({ name: 'long-report.txt', bytes: new TextEncoder().encode(text) }, { title: 'A long report' });
  let start = 0;
  for (let n = 0; n < PARAGRAPHS; n++) {
    const opening = `Report ${n}`;
    services.annotations.save({ id: `opening-${n}`, documentId: document.id, label: 'attributed_claim', start, end: start + opening.length, note: '', confidence: null, attributes: defaultAttributes('attributed_claim') });
    start += Array.from(paragraphText(n)).length + 1;
  }
  db.close();
}

describe('a long article', () => {
  const app = useBrowserApp({ viewport: { width: 1400, height: 900 }, screenshots, prepare: longArticleLibrary });

  const highlight = (id: string) => app.article().locator(`.fm-annotation[data-annotation-id="${id}"]`);
  const inViewport = async (id: string) => {
    const box = await highlight(id).boundingBox();
    return box !== null && box.y >= 0 && box.y + box.height <= 900;
  };

  it('lists every annotation and draws every highlight, the first screen at once', async () => {
    await highlight('opening-0').waitFor();
    expect(await inViewport('opening-0')).toBe(true);
    expect(await app.page.getByRole('heading', { name: /Annotations/ }).textContent()).toContain(String(PARAGRAPHS));
    await expect.poll(() => app.article().locator('.fm-annotation').count()).toBe(PARAGRAPHS);
    expect(await app.article().locator('.fm-chip').count()).toBe(PARAGRAPHS);
  });

  it('scrolls to an annotation far down the article when it is picked in the list, and shows it selected', async () => {
    const list = app.page.getByRole('list', { name: 'Annotations in text order' });
    await app.page.locator('.fm-list-scroller').evaluate((scroller) => (scroller.scrollTop = scroller.scrollHeight));
    await list.locator('[data-annotation-id="opening-599"]').click();
    await expect.poll(() => inViewport('opening-599')).toBe(true);
    expect(await highlight('opening-599').getAttribute('class')).toContain('fm-annotation--selected');
    await app.screenshot('picked-in-list.png');
  });

  it('tags text far down the article at its code-point offsets, and brings its row into the list', async () => {
    // As a reviewer does, scroll there and wait to see the highlights before selecting: drawing
    // them puts label chips into the lines, which moves the words.
    await app.page.getByText('Report 541:', { exact: false }).scrollIntoViewIfNeeded();
    await highlight('opening-541').waitFor();
    await selectPhrase(app.page, '541 people were hurt');
    await app.page.keyboard.press('3');
    // Its row comes into the list's view, which the newly opened details have made shorter.
    const row = app.page.locator('.fm-annotation-item[aria-current="true"]');
    await expect.poll(() => row.textContent()).toContain('541 people were hurt');
    const rowInView = async () => {
      const [box, scroller] = await Promise.all([row.boundingBox(), app.page.locator('.fm-list-scroller').boundingBox()]);
      return box !== null && scroller !== null && box.y >= scroller.y - 1 && box.y + box.height <= scroller.y + scroller.height + 1;
    };
    await expect.poll(rowInView).toBe(true);
    const offset = Array.from(Array.from({ length: 541 }, (_, n) => paragraphText(n)).join('\n') + '\n' + paragraphText(541).split('541 people')[0]).length;
    await expect
      .poll(() => queryDatabase<{ start_offset: number; quote: string }>(app.databasePath, "SELECT start_offset, quote FROM annotations WHERE label = 'casualty_figure'"))
      .toEqual([{ start_offset: offset, quote: '541 people were hurt' }]);
  });
});
