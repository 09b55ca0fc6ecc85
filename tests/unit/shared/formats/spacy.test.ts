import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSpacyWriter, readSpacy } from '../../../../shared/formats/spacy';
import { TokenBoundaries, tokenize } from '../../../../shared/formats/tokens';
import type { DocumentEntry } from '../../../../shared/formats/types';
import { TextIndex } from '../../../../shared/text/offsets';
import { arbitraryEntry, makeAnnotation, makeDocument, runWriter, spanOf, trickyEntry } from './corpus';

const file = 'annotations.jsonl';

function written(entries: DocumentEntry[], tokens = false) {
  const { files, notices } = runWriter(createSpacyWriter({ tokens }), entries);
  return { content: files.get(file) ?? '', notices };
}

describe('tokens', () => {
  it('splits words and punctuation, keeping numbers, emoji sequences and combining marks whole', () => {
    const text = 'Killed: 6,500 people 👩‍👩‍👧 in 𝑚𝑎𝑡ℎ, café e\u0301!';
    expect(tokenize(new TextIndex(text)).map((token) => token.text)).toEqual([
      'Killed',
      ':',
      '6,500',
      'people',
      '👩‍👩‍👧',
      'in',
      '𝑚𝑎𝑡ℎ',
      ',',
      'café',
      'e\u0301',
      '!',
    ]);
  });

  it('gives code-point offsets that slice back to each token', () => {
    fc.assert(
      fc.property(arbitraryEntry(), ({ document: { text } }) => {
        const index = new TextIndex(text);
        for (const token of tokenize(index)) expect(index.slice(token.start, token.end)).toBe(token.text);
      }),
    );
  });

  it('aligns a span only when it starts and ends on token boundaries', () => {
    const index = new TextIndex('😀 more than 6,500 people.');
    const boundaries = new TokenBoundaries(tokenize(index));
    expect(boundaries.aligned(2, 17)).toEqual({ first: 1, last: 3 });
    expect(boundaries.aligned(1, 17)).toBeUndefined();
    expect(boundaries.aligned(2, 16)).toBeUndefined();
  });
});

describe('spaCy-style JSONL', () => {
  it('reads back what it wrote, field for field, with and without tokens', () => {
    fc.assert(
      fc.property(fc.array(arbitraryEntry(), { maxLength: 3 }), fc.boolean(), (drafts, tokens) => {
        const entries = drafts.map((entry, n) => ({ ...entry, document: { ...entry.document, id: `d${n}` } }));
        const { content, notices } = written(entries, tokens);
        const result = readSpacy({ name: file, content });
        expect(result.errors).toEqual([]);
        expect(result.documents.map(({ id, text, title }) => ({ id, text, title }))).toEqual(
          entries.map(({ document: { id, text, title } }) => ({ id, text, title })),
        );
        expect(result.documents.map((document) => document.annotations.map(({ label, start, end }) => ({ label, start, end })))).toEqual(
          entries.map((entry) =>
            entry.annotations.map(({ label, start, end }) => ({ label, start, end })).sort((a, b) => a.start - b.start || a.end - b.end),
          ),
        );
        expect(result.notices.length).toBe(notices.length);
      }),
    );
  });

  it('writes tokens and token ranges, and reports a span off token boundaries without moving it', () => {
    const text = 'Authorities say more than 6,500 people were killed.';
    const document = makeDocument('d1', text);
    const aligned = makeAnnotation(document, { id: 'fig', label: 'casualty_figure', ...spanOf(text, 'more than 6,500 people') });
    const ragged = makeAnnotation(document, { id: 'rag', label: 'opinion', ...spanOf(text, 'ore than') });
    const { content, notices } = written([{ document, annotations: [aligned, ragged] }], true);
    const line = JSON.parse(content) as { spans: Record<string, unknown>[]; tokens: Record<string, unknown>[] };
    expect(line.spans).toEqual([
      { start: 16, end: 38, label: 'casualty_figure', token_start: 2, token_end: 5 },
      { start: 17, end: 25, label: 'opinion' },
    ]);
    expect(line.tokens[3]).toEqual({ text: 'than', start: 21, end: 25, id: 3, ws: true });
    expect(line.tokens.at(-1)).toEqual({ text: '.', start: 50, end: 51, id: 8, ws: false });
    expect(notices.map((notice) => notice.message)).toEqual([
      'annotations.jsonl, annotation rag, document d1: the span 17–25 does not start and end on token boundaries; its offsets are kept as they are',
    ]);
    const result = readSpacy({ name: file, content });
    expect(result.errors).toEqual([]);
    expect(result.documents[0]!.annotations[1]).toMatchObject({ start: 17, end: 25, quote: 'ore than' });
    expect(result.notices.map((notice) => notice.message)).toEqual([
      'annotations.jsonl, line 1, annotation #2, document d1: the span 17–25 does not start and end on token boundaries; its offsets are kept as they are',
    ]);
  });

  it('round-trips the tricky document with tokens', () => {
    const entry = trickyEntry();
    const result = readSpacy({ name: file, content: written([entry], true).content });
    expect(result.errors).toEqual([]);
    const index = new TextIndex(entry.document.text);
    for (const annotation of result.documents[0]!.annotations) expect(annotation.quote).toBe(index.slice(annotation.start, annotation.end));
  });
});

describe('spaCy-style JSONL errors', () => {
  const text = 'Gaza 😀 ministry said';

  it('reports bad spans with the file, line and span named', () => {
    const content = `\n${JSON.stringify({ text, spans: [{ start: 7, end: 15, label: 'rumour' }, { start: 9, end: 3, label: 'opinion' }, { start: 0, end: 40, label: 'opinion' }] })}`;
    const result = readSpacy({ name: file, content });
    expect(result.errors.map((error) => error.message)).toEqual([
      'annotations.jsonl, line 2, annotation #1: the label "rumour" is not one of the labels',
      'annotations.jsonl, line 2, annotation #2: the span 9–3 starts after it ends',
      'annotations.jsonl, line 2, annotation #3: the span 0–40 runs past the end of the text (20 characters)',
    ]);
  });

  it('reports a token whose text does not match the text at its offsets', () => {
    const content = JSON.stringify({ text, spans: [], tokens: [{ text: 'Gaza', start: 0, end: 4, id: 0 }, { text: 'ministry', start: 5, end: 13, id: 1 }] });
    const result = readSpacy({ name: file, content });
    expect(result.errors[0]).toMatchObject({ kind: 'quote_mismatch', line: 1 });
    expect(result.errors[0]!.reason).toBe('token 1 is "ministry" but the text at its offsets is "😀 minist"');
  });

  it('reports duplicate document ids, invalid JSON and a truncated file by line', () => {
    const line = JSON.stringify({ text, spans: [], meta: { documentId: 'd1' } });
    const result = readSpacy({ name: file, content: `${line}\n${line}\n{"text": "a", spans: []}\n{"text": "Gaza` });
    expect(result.errors.map((error) => [error.kind, error.line, error.documentId])).toEqual([
      ['duplicate_id', 2, 'd1'],
      ['invalid_json', 3, undefined],
      ['truncated', 4, undefined],
    ]);
  });
});
