import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { ReportPdfPrinter } from '../../../../../electron/api/platform';
import { createServices, type Services } from '../../../../../electron/services';
import { ServiceError } from '../../../../../electron/services/errors';
import { annotationDraftSchema } from '../../../../../shared/model';
import type { PageSize } from '../../../../../shared/reports/html';
import { sampleArticle, sampleDocument } from '../../../../fixtures/reports/sample-article';
import { databasePathIn, useTempFolder } from '../../../../support/temp-database';
import { openTestLibrary } from '../datasets/library';

const article = sampleArticle();
const claimsWithVerdicts = article.annotations.filter(
  (annotation) => annotation.label === 'attributed_claim' && annotation.anchor !== 'orphaned' && annotation.attributes.verdict !== 'unchecked',
);

interface Printed {
  html: string;
  pageSize: PageSize;
}

describe('reports of stored documents', () => {
  const tempFolder = useTempFolder();

  /** A library holding the sample article, with services whose PDF printer records what it is given. */
  function library(printer?: ReportPdfPrinter) {
    const folder = tempFolder();
    const path = databasePathIn(folder);
    const opened = openTestLibrary(path, 'desk editor');
    opened.add([article]);
    const printed: Printed[] = [];
    const printReportPdf: ReportPdfPrinter =
      printer ??
      (async (html, pageSize) => {
        printed.push({ html, pageSize });
        return new TextEncoder().encode(`%PDF-1.7 ${pageSize}\n%%EOF\n`);
      });
    const services: Services = createServices(opened.db, {
      reviewer: 'desk editor',
      databasePath: path,
      now: () => '2023-10-28T14:05:00.000Z',
      platform: { printReportPdf },
    });
    return { folder, opened, services, reports: services.reports, printed };
  }

  it('reports a stored article with every annotation, naming who made them and who changed them since', () => {
    const { services, reports } = library();
    const { id, documentId, label, start, end, note, confidence, attributes } = article.annotations.find((annotation) => annotation.id === 'claim-tass')!;
    services.annotations.save(annotationDraftSchema.parse({ id, documentId, label, start, end, note, confidence, attributes: { ...attributes, verdict: 'supported' } }));

    const report = reports.report(article.document.id);

    expect(report.metadata.title).toBe(article.document.title);
    expect(report.metadata.reviewers).toEqual(['r.alvarez', 'j.okafor', 'desk editor']);
    expect(report.notes.map((note) => note.annotation.id).sort()).toEqual(article.annotations.map((annotation) => annotation.id).sort());
    expect(report.tables.claims.find((row) => row.annotationId === 'claim-tass')!.verdict).toBe('supported');
    expect(report.metadata.generatedAt).toBe('2023-10-28T14:05:00.000Z');
  });

  it('writes HTML, Markdown and ClaimReview files holding every quote, as the renderers make them', async () => {
    const { folder, reports } = library();
    const documentId = article.document.id;
    const html = await reports.export({ documentId, format: 'html', path: join(folder, 'out', 'report.html') });
    const markdown = await reports.export({ documentId, format: 'md', path: join(folder, 'out', 'report.md') });
    const claims = await reports.export({ documentId, format: 'claimreview', path: join(folder, 'out', 'claims.jsonld'), claimReview: { reviewUrl: 'https://factcheck.example.org/moscow', publisher: 'Example Checks' } });

    const htmlText = readFileSync(html.path, 'utf8');
    expect(htmlText).toBe((await reports.render({ documentId, format: 'html' })).content);
    expect(html.bytes).toBe(Buffer.byteLength(htmlText));
    const { document } = parseHTML(htmlText);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    const tableQuotes = [...document.querySelectorAll('td.quote')].map((cell) => cell.textContent);
    const markdownText = readFileSync(markdown.path, 'utf8');
    for (const annotation of article.annotations) {
      expect(tableQuotes, annotation.id).toContain(annotation.quote);
      // Markdown tables may cut a long quote short: its first words are there.
      expect(markdownText, annotation.id).toContain(annotation.quote.split(/\s+/u).slice(0, 4).join(' '));
    }
    const reviews = JSON.parse(readFileSync(claims.path, 'utf8'));
    expect(claims.claimReviews).toBe(claimsWithVerdicts.length);
    expect(reviews.map((review: { claimReviewed: string }) => review.claimReviewed)).toEqual(
      claimsWithVerdicts.map((claim) => claim.quote.replace(/\s+/gu, ' ').trim()),
    );
    expect(reviews[0]).toMatchObject({ '@type': 'ClaimReview', url: 'https://factcheck.example.org/moscow', author: { '@type': 'Organization', name: 'Example Checks' } });
    expect(readdirSync(join(folder, 'out')).sort()).toEqual(['claims.jsonld', 'report.html', 'report.md']);
  });

  it('prints a PDF with the host’s printer, laid out for the paper asked for', async () => {
    const { folder, reports, printed } = library();
    const result = await reports.export({ documentId: article.document.id, format: 'pdf', pageSize: 'Letter', path: join(folder, 'report.pdf') });

    expect(printed).toHaveLength(1);
    expect(printed[0]!.pageSize).toBe('Letter');
    expect(printed[0]!.html).toContain('size:Letter');
    expect(printed[0]!.html).toContain(article.document.title);
    expect(readFileSync(result.path, 'utf8')).toBe('%PDF-1.7 Letter\n%%EOF\n');
    expect(result).toMatchObject({ format: 'pdf', bytes: 22 });
  });

  it('gives a printed report a colour emoji font when it has emoji, and only then', async () => {
    const { folder, opened, reports, printed } = library();
    const dove = { ...sampleDocument('A dove 🕊️ was painted on the checkpoint wall, witnesses said.\n'), id: 'doc-dove', title: 'The dove on the wall' };
    opened.add([{ document: dove, annotations: [] }]);
    await reports.export({ documentId: article.document.id, format: 'pdf', path: join(folder, 'moscow.pdf') });
    await reports.export({ documentId: dove.id, format: 'pdf', path: join(folder, 'dove.pdf') });

    // The sample's "© Getty Images" is text, not an emoji.
    expect(printed[0]!.html).not.toContain('@font-face');
    expect(printed[1]!.html).toMatch(/@font-face\{font-family:"Factmark Emoji";src:url\(data:font\/woff2;base64,[A-Za-z0-9+/]{1000,}={0,2}\) format\("woff2"\)\}/);
    expect(printed[1]!.html).toContain("form-action 'none'; font-src data:");
    // The HTML file, as the app shows it, keeps to the system's fonts.
    expect((await reports.render({ documentId: dove.id, format: 'html' })).content).not.toContain('@font-face');
  });

  it('keeps the file that was there when a report cannot be made, and leaves nothing of its own', async () => {
    const { folder, reports } = library(async () => {
      throw new Error('The report cannot be printed to PDF: no Chromium was found');
    });
    const path = join(folder, 'report.pdf');
    writeFileSync(path, 'the old report');
    const documentId = article.document.id;

    await expect(reports.export({ documentId, format: 'pdf', path })).rejects.toThrow(new ServiceError('internal', 'The report cannot be printed to PDF: no Chromium was found'));
    await expect(reports.export({ documentId, format: 'claimreview', path, claimReview: { reviewUrl: 'ftp://example.org/x' } })).rejects.toThrow(
      'The fact check\'s address must be an http or https URL; "ftp://example.org/x" is not',
    );
    await expect(reports.export({ documentId, format: 'claimreview', path })).rejects.toThrow('ClaimReview needs the address of the page that publishes the fact check');
    await expect(reports.export({ documentId: 'no-such-document', format: 'html', path })).rejects.toThrow('Document no-such-document does not exist');
    mkdirSync(join(folder, 'a folder'));
    await expect(reports.export({ documentId, format: 'html', path: join(folder, 'a folder') })).rejects.toThrow('is a folder; give the path of the file to write');

    expect(readFileSync(path, 'utf8')).toBe('the old report');
    expect(readdirSync(folder).sort()).toEqual(['a folder', 'library.sqlite', 'library.sqlite-shm', 'library.sqlite-wal', 'report.pdf']);
  });

  it('writes nothing when stopped while the report is made', async () => {
    const stop = new AbortController();
    const { folder, reports } = library(async () => {
      stop.abort();
      return new Uint8Array([37, 80, 68, 70]);
    });
    const path = join(folder, 'new', 'report.pdf');
    await expect(reports.export({ documentId: article.document.id, format: 'pdf', path }, stop.signal)).rejects.toThrow();
    expect(existsSync(join(folder, 'new'))).toBe(false);
  });

  it('finds a document by its id, or by a title (in any case) no other document has', () => {
    const { opened, reports } = library();
    const copy = { ...sampleDocument(), id: 'doc-copy', title: 'A copy' };
    const twin = { ...sampleDocument(), id: 'doc-twin', title: 'A copy' };
    opened.add([{ document: copy, annotations: [] }, { document: twin, annotations: [] }]);

    expect(reports.findDocument(article.document.id)).toBe(article.document.id);
    expect(reports.findDocument('hamas delegation visits moscow for talks on hostages')).toBe(article.document.id);
    expect(() => reports.findDocument('A copy')).toThrow('2 documents are titled "A copy"; give the id of one: doc-copy, doc-twin');
    expect(() => reports.findDocument('Nothing like it')).toThrow('No document has the id or the title "Nothing like it"');
  });
});
