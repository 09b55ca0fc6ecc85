/** Documents and annotations for the format tests, and a way to run a writer over them. */
import fc from 'fast-check';
import { attributeSchemas, casualtyCategories, qualifiers, sourceKinds, verdicts } from '../../../../shared/attributes';
import { labelIds } from '../../../../shared/labels';
import type { LabelId } from '../../../../shared/labels';
import { confidences } from '../../../../shared/model';
import type { Annotation, Document } from '../../../../shared/model';
import { describeSpan } from '../../../../shared/text/anchor';
import { TextIndex } from '../../../../shared/text/offsets';
import type { DocumentEntry, FormatNotice, FormatWriter } from '../../../../shared/formats/types';
import { articleText } from '../../../fixtures/arbitraries';

const created = '2024-10-27T09:15:00.000Z';
const updated = '2024-10-28T17:40:12.000Z';

export function makeDocument(id: string, text: string, title = 'Hamas delegation visits Moscow'): Document {
  return {
    id,
    text,
    title,
    publication: 'Agency wire',
    author: null,
    url: 'https://news.example.org/article',
    publishedAt: '2023-10-26',
    credit: null,
    language: 'en',
    status: 'in_progress',
    createdAt: created,
    updatedAt: updated,
  };
}

type AnnotationFields = Pick<Annotation, 'id' | 'label' | 'start' | 'end'> &
  Partial<Pick<Annotation, 'note' | 'confidence' | 'reviewer' | 'anchor'>> & { attributes?: Record<string, unknown> };

/** An annotation of a document as the store keeps it: quote and context taken from the text. */
export function makeAnnotation(document: Document, fields: AnnotationFields): Annotation {
  const { attributes, ...rest } = fields;
  return {
    documentId: document.id,
    note: '',
    confidence: null,
    reviewer: 'r.alvarez',
    anchor: 'anchored',
    createdAt: created,
    updatedAt: updated,
    ...describeSpan(new TextIndex(document.text), fields.start, fields.end),
    ...rest,
    attributes: attributeSchemas[fields.label].parse(attributes ?? {}),
  } as Annotation;
}

/** Code-point offsets of the first occurrence of `quote` in `text`. */
export function spanOf(text: string, quote: string, from = 0): { start: number; end: number } {
  const utf16 = text.indexOf(quote, from);
  if (utf16 < 0) throw new Error(`${quote} is not in the text`);
  const index = new TextIndex(text);
  return { start: index.toCodePoint(utf16), end: index.toCodePoint(utf16 + quote.length) };
}

/**
 * A document with everything that breaks offset code: an emoji before the spans, a mathematical
 * letter and an emoji inside them, Arabic and Hebrew, a combining accent and a paragraph break, and
 * spans that overlap and nest.
 */
export function trickyEntry(id = 'doc-tricky'): DocumentEntry {
  const text = [
    '😀 Palestinian authorities say more than 6,500 people have been killed 🕊️ in Gaza.',
    'The ministry (وزارة الصحة) called the 𝑚𝑎𝑡ℎ "wrong"; שלום, said the café owner e\u0301.',
    'A truly shameful response, critics wrote 👩‍👩‍👧.',
  ].join('\n');
  const document = makeDocument(id, text);
  const claim = spanOf(text, 'Palestinian authorities say more than 6,500 people have been killed 🕊️');
  const figure = spanOf(text, 'more than 6,500 people');
  const math = spanOf(text, 'the 𝑚𝑎𝑡ℎ "wrong"');
  const rtl = spanOf(text, 'وزارة الصحة');
  const accent = spanOf(text, 'café owner e\u0301');
  const opinion = spanOf(text, 'A truly shameful response, critics wrote 👩‍👩‍👧');
  const acrossParagraphs = spanOf(text, 'in Gaza.\nThe ministry');
  return {
    document,
    annotations: [
      makeAnnotation(document, {
        id: 'a-claim',
        label: 'attributed_claim',
        ...claim,
        note: 'Figure from the Gaza health ministry.\nNot independently verified.\tSee \\ notes.',
        confidence: 'high',
        attributes: {
          source: 'Palestinian authorities',
          sourceKind: 'official',
          verdict: 'unverifiable',
          evidence: [{ citation: 'Ministry statement, 26 Oct', url: 'https://example.org/statement', accessed: '2023-10-27' }],
        },
      }),
      makeAnnotation(document, {
        id: 'a-figure',
        label: 'casualty_figure',
        ...figure,
        attributes: { count: 6500, qualifier: 'more_than', category: 'killed', population: 'people in Gaza', asOf: '2023-10-26' },
      }),
      makeAnnotation(document, { id: 'a-math', label: 'verified_fact', ...math, note: '', confidence: 'low' }),
      makeAnnotation(document, { id: 'a-rtl', label: 'attributed_claim', ...rtl, note: 'Arabic name of the ministry' }),
      makeAnnotation(document, { id: 'a-accent', label: 'opinion', ...accent, attributes: { holder: 'café owner' } }),
      makeAnnotation(document, { id: 'a-opinion', label: 'opinion', ...opinion, confidence: 'medium', attributes: { holder: 'critics' } }),
      makeAnnotation(document, { id: 'a-across', label: 'verified_fact', ...acrossParagraphs, reviewer: '' }),
    ],
  };
}

