import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkSpansAgainstText } from '../../../../shared/formats/spans';
import type { DocumentEntry } from '../../../../shared/formats/types';
import { appIri, createW3cWriter, idFromAppIri, W3C_CONTEXT } from '../../../../shared/formats/w3c';
import { readW3c } from '../../../../shared/formats/w3c-reader';
import type { Annotation } from '../../../../shared/model';
import { arbitraryEntry, runWriter, trickyEntry } from './corpus';

const file = 'annotations.jsonld';
const examples = new URL('../../../../../shared/validators/w3c-annotation-model/examples/', import.meta.url);

function exported(entries: DocumentEntry[]): string {
  return runWriter(createW3cWriter(), entries).files.get(file)!;
}

function carried(annotations: readonly Annotation[]) {
  return [...annotations]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map(({ id, label, start, end, quote, prefix, suffix, note, reviewer, createdAt, updatedAt }) => ({
      id,
      label,
      start,
      end,
      quote,
      prefix,
      suffix,
      note,
      ...(reviewer === '' ? {} : { reviewer }),
      createdAt,
      updatedAt,
    }));
}

describe('W3C Web Annotation', () => {
  it('writes one AnnotationCollection with each annotation’s quote, position and tagging body', () => {
    const entry = trickyEntry();
    const collection = JSON.parse(exported([entry])) as Record<string, any>;
    expect(collection).toMatchObject({ '@context': W3C_CONTEXT, id: 'urn:factmark:export:annotations', type: 'AnnotationCollection', total: 7 });
    expect(collection.first).toMatchObject({ type: 'AnnotationPage', startIndex: 0 });
    const claim = collection.first.items[0];
    expect(claim).toEqual({
      id: 'urn:factmark:annotation:a-claim',
      type: 'Annotation',
      motivation: 'tagging',
      creator: { type: 'Person', name: 'r.alvarez' },
      created: '2024-10-27T09:15:00.000Z',
      modified: '2024-10-28T17:40:12.000Z',
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'attributed_claim' },
        { type: 'TextualBody', purpose: 'commenting', value: entry.annotations[0]!.note, format: 'text/plain' },
      ],
      target: {
        source: 'urn:factmark:document:doc-tricky',
        selector: [
          { type: 'TextQuoteSelector', exact: entry.annotations[0]!.quote, prefix: '😀 ', suffix: entry.annotations[0]!.suffix },
          { type: 'TextPositionSelector', start: 2, end: 72 },
        ],
      },
    });
  });

  it('writes a complete collection with no annotations', () => {
    expect(JSON.parse(exported([]))).toMatchObject({ type: 'AnnotationCollection', total: 0, first: { items: [] } });
  });

  it('makes IRIs of ids and reads the ids back', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (id) => {
        expect(idFromAppIri('document', appIri('document', id))).toBe(id);
      }),
    );
    expect(idFromAppIri('annotation', 'http://example.org/anno1')).toBeUndefined();
  });

  it('reads back what it wrote, field for field, and the spans fit the documents’ text', () => {
    fc.assert(
      fc.property(fc.array(arbitraryEntry(), { maxLength: 3 }), (drafts) => {
        const entries = drafts.map((entry, n) => ({
          document: { ...entry.document, id: `d${n}` },
          annotations: entry.annotations.map((annotation) => ({ ...annotation, id: `d${n}/${annotation.id}`, documentId: `d${n}` })),
        }));
        const result = readW3c({ name: file, content: exported(entries) });
        expect(result.errors).toEqual([]);
        const withAnnotations = entries.filter((entry) => entry.annotations.length > 0);
        expect(result.documents.map((document) => document.id)).toEqual(withAnnotations.map((entry) => entry.document.id));
        result.documents.forEach((document, n) => {
          const fields = document.annotations.map(({ id, label, start, end, quote, prefix, suffix, note, reviewer, createdAt, updatedAt }) => ({
            id,
            label,
            start,
            end,
            quote,
            prefix,
            suffix,
            note,
            ...(reviewer === undefined ? {} : { reviewer }),
            createdAt,
            updatedAt,
          }));
          expect(fields).toEqual(carried(withAnnotations[n]!.annotations));
          expect(checkSpansAgainstText(file, document, withAnnotations[n]!.document.text)).toEqual([]);
        });
      }),
    );
  });

  it('imports the official example annotations without error, saying why each is left out', () => {
    const names = readdirSync(examples).filter((name) => name.endsWith('.json'));
    expect(names).toHaveLength(41);
    for (const name of names) {
      const result = readW3c({ name, content: readFileSync(new URL(name, examples), 'utf8') });
      expect(result.errors, name).toEqual([]);
      expect(result.documents, name).toEqual([]);
      expect(result.notices, name).toHaveLength(1);
      expect(result.notices[0]!.message).toMatch(new RegExp(`^${name}, line 1, annotation http://example\\.org/anno\\d+: left out: `, 'u'));
    }
    const quoteOnly = readW3c({ name: 'anno26.json', content: readFileSync(new URL('anno26.json', examples), 'utf8') });
    expect(quoteOnly.notices[0]!.reason).toBe('left out: it has a TextQuoteSelector without a TextPositionSelector, so its offsets are unknown');
  });

  it('imports an annotation from another client with quote, position, tag and comment', () => {
    const annotation = {
      '@context': W3C_CONTEXT,
      id: 'http://example.org/anno-gaza',
      type: 'Annotation',
      motivation: 'commenting',
      creator: { id: 'http://example.org/user1', type: 'Person', nickname: 'checker' },
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'Casualty figure' },
        { type: 'TextualBody', value: 'Ministry figure' },
        { type: 'TextualBody', purpose: 'tagging', value: 'war' },
      ],
      target: {
        source: 'http://example.org/article',
        selector: [
          { type: 'RangeSelector', startSelector: { type: 'XPathSelector', value: '/p[1]' }, endSelector: { type: 'XPathSelector', value: '/p[1]' } },
          { type: 'TextPositionSelector', start: 4, end: 9 },
          { type: 'TextQuoteSelector', exact: '6,500', prefix: 'ab 😀', suffix: ' dead' },
        ],
      },
    };
    const result = readW3c({ name: 'hypothesis.json', content: JSON.stringify(annotation, null, 2) });
    expect(result.errors).toEqual([]);
    expect(result.documents).toEqual([
      {
        id: 'http://example.org/article',
        annotations: [
          {
            id: 'http://example.org/anno-gaza',
            label: 'casualty_figure',
            start: 4,
            end: 9,
            quote: '6,500',
            prefix: 'ab 😀',
            suffix: ' dead',
            note: 'Ministry figure',
            reviewer: 'checker',
            line: 1,
          },
        ],
      },
    ]);
    expect(result.notices.map((notice) => notice.reason)).toEqual(['the tag "war" is not a label; left out']);
  });
});

