import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../../../electron/chromium';
import { printReportPdf } from '../../../../../electron/services/reports/pdf';
import { renderReportHtml } from '../../../../../shared/reports/html';
import type { PageSize } from '../../../../../shared/reports/html';
import { buildReport } from '../../../../../shared/reports/model';
import { expectLongArticlePdf } from '../../../../fixtures/reports/long-article-pdf';
import { longSampleArticle, sampleArticle, sampleDocument } from '../../../../fixtures/reports/sample-article';
import { pdfFontNames, readPdf } from '../../../../support/pdf-text';
import { emojiFontBase64 } from '../../../../../electron/services/reports/emoji-font';

const generatedAt = '2023-10-28T14:05:00.000Z';
const COPIES = 4;

function reportHtml(article: ReturnType<typeof sampleArticle>, pageSize: PageSize, emojiFont?: string): string {
  return renderReportHtml(buildReport(article.document, article.annotations, { generatedAt }), { pageSize, emojiFont });
}

describe('printing a report to PDF', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('prints a long article on several numbered A4 pages whose text holds every claim', async () => {
    const article = longSampleArticle(COPIES);
    const bytes = await printReportPdf(reportHtml(article, 'A4'), { pageSize: 'A4' });

    await expectLongArticlePdf(bytes, article.annotations, COPIES);
  }, 60_000);

  it('prints on Letter paper when the report is laid out for it', async () => {
    const bytes = await printReportPdf(reportHtml(sampleArticle(), 'Letter'), { pageSize: 'Letter', browser });
    const { pages, sizes } = await readPdf(bytes);
    expect(new Set(sizes.map(([width, height]) => `${width}x${height}`))).toEqual(new Set(['612x792']));
    expect(pages[0]).toContain('Hamas delegation visits Moscow for talks on hostages');
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
    expect(browser.isConnected()).toBe(true);
  }, 60_000);

  it('draws emoji with the font the report carries, and the text with the system’s', async () => {
    const article = { document: sampleDocument('A dove 🕊️ and a flag 🇺🇦 were painted on the checkpoint wall, witnesses said.\n'), annotations: [] };
    const withFont = await printReportPdf(reportHtml(article, 'A4', await emojiFontBase64()), { pageSize: 'A4', browser });
    const withoutFont = await printReportPdf(reportHtml(article, 'A4'), { pageSize: 'A4', browser });

    const fonts = await pdfFontNames(withFont);
    expect(fonts).toContain('TwemojiMozilla');
    expect(fonts.length).toBeGreaterThan(1);
    expect(await pdfFontNames(withoutFont)).not.toContain('TwemojiMozilla');
    expect((await readPdf(withFont)).pages.join(' ')).toContain('were painted on the checkpoint wall');
  }, 60_000);

  it('fetches nothing while printing, even when the HTML asks for a stylesheet and an image', async () => {
    const requested: string[] = [];
    const server = createServer((request, response) => {
      requested.push(request.url ?? '');
      response.end('');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const origin = `http://127.0.0.1:${port}`;
      const html = `<!DOCTYPE html><html><head><link rel="stylesheet" href="${origin}/x.css"></head><body><img src="${origin}/x.png"><p>Text</p></body></html>`;
      const { pages } = await readPdf(await printReportPdf(html, { pageSize: 'A4', browser }));
      expect(pages.join(' ')).toContain('Text');
      expect(requested).toEqual([]);
    } finally {
      server.close();
    }
  }, 60_000);
});
