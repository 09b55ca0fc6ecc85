import { describe, expect, it } from 'vitest';
import { extractArticle, importKindOf, readArticle } from '../../../../../electron/services/import/extract';

const text = (name: string, content: string) => ({ name, bytes: new TextEncoder().encode(content) });

describe('readArticle', () => {
  it('reads each single-article type by its extension, in any letter case', async () => {
    expect((await readArticle(text('Statement.TXT', 'Plain text.'))).text).toBe('Plain text.');
    expect((await readArticle(text('notes.markdown', '# Title\n\nMarkdown text.'))).text).toBe('Markdown text.');
    expect((await readArticle(text('page.htm', '<p>HTML <i>text</i>.</p>'))).text).toBe('HTML text.');
  });

  it('refuses an unsupported type, naming the types it takes', async () => {
    await expect(readArticle(text('photo.png', 'x'))).rejects.toThrow(
      'photo.png: files of type ".png" cannot be imported (the importer takes .txt, .md, .html, .docx, .pdf, .jsonl)',
    );
    await expect(readArticle(text('README', 'x'))).rejects.toThrow('README: files of type "without extension" cannot be imported');
  });

  it('refuses a JSONL file, which is read line by line instead', async () => {
    await expect(readArticle(text('corpus.jsonl', '{"text": "x"}'))).rejects.toThrow(
      'corpus.jsonl: a JSONL file holds many articles and is imported line by line, not as one article',
    );
  });

  it('refuses a file over the size limit before reading it', async () => {
    const oversized = { name: 'huge.pdf', bytes: new Uint8Array(2048) };
    await expect(readArticle(oversized, { articleBytes: 1024 })).rejects.toThrow(
      'huge.pdf: the file is 2 KB, over the limit of 1 KB for one article (a large collection of articles can be imported as JSONL)',
    );
  });
});

describe('extractArticle', () => {
  it('reads text formats at once', () => {
    expect(extractArticle(text('statement.txt', 'date 2023-10-27\nThe Kremlin')).metadata).toEqual({ publishedAt: '2023-10-27', credit: null });
  });

  it('sends DOCX and PDF files to readArticle', () => {
    expect(() => extractArticle({ name: 'report.docx', bytes: new Uint8Array() })).toThrow(
      'report.docx: .docx files are read by readArticle, which waits for their reader',
    );
  });
});

describe('importKindOf', () => {
  it('tells single articles from collections and unsupported files', () => {
    expect(['a.txt', 'a.md', 'a.html', 'a.docx', 'a.pdf', 'a.jsonl', 'a.exe'].map(importKindOf)).toEqual([
      'article', 'article', 'article', 'article', 'article', 'collection', undefined,
    ]);
  });
});

describe('pathological files', () => {
  it('refuses Markdown nested deeper than the parser can follow, in words', async () => {
    await expect(readArticle(text('quotes.md', `${'>'.repeat(20000)} quoted`))).rejects.toThrow(
      'quotes.md: the file could not be read: its structure is nested too deeply, or it is too large',
    );
  });

  it('reads an HTML page nested thousands of elements deep', async () => {
    const depth = 5000;
    const html = `${'<div>'.repeat(depth)}Deep text.${'</div>'.repeat(depth)}`;
    expect((await readArticle(text('deep.html', html))).text).toBe('Deep text.');
  });
});
