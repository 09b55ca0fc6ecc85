import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractMarkdown } from '../../../../../electron/services/import/markdown';

const fixture = fileURLToPath(new URL('../../../../fixtures/import/statement.md', import.meta.url));

function markdown(source: string, name = 'notes.md') {
  return extractMarkdown({ name, bytes: new TextEncoder().encode(source) });
}

describe('extractMarkdown', () => {
  const article = extractMarkdown({ name: 'statement.md', bytes: readFileSync(fixture) });

  it('extracts the text: headings, quotes, list items, table cells and code lines become paragraphs', () => {
    expect(article.text).toBe(
      [
        'Israel\'s foreign ministry issued a statement "strongly condemning" the visit, calling it an undignified step.',
        'What the statement said',
        'We call on the Russian government to immediately expel Hamas terrorists.',
        'Some text with inline HTML and a script tag.',
        'Russia has not yet responded.',
        'Hamas was represented by Abu Marzouk1.',
        'Figure',
        'Source',
        '1,400 killed',
        'Israel',
        'code block line one',
        'code block line two',
        'A member of the group\'s political bureau.',
      ].join('\n'),
    );
  });

  it('takes the metadata from the front matter and lifts the matching leading heading out of the text', () => {
    expect(article.metadata).toEqual({
      title: 'Israel condemns Hamas visit to Moscow',
      author: 'Jane Reporter, Ali Hassan',
      publishedAt: '2023-10-27',
      publication: 'World News Desk',
      url: 'https://news.example.org/world/israel-condemns',
      language: 'en',
    });
    expect(article.cleaning.filter((step) => step.kind === 'lifted')).toEqual([
      { kind: 'lifted', line: 2, field: 'title', value: 'Israel condemns Hamas visit to Moscow' },
      { kind: 'lifted', line: 3, field: 'author', value: 'Jane Reporter, Ali Hassan' },
      { kind: 'lifted', line: 6, field: 'publishedAt', value: '2023-10-27' },
      { kind: 'lifted', line: 7, field: 'publication', value: 'World News Desk' },
      { kind: 'lifted', line: 8, field: 'url', value: 'https://news.example.org/world/israel-condemns' },
      { kind: 'lifted', line: 9, field: 'language', value: 'en' },
      { kind: 'lifted', line: 12, field: 'title', value: 'Israel condemns Hamas visit to Moscow' },
    ]);
  });

  it('records the raw HTML it left out', () => {
    expect(article.cleaning.at(-1)).toEqual({ kind: 'converted', from: 'markdown', omitted: { script: 1, advertisement: 1 } });
  });

  it('takes the title from a leading level-one heading when there is no front matter', () => {
    const { text, metadata, cleaning } = markdown('# Talks in *Moscow*\n\nA delegation visited.\n');
    expect(text).toBe('A delegation visited.');
    expect(metadata).toEqual({ title: 'Talks in Moscow' });
    expect(cleaning[0]).toEqual({ kind: 'lifted', line: 1, field: 'title', value: 'Talks in Moscow' });
  });

  it('keeps a leading heading in the text when the front matter names another title', () => {
    const { text, metadata } = markdown('---\ntitle: Front matter title\n---\n# A different heading\n\nBody.\n');
    expect(metadata.title).toBe('Front matter title');
    expect(text).toBe('A different heading\nBody.');
  });

  it('splits a paragraph at a hard line break', () => {
    expect(markdown('First line  \nsecond line\nstill second.').text).toBe('First line\nsecond line still second.');
  });

  it('refuses front matter that is not valid YAML, naming the line', () => {
    expect(() => markdown('---\ntitle: ok\nauthor: [unclosed\n---\nText.\n')).toThrow(
      'notes.md, line 3: the front matter is not valid YAML: flow sequence in block collection must be sufficiently indented and end with a ]',
    );
  });

  it('refuses a file with nothing but front matter', () => {
    expect(() => markdown('---\ntitle: Only metadata\n---\n')).toThrow('notes.md: the file has no text');
  });
});
