import { Document, ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractDocx } from '../../../../../electron/services/import/docx';

/** A Word document written the way Word writes one, built here so the test shows its content. */
async function wordDocument(): Promise<Uint8Array> {
  const document = new Document({
    footnotes: { 1: { children: [new Paragraph('TASS is a Russian state news agency.')] } },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Hamas delegation visits Moscow', heading: HeadingLevel.TITLE }),
          new Paragraph({
            children: [
              new TextRun('A delegation from Hamas visited Moscow on Thursday, '),
              new TextRun({ text: 'Russian news agencies', bold: true }),
              new TextRun(' reported.'),
            ],
          }),
          new Paragraph({ text: 'Reactions', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            children: [
              new TextRun('Abu Marzouk attended, '),
              new ExternalHyperlink({ link: 'https://tass.example.org', children: [new TextRun('TASS')] }),
              new TextRun(' reported.'),
              new FootnoteReferenceRun(1),
            ],
          }),
          new Paragraph({ children: [new TextRun('Israel condemned the visit.'), new TextRun({ text: 'Moscow did not respond.', break: 1 })] }),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Killed')] }), new TableCell({ children: [new Paragraph('1,400')] })] }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

describe('extractDocx', () => {
  it('extracts the paragraphs, headings and table cells of a Word document, the title lifted out', async () => {
    const article = await extractDocx({ name: 'hamas-moscow.docx', bytes: await wordDocument() });
    expect(article.text).toBe(
      [
        'A delegation from Hamas visited Moscow on Thursday, Russian news agencies reported.',
        'Reactions',
        'Abu Marzouk attended, TASS reported.[1]',
        'Israel condemned the visit.',
        'Moscow did not respond.',
        'Killed',
        '1,400',
        'TASS is a Russian state news agency.',
      ].join('\n'),
    );
    expect(article.metadata).toEqual({ title: 'Hamas delegation visits Moscow' });
    expect(article.encoding).toBe('binary');
    expect(article.cleaning).toEqual([
      { kind: 'lifted', line: 1, field: 'title', value: 'Hamas delegation visits Moscow' },
      { kind: 'converted', from: 'docx', omitted: {} },
    ]);
  });

  it('does not change the bytes it was given', async () => {
    const bytes = await wordDocument();
    const copy = bytes.slice();
    await extractDocx({ name: 'hamas-moscow.docx', bytes });
    expect(bytes).toEqual(copy);
  });

  it('refuses a ZIP archive renamed to .docx', async () => {
    const zip = zipSync({ 'notes.txt': strToU8('Not a Word document.') });
    await expect(extractDocx({ name: 'report.docx', bytes: zip })).rejects.toThrow(
      'report.docx: this is a ZIP archive with no Word document inside (no word/document.xml); it may be another kind of file renamed to .docx',
    );
  });

  it('refuses a file that is not a ZIP archive, and says so of an old .doc file', async () => {
    await expect(extractDocx({ name: 'report.docx', bytes: strToU8('plain text') })).rejects.toThrow(
      'report.docx: this is not a Word document: a .docx file is a ZIP archive, and this file is not one',
    );
    await expect(extractDocx({ name: 'old.docx', bytes: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) })).rejects.toThrow(
      'old.docx: this is an old Word 97–2003 document (.doc); save it as .docx and import it again',
    );
  });

  it('refuses an empty file and a document without text', async () => {
    await expect(extractDocx({ name: 'empty.docx', bytes: new Uint8Array() })).rejects.toThrow('empty.docx: the file is empty');
    const blank = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('')] }] })));
    await expect(extractDocx({ name: 'blank.docx', bytes: blank })).rejects.toThrow('blank.docx: the Word document has no text');
  });
});
