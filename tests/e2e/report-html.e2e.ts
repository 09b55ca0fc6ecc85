import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../shared/reports/html';
import { buildReport } from '../../shared/reports/model';
import { sampleArticle } from '../fixtures/reports/sample-article';
import { launchChromium } from './support/browser';

const screenshots = join(process.cwd(), 'test-results', 'reports');
const article = sampleArticle();
const html = renderReportHtml(buildReport(article.document, article.annotations, { generatedAt: '2023-10-28T14:05:00.000Z' }));
const tableOf = { attributed_claim: 'claims', casualty_figure: 'figures', verified_fact: 'facts', opinion: 'opinions' } as const;

/** Serves the report at one address, as a browser would open a saved file from a site. */
function serveReport(): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    if (request.url !== '/report.html') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/report.html` })),
  );
}

describe('the HTML report in a browser', () => {
  let browser: Browser;
  let server: Server;
  let url: string;
  let context: BrowserContext;
  let page: Page;
  let requests: string[];
  let consoleErrors: string[];

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    browser = await launchChromium();
    ({ server, url } = await serveReport());
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1000, height: 1300 } });
    requests = [];
    consoleErrors = [];
    context.on('request', (request) => requests.push(request.url()));
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
  });

  afterEach(async () => {
    await context.close();
  });

  it('loads nothing but itself, has no script element and breaks no rule of its own security policy', async () => {
    await page.goto(url, { waitUntil: 'networkidle' });
    expect(requests).toEqual([url]);
    expect(await page.locator('script').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'first-page-desktop.png') });
  });

  it("shows every annotation's quote in its table", async () => {
    await page.goto(url);
    for (const annotation of article.annotations) {
      const quotes = await page.locator(`#${tableOf[annotation.label]} td.quote`).allTextContents();
      expect(quotes, annotation.id).toContain(annotation.quote);
    }
  });

  it('draws the nested claim and figure with two underlines that do not overlap', async () => {
    await page.goto(url);
    const figure = page.locator('#text-7');
    const claim = page.locator('mark.label-attributed_claim:has(#text-7)');
    const [figureBox, claimBox] = [await figure.boundingBox(), await claim.boundingBox()];
    const underline = (element: typeof figure) =>
      element.evaluate((node) => {
        const style = getComputedStyle(node);
        return { style: style.borderBottomStyle, colour: style.borderBottomColor };
      });
    expect(await underline(claim)).toEqual({ style: 'dashed', colour: 'rgb(10, 91, 196)' });
    expect(await underline(figure)).toEqual({ style: 'double', colour: 'rgb(179, 38, 30)' });
    expect(figureBox!.y + figureBox!.height).toBeGreaterThan(claimBox!.y + claimBox!.height + 2);
    await figure.scrollIntoViewIfNeeded();
    await page.locator('.article-text p:has(#text-7)').screenshot({ path: join(screenshots, 'nested-highlights.png') });
  });

  it('fits a phone screen without sideways scrolling, tables shown as cards', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.locator('#claims tbody td').first().evaluate((cell) => getComputedStyle(cell).display)).toBe('block');
    await page.screenshot({ path: join(screenshots, 'first-page-phone.png') });
    await page.locator('#claims').screenshot({ path: join(screenshots, 'claims-phone.png') });
  });

  it('keeps paragraphs, table rows and notes whole when printed', async () => {
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    await page.goto(url);
    const breakInside = (selector: string) => page.locator(selector).first().evaluate((node) => getComputedStyle(node).breakInside);
    expect(await breakInside('.article-text p')).toBe('avoid');
    expect(await breakInside('#claims tbody tr')).toBe('avoid');
    expect(await breakInside('.notes > li')).toBe('avoid');
    await page.screenshot({ path: join(screenshots, 'first-page-print.png') });
    // As a black-and-white printer would see it: the underline styles and note numbers must still tell labels apart.
    await page.addStyleTag({ content: 'html{filter:grayscale(1)}' });
    await page.locator('#article').screenshot({ path: join(screenshots, 'article-print-greyscale.png') });
  });

  it('passes an automated accessibility check', async () => {
    await page.goto(url);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});
