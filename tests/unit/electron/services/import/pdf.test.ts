import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../../../../electron/services/import/pdf';

const lead =
  'A delegation from Hamas visited Moscow on Thursday for talks on the release of foreign hostages including Russian citizens that the militant group is currently holding in Gaza, Russian news agencies reported, citing the foreign ministry.';
const second = 'Senior Hamas member Abu Marzouk was among those attending the talks, TASS reported.';
const third =
  'Israel has vowed to wipe out Hamas in retaliation for an Oct. 7 attack that killed 1,400 people. Israel has struck Gaza from the air, imposed a siege on the enclave of 2.3 million people and is preparing a ground invasion. Palestinian authorities say more than 6,500 have been killed.';

/** Renders a PDF with pdfkit: `draw` writes the pages; small pages make text wrap and flow onto the next page. */
function pdf(draw: (document: PDFKit.PDFDocument) => void, info: PDFKit.DocumentInfo = {}): Promise<Uint8Array> {
  const document = new PDFDocument({ size: [320, 300], margins: { top: 36, bottom: 36, left: 36, right: 36 }, info, bufferPages: true });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => document.on('end', () => resolve()));
  draw(document);
  document.end();
  return ended.then(() => new Uint8Array(Buffer.concat(chunks)));
}

function numberPages(document: PDFKit.PDFDocument) {
  const { start, count } = document.bufferedPageRange();
  for (let page = start; page < start + count; page++) {
    document.switchToPage(page);
    document.page.margins.bottom = 0;
    document.fontSize(9).text(String(page + 1), 0, 280, { width: 320, align: 'center', lineBreak: false });
  }
}

describe('extractPdf', () => {
  it('rebuilds paragraphs from wrapped lines, across pages, without the page numbers', async () => {
    const bytes = await pdf(
      (document) => {
        document.font('Helvetica-Bold').fontSize(16).text('Talks in Moscow');
        document.moveDown(0.5);
        document.font('Helvetica').fontSize(11).text(lead);
        document.moveDown();
        document.text(second);
        document.moveDown();
        document.text(third);
        numberPages(document);
      },
      { Title: 'Hamas delegation visits Moscow', Author: 'Jane Reporter' },
    );
    const article = await extractPdf({ name: 'hamas-moscow.pdf', bytes });
    expect(article.text).toBe(['Talks in Moscow', lead, second, third].join('\n'));
    expect(article.metadata).toEqual({ title: 'Hamas delegation visits Moscow', author: 'Jane Reporter' });
    expect(article.encoding).toBe('binary');
    expect(article.cleaning).toEqual([
      { kind: 'converted', from: 'pdf', omitted: { 'page number': 2 } },
      { kind: 'pageNumber', page: 1, text: '1' },
      { kind: 'pageNumber', page: 2, text: '2' },
    ]);
  });

  it('keeps a hyphen at a line end and joins the lines without a space', async () => {
    const bytes = await pdf((document) => {
      document.font('Helvetica').fontSize(11);
      document.text('The Hamas-', 36, 36, { lineBreak: false });
      document.text('led delegation arrived.', 36, 50, { lineBreak: false });
    });
    expect((await extractPdf({ name: 'hyphen.pdf', bytes })).text).toBe('The Hamas-led delegation arrived.');
  });

  it('leaves out a title that a word processor generated from the file name', async () => {
    const bytes = await pdf((document) => document.text('Body text.'), { Title: 'Microsoft Word - draft3.docx' });
    expect((await extractPdf({ name: 'draft.pdf', bytes })).metadata).toEqual({});
  });

  it('reads a file given as a Node Buffer, as files read from disk are, and leaves its bytes as they were', async () => {
    const bytes = Buffer.from(await pdf((document) => document.text(second)));
    const copy = Buffer.from(bytes);
    expect((await extractPdf({ name: 'statement.pdf', bytes })).text).toBe(second);
    expect(bytes.equals(copy)).toBe(true);
  });

  it('refuses a PDF without a text layer', async () => {
    const bytes = await pdf((document) => document.rect(50, 50, 100, 100).fill('#333'));
    await expect(extractPdf({ name: 'scan.pdf', bytes })).rejects.toThrow(
      'scan.pdf: the PDF has no text layer (it may be a scanned image); run text recognition on it first',
    );
  });

  it('refuses a file that is not a PDF, and a damaged one', async () => {
    await expect(extractPdf({ name: 'notes.pdf', bytes: new TextEncoder().encode('just text') })).rejects.toThrow(
      'notes.pdf: this is not a PDF document (it does not start with %PDF-)',
    );
    await expect(extractPdf({ name: 'broken.pdf', bytes: new TextEncoder().encode('%PDF-1.7\ngarbage') })).rejects.toThrow(
      'broken.pdf: the file is not a valid PDF document (it may be damaged)',
    );
  });
});