/** Runs a writer over documents: the text of each file it wrote, and its notices. */
export function runWriter(writer: FormatWriter, entries: readonly DocumentEntry[]): { files: Map<string, string>; notices: FormatNotice[] } {
  const files = new Map<string, string>();
  const notices: FormatNotice[] = [];
  const append = (parts: readonly { file: string; text: string }[]) => {
    for (const { file, text } of parts) files.set(file, (files.get(file) ?? '') + text);
  };
  append(writer.begin());
  for (const entry of entries) {
    const output = writer.write(entry);
    append(output.parts);
    notices.push(...output.notices);
  }
  append(writer.end());
  return { files, notices };
}

const words = fc.constantFrom('Gaza', 'ministry', '6,500', 'said', 'وزارة', 'שלום', '😀', '𝑚𝑎𝑡ℎ', 'e\u0301', '"quoted"', 'a\\b', '');

const attributesFor: Record<LabelId, fc.Arbitrary<Record<string, unknown>>> = {
  verified_fact: fc.record({
    evidence: fc.array(fc.record({ citation: fc.constantFrom('Ministry statement', 'UN OCHA report 😀') }, { requiredKeys: ['citation'] }), { maxLength: 2 }),
  }),
  attributed_claim: fc.record(
    { source: words, sourceKind: fc.constantFrom(...sourceKinds), verdict: fc.constantFrom(...verdicts) },
    { requiredKeys: [] },
  ),
  casualty_figure: fc.oneof(
    fc.record({ count: fc.nat(100_000), qualifier: fc.constantFrom(...qualifiers), category: fc.constantFrom(...casualtyCategories) }, { requiredKeys: ['count'] }),
    fc.record({ min: fc.nat(10), max: fc.integer({ min: 10, max: 500 }), population: words }, { requiredKeys: ['min', 'max'] }),
  ),
  opinion: fc.record({ holder: words }, { requiredKeys: [] }),
};

/** Random documents of tricky text with random, often overlapping, annotations of every label. */
export function arbitraryEntry(id = 'doc-random'): fc.Arbitrary<DocumentEntry> {
  return articleText(80).chain((text) => {
    const length = Array.from(text).length;
    const annotation = fc
      .record({
        a: fc.nat(length),
        b: fc.nat(length),
        label: fc.constantFrom(...labelIds),
        note: fc.oneof(fc.constant(''), fc.constantFrom('Check the figure.\nTwice.', 'tab\there', 'back\\slash', 'שלום 😀')),
        confidence: fc.constantFrom(null, ...confidences),
        reviewer: fc.constantFrom('', 'r.alvarez', 'Ayşe Yılmaz'),
      })
      .chain((fields) => attributesFor[fields.label].map((attributes) => ({ ...fields, attributes })));
    return fc.array(annotation, { maxLength: 6 }).map((drafts) => {
      const document = makeDocument(id, text);
      const annotations = drafts.map(({ a, b, ...fields }, n) =>
        makeAnnotation(document, { ...fields, id: `ann-${n}`, start: Math.min(a, b), end: Math.max(a, b) }),
      );
      return { document, annotations };
    });
  });
}