describe('W3C Web Annotation errors', () => {
  function annotation(id: string, start: number, end: number, exact: string, tag: string) {
    return {
      id: `urn:factmark:annotation:${id}`,
      type: 'Annotation',
      body: { type: 'TextualBody', purpose: 'tagging', value: tag },
      target: {
        source: 'urn:factmark:document:d1',
        selector: [
          { type: 'TextQuoteSelector', exact },
          { type: 'TextPositionSelector', start, end },
        ],
      },
    };
  }

  it('reports bad annotations with the file, the line each starts on and its id', () => {
    const page = {
      '@context': W3C_CONTEXT,
      type: 'AnnotationPage',
      items: [annotation('a1', 0, 4, 'Gaza', 'rumour'), annotation('a2', 9, 3, 'x', 'opinion'), annotation('a3', 0, 4, 'Gaz😀a', 'opinion'), annotation('a3', 0, 4, 'Gaza', 'opinion')],
    };
    const result = readW3c({ name: file, content: JSON.stringify(page, null, 1) });
    expect(result.errors.map((error) => error.message)).toEqual([
      'annotations.jsonld, line 5, annotation a1: the tag "rumour" is not one of the labels',
      'annotations.jsonld, line 28, annotation a2: the span 9–3 starts after it ends',
      'annotations.jsonld, line 51, annotation a3: the quote "Gaz😀a" does not have the 4 characters of the span 0–4',
      'annotations.jsonld, line 74, annotation a3: the annotation id "a3" is used again (earlier in the file)',
    ]);
  });

  it('checks spans against the document text once the caller has it', () => {
    const result = readW3c({ name: file, content: JSON.stringify([annotation('a1', 0, 4, 'Gaza', 'opinion'), annotation('a2', 5, 90, undefined as never, 'opinion')]) });
    expect(result.errors).toEqual([]);
    const errors = checkSpansAgainstText(file, result.documents[0]!, 'Gazz 😀 ministry');
    expect(errors.map((error) => error.message)).toEqual([
      'annotations.jsonld, line 1, annotation a1, document d1: the quote "Gaza" does not match the text at 0–4, which is "Gazz"',
      'annotations.jsonld, line 1, annotation a2, document d1: the span 5–90 runs past the end of the text (15 characters)',
    ]);
  });

  it('reports a truncated file and invalid JSON with their lines', () => {
    const content = exported([trickyEntry()]);
    expect(readW3c({ name: file, content: content.slice(0, 900) }).errors).toMatchObject([{ kind: 'truncated', line: 2 }]);
    expect(readW3c({ name: file, content: '{\n"type": "Annotation",\n"target": [1 2]\n}' }).errors[0]!.message).toBe(
      'annotations.jsonld, line 3: not valid JSON: a comma is missing at column 14',
    );
  });

  it('reports a collection whose pages are links, not embedded', () => {
    const content = JSON.stringify({ '@context': W3C_CONTEXT, id: 'http://example.org/c1', type: 'AnnotationCollection', total: 3, first: 'http://example.org/page1' });
    expect(readW3c({ name: file, content }).errors[0]!.reason).toBe("the collection's pages are not in the file (first is a link, not an embedded AnnotationPage)");
  });
});
