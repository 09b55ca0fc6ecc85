import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { FrameLocator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../support/pdf-text';
import { useBrowserApp } from './support/browser-app';
import { selectPhrase } from './support/text-selection';
import { queryDatabase } from './support/web-host';

const screenshots = join(process.cwd(), 'test-results', 'report-view');
const title = 'Hamas delegation visits Moscow for talks on hostages';

/** What the test tags, with the key that tags it and the report table it lands in. */
const spans = [
  { label: 'attributed_claim', key: '2', table: 'claims', quote: 'Palestinian authorities say more than 6,500 have been killed' },
  { label: 'casualty_figure', key: '3', table: 'figures', quote: 'more than 6,500' },
  { label: 'verified_fact', key: '1', table: 'facts', quote: "Baghiri Kani is Iran's chief nuclear negotiator" },
  { label: 'opinion', key: '4', table: 'opinions', quote: 'a tactic that the US and Israel seem to have neglected' },
] as const;

interface SeenRequest {
  url: string;
  method: string;
  fromReport: boolean;
}

describe('the Report view in the browser', () => {
  let requests: SeenRequest[];
  let consoleErrors: string[];
  const app = useBrowserApp({
    viewport: { width: 1400, height: 1000 },
    screenshots,
    watch: (page) => {
      requests = [];
      consoleErrors = [];
      page.on('request', (request) => requests.push({ url: request.url(), method: request.method(), fromReport: request.frame() !== page.mainFrame() }));
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
    },
  });

  const reportFrame = (): FrameLocator => app.page.frameLocator('iframe[title^="Annotated report of"]');

  async function tagSpans() {
    for (const span of spans) {
      await selectPhrase(app.page, span.quote);
      await app.page.keyboard.press(span.key);
    }
  }

  /** Opens the Report view with the button by the article's title, or with the Report tab of the header. */
  async function openReport(from: 'article' | 'tab' = 'article') {
    const opener = from === 'article' ? app.page.getByRole('button', { name: 'View report' }) : app.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Report' });
    await opener.click();
    await reportFrame().getByRole('heading', { level: 1, name: title }).waitFor();
  }

  /** The text a label's highlights hold in the report's article, run after run, without note numbers (and the word joiners that keep them on the line). */
  function highlightedText(frame: FrameLocator, label: string): Promise<string> {
    return frame.locator('#article .article-text').evaluate((root, label) => {
      const runs = [...root.querySelectorAll(`mark.label-${label}`)].filter((mark) => !mark.parentElement?.closest(`mark.label-${label}`));
      return runs
        .map((mark) => {
          const copy = mark.cloneNode(true) as Element;
          for (const ref of copy.querySelectorAll('.note-ref')) ref.remove();
          return (copy.textContent ?? '').replace(/\u2060/gu, '');
        })
        .join('|');
    }, label);
  }

  it('shows the tagged spans highlighted and in their tables, in a frame that runs nothing and fetches nothing', async () => {
    await tagSpans();
    const before = requests.length;
    const errorsBefore = consoleErrors.length;
    await openReport();
    const frame = reportFrame();

    // The nested figure splits the claim's highlight into three runs; together they hold the claim.
    expect((await highlightedText(frame, 'attributed_claim')).split('|').join('')).toBe(spans[0].quote);
    for (const span of spans.slice(1)) expect(await highlightedText(frame, span.label), span.label).toBe(span.quote);
    for (const span of spans) expect(await frame.locator(`#${span.table} td.quote`).allTextContents(), span.label).toEqual([span.quote]);
    expect(await frame.locator('.meta dd').allTextContents()).toContain('e2e reviewer');
    // The report's own stylesheet applies in the frame: the claim has its dashed underline.
    expect(await frame.locator('mark.label-attributed_claim').first().evaluate((mark) => getComputedStyle(mark).borderBottomStyle)).toBe('dashed');

    expect(await app.page.locator('iframe[title^="Annotated report of"]').getAttribute('sandbox')).toBe('');
    expect(await frame.locator('script').count()).toBe(0);
    const seen = requests.slice(before);
    expect(seen.filter((request) => request.fromReport)).toEqual([]);
    expect(seen.filter((request) => !(request.method === 'POST' && new URL(request.url).pathname === '/api'))).toEqual([]);
    // Not a style refused by a security policy, nor anything else.
    expect(consoleErrors.slice(errorsBefore)).toEqual([]);
    await app.screenshot('report-view.png');
    await frame.locator('#article').evaluate((section) => section.scrollIntoView());
    await app.screenshot('report-view-article.png');
    await frame.locator('#claims').evaluate((table) => table.scrollIntoView());
    await app.screenshot('report-view-tables.png');

    await app.page.setViewportSize({ width: 820, height: 900 });
    await app.screenshot('report-view-narrow.png');

    const severe = (await new AxeBuilder({ page: app.page }).exclude('iframe').analyze()).violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(severe.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  it('exports the report as HTML and as Markdown to typed paths, and goes back to the article as it was', async () => {
    await tagSpans();
    const articleScroll = () => app.page.locator('.fm-main').evaluate((main) => main.scrollTop);
    const scrolledTo = await articleScroll();
    expect(scrolledTo).toBeGreaterThan(0);
    await openReport('tab');
    const exportTo = async (button: string, dialogTitle: string, path: string, defaultName: RegExp) => {
      await app.page.getByRole('button', { name: button }).click();
      const dialog = app.page.getByRole('dialog', { name: dialogTitle });
      const field = dialog.getByLabel('Save to file');
      // The web host has no native dialogs: the path is typed, and starts as a file named for the article.
      expect(await field.inputValue()).toMatch(defaultName);
      await field.fill(path);
      await field.press('Enter');
      // A PDF takes a browser's start and a print: the dialog says so until it is written.
      await expect.poll(() => dialog.isVisible(), { timeout: 30_000 }).toBe(false);
    };

    const htmlPath = join(app.folder, 'exports', 'moscow.html');
    await exportTo('Export HTML', 'Export report as HTML', htmlPath, /hamas-delegation-visits-moscow-for-talks-on-hostages-report\.html$/u);
    await expect.poll(() => app.page.getByRole('status').filter({ hasText: /^Saved / }).textContent()).toBe(`Saved the HTML report to ${htmlPath}.`);
    const saved = parseHTML(readFileSync(htmlPath, 'utf8')).document;
    expect(saved.querySelector('h1')?.textContent).toBe(title);
    expect(saved.querySelectorAll('script')).toHaveLength(0);
    for (const span of spans) expect([...saved.querySelectorAll(`#${span.table} td.quote`)].map((cell) => cell.textContent), span.label).toEqual([span.quote]);
    await app.screenshot('exported-html.png');

    const markdownPath = join(app.folder, 'exports', 'moscow.md');
    await app.page.getByRole('button', { name: 'Export Markdown' }).click();
    await app.screenshot('export-dialog.png');
    await app.page.keyboard.press('Escape');
    await exportTo('Export Markdown', 'Export report as Markdown', markdownPath, /hamas-delegation-visits-moscow-for-talks-on-hostages-report\.md$/u);
    await expect.poll(() => app.page.getByRole('status').filter({ hasText: /^Saved / }).textContent()).toBe(`Saved the Markdown report to ${markdownPath}.`);
    const markdown = readFileSync(markdownPath, 'utf8');
    expect(markdown.split('\n')[0]).toBe(`# Fact-check report: ${title}`);
    expect(markdown).toContain(`**${spans[2].quote}** \\[Verified fact `);
    for (const span of spans) expect(markdown, span.label).toContain(`| ${span.quote} |`);

    // The web host prints the PDF with the installed Chromium.
    const pdfPath = join(app.folder, 'exports', 'moscow-letter.pdf');
    await exportTo('Export PDF (Letter)', 'Export report as PDF (Letter)', pdfPath, /hamas-delegation-visits-moscow-for-talks-on-hostages-report-letter\.pdf$/u);
    await expect.poll(() => app.page.getByRole('status').filter({ hasText: /^Saved / }).textContent()).toBe(`Saved the PDF (Letter) report to ${pdfPath}.`);
    const pdf = await readPdf(new Uint8Array(readFileSync(pdfPath)));
    expect(new Set(pdf.sizes.map(([width, height]) => `${width}x${height}`))).toEqual(new Set(['612x792']));
    for (const span of spans) expect(pdf.pages.join(' '), span.label).toContain(span.quote);

    await app.page.getByRole('button', { name: '← Back to the article' }).click();
    await app.article().waitFor();
    expect(await app.page.locator('iframe').count()).toBe(0);
    expect(await articleScroll()).toBe(scrolledTo);
    expect(await app.page.getByRole('list', { name: 'Annotations in text order' }).getByRole('listitem').count()).toBe(spans.length);
    expect(queryDatabase<{ n: number }>(app.databasePath, 'SELECT count(*) AS n FROM annotations')[0]!.n).toBe(spans.length);
    await app.screenshot('back-to-article.png');
  });

  it('says in the dialog why a report cannot be written, and what ClaimReview needs', async () => {
    await openReport();
    await app.page.getByRole('button', { name: 'Export HTML' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Export report as HTML' });
    await dialog.getByLabel('Save to file').fill(app.folder);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe(`The HTML could not be exported: ${app.folder} is a folder; give the path of the file to write`);
    await app.screenshot('export-refused.png');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await app.page.getByRole('button', { name: 'Export ClaimReview JSON-LD' }).click();
    const claimReview = app.page.getByRole('dialog', { name: 'Export report as ClaimReview JSON-LD' });
    await claimReview.getByRole('button', { name: 'Export', exact: true }).click();
    await expect.poll(() => claimReview.getByRole('alert').textContent()).toBe('Give the address of the page that publishes the fact check.');
    const path = join(app.folder, 'claims.jsonld');
    await claimReview.getByLabel('Address of the fact check').fill('https://factcheck.example.org/moscow');
    await claimReview.getByLabel('Save to file').fill(path);
    await claimReview.getByRole('button', { name: 'Export', exact: true }).click();
    await expect.poll(() => app.page.getByRole('status').filter({ hasText: /^Saved / }).textContent()).toBe(
      `Saved 0 ClaimReviews to ${path}. No attributed claim has a verdict yet, so the list is empty.`,
    );
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual([]);
  });
});
