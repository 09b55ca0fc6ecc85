import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDoccanoWriter, readDoccano } from '../../../../shared/formats/doccano';
import type { DocumentEntry } from '../../../../shared/formats/types';
import { TextIndex } from '../../../../shared/text/offsets';
import { arbitraryEntry, makeAnnotation, runWriter, trickyEntry } from './corpus';

const file = 'annotations.jsonl';

function written(entries: DocumentEntry[]): string {
  return runWriter(createDoccanoWriter(), entries).files.get(file) ?? '';
}

/** What doccano carries of an annotation: label, offsets and, from the text, the quote. */
function spans(entry: DocumentEntry) {
  const index = new TextIndex(entry.document.text);
  return entry.annotations
    .map(({ label, start, end }) => ({ label, start, end, quote: index.slice(start, end) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

describe('doccano JSONL', () => {
  it('writes the text and [start, end, label] spans in code points', () => {
    const entry = trickyEntry();
    const line = JSON.parse(written([entry])) as { id: string; text: string; label: [number, number, string][] };
    expect(line.id).toBe('doc-tricky');
    expect(line.text).toBe(entry.document.text);
    const figure = entry.annotations.find((annotation) => annotation.id === 'a-figure')!;
    expect(line.label).toContainEqual([figure.start, figure.end, 'casualty_figure']);
    expect(Array.from(line.text).slice(figure.start, figure.end).join('')).toBe('more than 6,500 people');
  });

  it('reads back what it wrote, field for field', () => {
    fc.assert(
      fc.property(fc.array(arbitraryEntry(), { maxLength: 3 }), (drafts) => {
        const entries = drafts.map((entry, n) => ({ ...entry, document: { ...entry.document, id: `d${n}` } }));
        const result = readDoccano({ name: file, content: written(entries) });
        expect(result.errors).toEqual([]);
        expect(result.documents.map(({ id, text }) => ({ id, text }))).toEqual(entries.map(({ document: { id, text } }) => ({ id, text })));
        expect(result.documents.map((document) => document.annotations.map(({ label, start, end, quote }) => ({ label, start, end, quote })))).toEqual(
          entries.map(spans),
        );
      }),
    );
  });

  it('leaves out an orphaned annotation with a notice', () => {
    const entry = trickyEntry();
    const orphan = makeAnnotation(entry.document, { id: 'gone', label: 'opinion', start: 0, end: 3, anchor: 'orphaned' });
    const { notices } = runWriter(createDoccanoWriter(), [{ ...entry, annotations: [orphan] }]);
    expect(notices.map((notice) => notice.message)).toEqual([
      'annotations.jsonl, annotation gone, document doc-tricky: left out: its text was not found in the current version of the document',
    ]);
  });

  it('reads doccano’s entities form and labels by name', () => {
    const content = JSON.stringify({ id: 7, text: 'Gaza 😀 ministry', entities: [{ id: 1, label: 'Verified Fact', start_offset: 7, end_offset: 15 }] });
    const result = readDoccano({ name: 'export.jsonl', content });
    expect(result.errors).toEqual([]);
    expect(result.documents[0]).toMatchObject({ id: '7', annotations: [{ label: 'verified_fact', start: 7, end: 15, quote: 'ministry' }] });
  });
});

describe('doccano JSONL errors', () => {
  const text = 'Palestinian authorities say 6,500 people were killed.';

  it('reports every bad span of a line, naming the file, line and span', () => {
    const content = [
      JSON.stringify({ id: 'd1', text, label: [[0, 11, 'verified_fact']] }),
      JSON.stringify({ id: 'd2', text, label: [[0, 11, 'rumour'], [40, 30, 'opinion'], [28, 999, 'casualty_figure']] }),
    ].join('\n');
    const result = readDoccano({ name: file, content });
    expect(result.errors.map((error) => error.message)).toEqual([
      'annotations.jsonl, line 2, annotation #1, document d2: the label "rumour" is not one of the labels',
      'annotations.jsonl, line 2, annotation #2, document d2: the span 40–30 starts after it ends',
      'annotations.jsonl, line 2, annotation #3, document d2: the span 28–999 runs past the end of the text (53 characters)',
    ]);
  });

  it('reports a duplicate document id', () => {
    const line = JSON.stringify({ id: 'd1', text, label: [] });
    const result = readDoccano({ name: file, content: `${line}\n${line}\n` });
    expect(result.errors[0]!.message).toBe('annotations.jsonl, line 2, document d1: the document id "d1" is used again (first on line 1)');
  });

  it('reports a truncated file and invalid JSON by line', () => {
    const good = JSON.stringify({ id: 'd1', text, label: [] });
    const result = readDoccano({ name: file, content: `${good}\n{"id": "d2" "text": ""}\n${good.slice(0, 30)}` });
    expect(result.errors.map((error) => [error.kind, error.line])).toEqual([
      ['invalid_json', 2],
      ['truncated', 3],
    ]);
    expect(result.errors[0]!.reason).toBe('not valid JSON: a comma is missing at column 13');
  });

  it('reports a span that is not [start, end, label]', () => {
    const result = readDoccano({ name: file, content: JSON.stringify({ text, label: [['positive']] }) });
    expect(result.errors[0]!.message).toBe('annotations.jsonl, line 1: ["positive"] is not a span [start, end, "label"]');
  });
});
