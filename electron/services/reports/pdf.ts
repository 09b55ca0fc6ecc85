/**
 * Printing a report's HTML to PDF with the installed Chromium, headless, for the CLI and the web
 * host (the desktop app prints the same HTML with Electron's own printToPDF). The page runs no
 * script and may fetch nothing: every request but the report itself is refused. Paper size and
 * page numbers come from the report's print stylesheet (`@page` with its bottom margin box).
 */
import type { Browser } from 'playwright-core';
import type { PageSize } from '../../../shared/reports/html';
import { ChromiumNotFoundError, launchChromium } from '../../chromium';

export interface PdfOptions {
  /** The paper size the HTML was rendered for; the PDF's pages are this size. */
  pageSize: PageSize;
  /** A browser already running, to print several reports without launching one each time; it is left open. */
  browser?: Browser;
}

export class ReportPdfError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ReportPdfError';
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

async function launch(): Promise<Browser> {
  try {
    return await launchChromium();
  } catch (error) {
    if (error instanceof ChromiumNotFoundError) throw new ReportPdfError(`The report cannot be printed to PDF: ${error.message}`, { cause: error });
    throw new ReportPdfError(`The report cannot be printed to PDF: Chromium did not start (${reason(error)})`, { cause: error });
  }
}

async function print(browser: Browser, html: string, pageSize: PageSize): Promise<Uint8Array> {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort('blockedbyclient'));
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: pageSize, preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false, tagged: true, outline: true });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    await context.close();
  }
}

/**
 * The PDF of a report's HTML (as `renderReportHtml` makes it, for the same page size). Raises
 * ReportPdfError, in words, when no browser is installed or printing fails.
 */
export async function printReportPdf(html: string, options: PdfOptions): Promise<Uint8Array> {
  const browser = options.browser ?? (await launch());
  try {
    return await print(browser, html, options.pageSize);
  } catch (error) {
    if (error instanceof ReportPdfError) throw error;
    throw new ReportPdfError(`The report could not be printed to PDF: ${reason(error)}`, { cause: error });
  } finally {
    if (!options.browser) await browser.close();
  }
}
