import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import type { Root, RootContent, Table } from 'mdast';
import { buildReport } from '../../../../shared/reports/model';
import { escapeMarkdown, renderReportMarkdown } from '../../../../shared/reports/markdown';
import { annotationOn, locate, sampleArticle, sampleDocument, sampleText } from '../../../fixtures/reports/sample-article';

const generatedAt = '2023-10-28T14:05:00.000Z';

function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

function sampleMarkdown(): string {
  const { document, annotations } = sampleArticle();
  return renderReportMarkdown(buildReport(document, annotations, { generatedAt }));
}

/** The nodes under a heading, up to the next heading of the same depth. */
function section(root: Root, title: string): RootContent[] {
  const start = root.children.findIndex((node) => node.type === 'heading' && toString(node) === title);
  if (start < 0) throw new Error(`no section ${title}`);
  const rest = root.children.slice(start + 1);
  const end = rest.findIndex((node) => node.type === 'heading' && node.depth <= 2);
  return end < 0 ? rest : rest.slice(0, end);
}

function tableIn(root: Root, title: string): string[][] {
  const table = section(root, title).find((node): node is Table => node.type === 'table');
  if (!table) throw new Error(`no table under ${title}`);
  return table.children.map((row) => row.children.map((cell) => toString(cell)));
}

describe('the Markdown report', () => {
  it('says who reviewed the article, when they last changed it, and when the report was made', () => {
    const markdown = sampleMarkdown();
    expect(markdown).toContain('Reviewed by');
    expect(markdown).toMatch(/Last reviewed\W+27 October 2023, 11:00 UTC/u);
    expect(markdown).toMatch(/Report made\W+28 October 2023, 14:05 UTC/u);
  });

  it('writes the claims table as a GFM table, a pipe in a source staying inside its cell', () => {
    const rows = tableIn(parse(sampleMarkdown()), 'Attributed claims');
    expect(rows[0]).toEqual(['Note', 'Claim', 'Source', 'Verdict', 'Evidence']);
    expect(rows.every((row) => row.length === 5)).toBe(true);
    expect(rows.find((row) => row[0] === '3')).toEqual([
      '3',
      '"the crimes of Israel that are supported by the West"',
      'Hamas | via RIA, Organisation',
      'Disputed',
      '—',
    ]);
    expect(rows.at(-1)).toEqual(['13 (not in the text)', 'Hamas said the talks went well', 'Hamas', 'Unchecked', '—']);
  });

  it('writes the casualty figures with count, qualifier, category, population, source, date and verdict', () => {
    const rows = tableIn(parse(sampleMarkdown()), 'Casualty figures');
    expect(rows.slice(1)).toEqual([
      ['4', '1,400 people', '1,400', 'about', 'killed', 'people in Israel on 7 October', 'Israeli authorities', '26 October 2023', 'Supported'],
      ['7', 'more than 6,500 have been killed', '6,500', 'more than', 'killed', 'people in Gaza', 'Gaza health ministry', '26 October 2023', 'Unchecked'],
    ]);
  });

  it('keeps pipes, asterisks and line breaks in a quote from breaking a table row', () => {
    const text = `${sampleText}\nThe toll | as reported *twice* | was "1|2"\nand more.`;
    const document = sampleDocument(text);
    const phrase = 'The toll | as reported *twice* | was "1|2"\nand more';
    const opinion = annotationOn(document, { id: 'piped', label: 'opinion', attributes: { holder: 'a | b' } }, locate(text, phrase));
    const rows = tableIn(parse(renderReportMarkdown(buildReport(document, [opinion], { generatedAt }))), 'Opinions');
    expect(rows).toEqual([
      ['Note', 'Opinion', 'Held by'],
      ['1', 'The toll | as reported *twice* | was "1|2" and more', 'a | b'],
    ]);
  });

  it('marks highlights as bold followed by their label and note number in brackets', () => {
    const markdown = sampleMarkdown();
    expect(markdown).toContain('**Senior Hamas member Abu Marzouk was among those attending the talks, TASS reported.** \\[Attributed claim 2\\]');
    expect(markdown).toContain('killed **1,400 people** \\[Casualty figure 4\\]. Israel');
    const paragraph = section(parse(markdown), 'Annotated article').find((node) => toString(node).includes('1,400 people'))!;
    expect(paragraph.type).toBe('paragraph');
    const strong = (paragraph as { children: RootContent[] }).children.filter((node) => node.type === 'strong').map((node) => toString(node));
    expect(strong).toEqual([
      '1,400 people',
      'imposed a siege on the enclave of 2.3 million people',
      'Palestinian authorities say more than 6,500 have been killed',
    ]);
    expect(toString(paragraph)).toContain('have been killed [Casualty figure 7] [Attributed claim 6].');
  });

  it('cuts a bold run where a nested span ends inside a longer one', () => {
    const text = 'Officials said more than 6,500 people were killed in Gaza.';
    const document = sampleDocument(text);
    const claimPhrase = 'Officials said more than 6,500 people were killed in Gaza';
    const figurePhrase = 'more than 6,500 people';
    const claim = annotationOn(document, { id: 'c', label: 'attributed_claim' }, locate(text, claimPhrase));
    const figure = annotationOn(document, { id: 'f', label: 'casualty_figure' }, locate(text, figurePhrase));
    const markdown = renderReportMarkdown(buildReport(document, [claim, figure], { generatedAt }));
    expect(markdown).toContain('**Officials said more than 6,500 people** \\[Casualty figure 2\\] **were killed in Gaza** \\[Attributed claim 1\\].');
  });

  it('escapes article text that would otherwise become markup', () => {
    const text = '# Not a heading\n- not a list\n1. not a list either\nA *star* and _under_ and <b>tag</b> & [link](https://x.example)';
    const document = { ...sampleDocument(text), title: 'Title with *stars* | pipes' };
    const root = parse(renderReportMarkdown(buildReport(document, [], { generatedAt })));
    const article = section(root, 'Annotated article');
    expect(article.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(article.map((node) => toString(node))).toEqual(text.split('\n'));
    expect(toString(root.children[0]!)).toBe('Fact-check report: Title with *stars* | pipes');
  });

  it('escapes pipes as \\| and makes a line out of text with line breaks', () => {
    expect(escapeMarkdown('a | b\nc')).toBe('a \\| b c');
  });

  it('lists the annotations as numbered notes and ends with the methods', () => {
    const root = parse(sampleMarkdown());
    const notes = section(root, 'Notes').find((node) => node.type === 'list')!;
    expect(notes.type === 'list' && notes.children.length).toBe(13);
    expect(toString(notes)).toContain('Name spelt Marzuk further down; ask the desk which spelling to use.');
    expect(toString(section(root, 'Methods')[1]!)).toContain('Casualty figure: A count of people killed, injured, missing, held or displaced.');
  });

  it('writes the evidence of a claim with its address and access date', () => {
    const { document, annotations } = sampleArticle();
    const claim = annotations.find((a) => a.id === 'claim-delegation')!;
    const rows = tableIn(parse(renderReportMarkdown(buildReport(document, [claim], { generatedAt }))), 'Attributed claims');
    expect(rows[1]![4]).toBe('Russian Foreign Ministry briefing, 26 October 2023 (https://mid.example.org/briefing-2023-10-26, accessed 27 October 2023)');
  });
});
