import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectLongArticlePdf } from '../../../fixtures/reports/long-article-pdf';
import { sampleDocument, longSampleArticle } from '../../../fixtures/reports/sample-article';
import { readPdf } from '../../../support/pdf-text';
import { databasePathIn, useTempFolder } from '../../../support/temp-database';
import { writeTestLibrary } from '../services/datasets/library';
import { factmark, factmarkAsync, requireBuiltCli } from './built-cli';

const COPIES = 4;
const article = longSampleArticle(COPIES);
const title = article.document.title;

// Printing starts a browser in a new Node process: tens of seconds on a busy machine.
describe('factmark report', { timeout: 90_000 }, () => {
  const tempFolder = useTempFolder();

  beforeAll(requireBuiltCli);

  /** A library holding the long article, and a second article sharing a title with a third. */
  function library() {
    const folder = tempFolder();
    const path = databasePathIn(folder);
    writeTestLibrary(path, [
      article,
      { document: { ...sampleDocument('A short note.'), id: 'doc-note-1', title: 'Note' }, annotations: [] },
      { document: { ...sampleDocument('Another short note.'), id: 'doc-note-2', title: 'Note' }, annotations: [] },
    ]);
    return { folder, path };
  }

  it('prints a long stored article to a PDF whose pages are numbered and whose text holds every claim', async () => {
    const { folder, path } = library();
    const out = join(folder, 'reports', 'moscow.pdf');

    const run = await factmarkAsync('report', article.document.id, '--format', 'pdf', '--out', out, '--db', path);

    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`Wrote the PDF (A4) report of "${title}" to ${out}\n`);
    await expectLongArticlePdf(new Uint8Array(readFileSync(out)), article.annotations, COPIES);
    expect(readdirSync(join(folder, 'reports'))).toEqual(['moscow.pdf']);
  });

  it('prints on Letter paper, finding the document by its title', async () => {
    const { folder, path } = library();
    const out = join(folder, 'moscow-letter.pdf');
    const run = await factmarkAsync('report', title.toUpperCase(), '--format', 'pdf', '--page-size', 'letter', '--out', out, '--db', path);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { sizes } = await readPdf(new Uint8Array(readFileSync(out)));
    expect(new Set(sizes.map(([width, height]) => `${width}x${height}`))).toEqual(new Set(['612x792']));
  });

  it('writes text formats to standard output, and ClaimReview with the fact check’s address', () => {
    const { path } = library();
    const markdown = factmark('report', article.document.id, '--format', 'md', '--db', path);
    expect(markdown.status).toBe(0);
    expect(markdown.stdout).toContain(`# Fact-check report: ${title}`);
    expect(markdown.stderr).toBe('');

    const html = factmark('report', article.document.id, '--format', 'html', '--page-size', 'letter', '--db', path);
    expect(html.status).toBe(0);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/u);
    expect(html.stdout).toContain('size:Letter');

    const reviews = factmark('report', article.document.id, '--format', 'claimreview', '--review-url', 'https://factcheck.example.org/moscow', '--db', path);
    expect(reviews.status).toBe(0);
    const parsed = JSON.parse(reviews.stdout) as { url: string; claimReviewed: string }[];
    expect(parsed).toHaveLength(COPIES * 5);
    expect(new Set(parsed.map((review) => review.url))).toEqual(new Set(['https://factcheck.example.org/moscow']));
  });

  it('exits 1 naming a document it cannot find or cannot tell apart, and 2 when used wrongly', () => {
    const { folder, path } = library();
    const missing = factmark('report', 'no-such-article', '--format', 'md', '--db', path);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('factmark report: No document has the id or the title "no-such-article"\n');
    expect(missing.stdout).toBe('');
    const shared = factmark('report', 'Note', '--format', 'md', '--db', path);
    expect(shared.status).toBe(1);
    expect(shared.stderr).toBe('factmark report: 2 documents are titled "Note"; give the id of one: doc-note-1, doc-note-2\n');
    const badAddress = factmark('report', article.document.id, '--format', 'claimreview', '--review-url', 'not an address', '--db', path);
    expect(badAddress.status).toBe(1);
    expect(badAddress.stderr).toContain('must be an http or https URL');

    const usage = [
      [['report', '--format', 'md', '--db', path], 'give the id or the title of the document to report on'],
      [['report', article.document.id, '--format', 'pdf', '--db', path], '--out is required for PDF'],
      [['report', article.document.id, '--format', 'docx', '--db', path], '--format: "docx" is not one of html, pdf, md, claimreview'],
      [['report', article.document.id, '--format', 'html', '--page-size', 'a3', '--db', path], '--page-size: "a3" is not a4 or letter'],
      [['report', article.document.id, '--format', 'claimreview', '--db', path], '--review-url is required for claimreview'],
    ] as const;
    for (const [args, message] of usage) {
      const run = factmark(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toContain(message);
      expect(run.stderr, args.join(' ')).toContain('See "factmark report --help".');
    }
    expect(readdirSync(folder).filter((name) => !name.startsWith('library.sqlite'))).toEqual([]);
  });

  it('is listed with the other commands and explains its options', () => {
    expect(factmark('--help').stdout).toMatch(/^\s+report\s/mu);
    const help = factmark('report', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--review-url URL');
  });
});
