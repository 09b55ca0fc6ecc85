import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createNativeJsonlWriter, readNativeJsonl } from '../../../../shared/formats/jsonl';
import { arbitraryEntry, makeAnnotation, makeDocument, runWriter, trickyEntry } from './corpus';

const file = 'corpus.jsonl';

function written(entries = [trickyEntry()]): string {
  return runWriter(createNativeJsonlWriter({ name: 'corpus' }), entries).files.get(file)!;
}

function lines(content: string): Record<string, unknown>[] {
  return content
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('native JSONL', () => {
  it('reads back every document and annotation field for field', () => {
    const entries = [trickyEntry('d1'), { document: makeDocument('d2', 'No annotations here.'), annotations: [] }];
    const result = readNativeJsonl({ name: file, content: written(entries) });
    expect(result.errors).toEqual([]);
    expect(result.documents.map((document) => document.record)).toEqual(entries.map((entry) => entry.document));
    expect(result.documents.map((document) => document.annotations.map((annotation) => annotation.record))).toEqual(
      entries.map((entry) => entry.annotations),
    );
    expect(result.documents[0]!.annotations[0]).toMatchObject({ id: 'a-claim', line: 1, quote: entries[0]!.annotations[0]!.quote });
  });

  it('round-trips random documents with astral, right-to-left and combining characters', () => {
    fc.assert(
      fc.property(fc.array(arbitraryEntry(), { minLength: 1, maxLength: 3 }), (drafts) => {
        const entries = drafts.map((entry, n) => ({
          document: { ...entry.document, id: `d${n}` },
          annotations: entry.annotations.map((annotation) => ({ ...annotation, id: `d${n}-${annotation.id}`, documentId: `d${n}` })),
        }));
        const result = readNativeJsonl({ name: file, content: written(entries) });
        expect(result.errors).toEqual([]);
        expect(result.documents.map((document) => document.record)).toEqual(entries.map((entry) => entry.document));
        expect(result.documents.flatMap((document) => document.annotations.map((annotation) => annotation.record))).toEqual(
          entries.flatMap((entry) => entry.annotations),
        );
      }),
    );
  });

  it('writes only the chosen labels', () => {
    const content = runWriter(createNativeJsonlWriter({ labels: ['opinion'] }), [trickyEntry()]).files.get('annotations.jsonl')!;
    const [line] = lines(content);
    expect((line!.annotations as { label: string }[]).map((annotation) => annotation.label)).toEqual(['opinion', 'opinion']);
  });

  it('keeps an orphaned annotation whose text is gone, without checking its quote', () => {
    const entry = trickyEntry();
    const orphan = { ...entry.annotations[0]!, id: 'orphan', anchor: 'orphaned' as const, start: 500, end: 520, quote: 'a sentence since removed' };
    const result = readNativeJsonl({ name: file, content: written([{ ...entry, annotations: [orphan] }]) });
    expect(result.errors).toEqual([]);
    expect(result.documents[0]!.annotations[0]!.record).toEqual(orphan);
  });

  it('accepts a label written by name in any case', () => {
    const [line] = lines(written());
    (line!.annotations as Record<string, unknown>[])[0]!.label = 'ATTRIBUTED CLAIM';
    const result = readNativeJsonl({ name: file, content: `${JSON.stringify(line)}\n` });
    expect(result.errors).toEqual([]);
    expect(result.documents[0]!.annotations[0]!.label).toBe('attributed_claim');
  });
});

describe('native JSONL errors', () => {
  function withAnnotationChange(change: (annotation: Record<string, unknown>) => void, id = 'a-figure') {
    const [line] = lines(written());
    change((line!.annotations as Record<string, unknown>[]).find((annotation) => annotation.id === id)!);
    return readNativeJsonl({ name: file, content: `\n${JSON.stringify(line)}\n` });
  }

  it('names the file, line and annotation of an offset past the end of the text', () => {
    const result = withAnnotationChange((annotation) => {
      annotation.end = 9999;
    });
    expect(result.errors.map((error) => error.kind)).toEqual(['offset_out_of_range']);
    expect(result.errors[0]!.message).toMatch(/^corpus\.jsonl, line 2, annotation a-figure, document doc-tricky: the span \d+–9999 runs past the end/);
  });

  it('reports a span that starts after it ends', () => {
    const result = withAnnotationChange((annotation) => {
      annotation.start = 40;
      annotation.end = 30;
    });
    expect(result.errors[0]).toMatchObject({ kind: 'start_after_end', line: 2, annotation: 'a-figure' });
    expect(result.errors[0]!.message).toContain('the span 40–30 starts after it ends');
  });

  it('reports a quote that does not match the text at its offsets', () => {
    const result = withAnnotationChange((annotation) => {
      annotation.quote = 'fewer than 6,500 people';
    });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ kind: 'quote_mismatch', line: 2, annotation: 'a-figure' });
    expect(result.errors[0]!.message).toContain('"fewer than 6,500 people" does not match the text at');
  });

  it('reports an unknown label', () => {
    const result = withAnnotationChange((annotation) => {
      annotation.label = 'rumour';
    });
    expect(result.errors[0]).toMatchObject({ kind: 'unknown_label', line: 2, annotation: 'a-figure' });
    expect(result.errors[0]!.message).toContain('the label "rumour" is not one of the labels');
  });

  it('reports an attribute that breaks its label’s rules, naming the field', () => {
    const result = withAnnotationChange((annotation) => {
      annotation.attributes = { count: -3 };
    });
    expect(result.errors[0]).toMatchObject({ kind: 'invalid_record', annotation: 'a-figure' });
    expect(result.errors[0]!.reason).toMatch(/^field attributes\.count: /);
  });

  it('reports duplicate annotation and document ids with the line of the first', () => {
    const [line] = lines(written());
    const content = `${JSON.stringify(line)}\n${JSON.stringify(line)}\n`;
    const result = readNativeJsonl({ name: file, content });
    expect(result.errors.map((error) => error.kind)).toEqual(Array(8).fill('duplicate_id'));
    expect(result.errors[0]!.message).toBe('corpus.jsonl, line 2, document doc-tricky: the document id "doc-tricky" is used again (first on line 1)');
    expect(result.errors[1]!.message).toContain('line 2, annotation a-claim');
  });

  it('reports a truncated last line', () => {
    const content = written([trickyEntry('d1'), trickyEntry('d2')]);
    const result = readNativeJsonl({ name: file, content: content.slice(0, content.length - 200) });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ kind: 'truncated', line: 2 });
    expect(result.errors[0]!.message).toMatch(/^corpus\.jsonl, line 2: the file ends in the middle of a JSON value .*truncated/);
    expect(result.documents.map((document) => document.id)).toEqual(['d1']);
  });

  it('reports a record cut short in the middle of the file as invalid, not as a truncated file', () => {
    const [line] = written([trickyEntry('d1'), trickyEntry('d2')]).split('\n');
    const result = readNativeJsonl({ name: file, content: `${line!.slice(0, 100)}\n${line}\n` });
    expect(result.errors.map((error) => error.message)).toEqual(['corpus.jsonl, line 1: not valid JSON: the line ends in the middle of a value (a string is not closed)']);
  });

  it('reports invalid JSON on a line with its column, and goes on to find later errors', () => {
    const [line] = lines(written());
    const content = `{"formatVersion": 1, "document": }\n${JSON.stringify({ ...line, annotations: [{ ...(line!.annotations as object[])[0], label: 'x' }] })}\n`;
    const result = readNativeJsonl({ name: file, content });
    expect(result.errors.map((error) => [error.kind, error.line])).toEqual([
      ['invalid_json', 1],
      ['unknown_label', 2],
    ]);
    expect(result.errors[0]!.reason).toBe('not valid JSON: a value is missing at column 34');
  });

  it('refuses a line from a newer format version', () => {
    const result = readNativeJsonl({ name: file, content: '{"formatVersion": 2, "document": {}, "annotations": []}\n' });
    expect(result.errors[0]!.message).toBe('corpus.jsonl, line 1: format version 2 is not 1, the one this version reads');
  });

  it('reports an annotation that names another document', () => {
    const result = withAnnotationChange((annotation) => {
      annotation.documentId = 'elsewhere';
    });
    expect(result.errors[0]!.reason).toBe('the annotation names document elsewhere, not the document on its line');
  });

  it('lists at most a hundred errors and counts the rest', () => {
    const entry = trickyEntry();
    const many = Array.from({ length: 150 }, (_, n) => makeAnnotation(entry.document, { id: `bad-${n}`, label: 'opinion', start: 1, end: 2 }));
    const [line] = lines(written([{ ...entry, annotations: many }]));
    for (const annotation of line!.annotations as Record<string, unknown>[]) annotation.label = 'unknown';
    const result = readNativeJsonl({ name: file, content: JSON.stringify(line) });
    expect(result.errors).toHaveLength(101);
    expect(result.errors[100]!.message).toBe('corpus.jsonl: 50 more errors not listed');
  });
});
