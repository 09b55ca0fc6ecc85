/**
 * A library generated from a seed: one long article with ten thousand annotations (the one the
 * editor benchmarks open) and many ordinary articles of about 3,000 characters with nine or ten
 * annotations each, of every label, with the attributes a fact-check records.
 */
import type { LabelId } from '../../shared/labels';
import type { Annotation, AnnotationDraft, Document } from '../../shared/model';
import { describeSpan } from '../../shared/text/anchor';
import { TextIndex } from '../../shared/text/offsets';
import { annotationDrafts, articleText } from './corpus';

/** What a library holds; `documents` counts the long article too. */
export interface LibraryShape {
  documents: number;
  /** Annotations of the ordinary articles, as so many for so many articles, spread evenly. */
  density: { annotations: number; articles: number };
  long: { characters: number; annotations: number };
}

/** The full library of the issue: 10,000 documents, 100,000 annotations. */
export const fullLibrary: LibraryShape = {
  documents: 10_000,
  density: { annotations: 90_000, articles: 9_999 },
  long: { characters: 1_000_000, annotations: 10_000 },
};

/** The same kinds of documents, fewer of them. */
export function libraryOf(documents: number): LibraryShape {
  return { ...fullLibrary, documents };
}

export interface LibraryEntry {
  document: Document;
  annotations: Annotation[];
}

const ARTICLE_CHARACTERS = 3_000;
const publications = ['Reuters', 'Al Jazeera', 'TASS', 'Haaretz', 'BBC News', 'Le Monde'];
const statuses = ['new', 'in_progress', 'done', 'reviewed'] as const;
/** Every stored time of the library: the same in every run, so that runs write identical rows. */
export const LIBRARY_TIME = '2023-11-01T09:00:00.000Z';

/** The id of the `n`th document; the long article is the first. */
export function documentIdOf(n: number): string {
  return `doc-${String(n).padStart(5, '0')}`;
}

function attributesFor(label: LabelId, n: number): Annotation['attributes'] {
  switch (label) {
    case 'verified_fact':
      return { evidence: [{ citation: `Ministry statement no. ${n}`, url: `https://example.org/statements/${n}`, accessed: '2023-10-28' }] };
    case 'attributed_claim':
      return { source: 'the Ministry of Health', sourceKind: 'official', verdict: n % 3 === 0 ? 'disputed' : 'unchecked', evidence: [] };
    case 'casualty_figure':
      return { count: 100 + (n % 7000), qualifier: 'more_than', category: 'killed', population: 'civilians', source: 'the ministry', asOf: '2023-10-27', verdict: 'unchecked' };
    case 'opinion':
      return { holder: 'the author' };
  }
}

function documentOf(n: number, text: string): Document {
  return {
    id: documentIdOf(n),
    title: n === 0 ? 'A long report with ten thousand annotations' : `Dispatch ${n}: talks continue as figures are disputed`,
    text,
    publication: publications[n % publications.length]!,
    author: n % 4 === 0 ? null : `Correspondent ${n % 50}`,
    url: `https://news.example.org/${n}`,
    publishedAt: `2023-10-${String(1 + (n % 31)).padStart(2, '0')}`,
    credit: null,
    language: 'en',
    status: statuses[n % statuses.length]!,
    createdAt: LIBRARY_TIME,
    updatedAt: LIBRARY_TIME,
  };
}

/**
 * The first `count` drafts that differ in label or span: an import skips a second annotation of
 * the same label and span as a duplicate, and every benchmark must write every annotation.
 */
function distinctSpans(drafts: readonly AnnotationDraft[], count: number): AnnotationDraft[] {
  const seen = new Set<string>();
  const distinct = drafts.filter((draft) => {
    const key = `${draft.label} ${draft.start} ${draft.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (distinct.length < count) throw new Error(`only ${distinct.length} distinct spans where ${count} were wanted`);
  return distinct.slice(0, count);
}

function entryOf(n: number, characters: number, annotations: number): LibraryEntry {
  const text = articleText(n + 1, characters);
  const document = documentOf(n, text);
  const index = new TextIndex(text);
  const stored = distinctSpans(annotationDrafts(n + 1, text, Math.ceil(annotations * 1.2) + 10, document.id), annotations).map((draft, k): Annotation => ({
    ...draft,
    id: `ann-${n}-${k}`,
    attributes: attributesFor(draft.label, n + k),
    ...describeSpan(index, draft.start, draft.end),
    reviewer: k % 3 === 0 ? 'amira' : 'jonas',
    anchor: 'anchored',
    createdAt: LIBRARY_TIME,
    updatedAt: LIBRARY_TIME,
  }) as Annotation);
  return { document, annotations: stored };
}

/** The library's documents in order, each with its annotations; the same shape gives the same entries. */
export function* libraryEntries(shape: LibraryShape): Generator<LibraryEntry> {
  yield entryOf(0, shape.long.characters, shape.long.annotations);
  for (let n = 1; n < shape.documents; n++) yield entryOf(n, ARTICLE_CHARACTERS, articleAnnotationsUpTo(shape, n) - articleAnnotationsUpTo(shape, n - 1));
}

/** Annotations of the first `articles` ordinary articles: whole numbers, so that the full library holds exactly 100,000. */
function articleAnnotationsUpTo(shape: LibraryShape, articles: number): number {
  return Math.floor((articles * shape.density.annotations) / shape.density.articles);
}

/** How many annotations a library of this shape holds. */
export function annotationCount(shape: LibraryShape): number {
  return shape.long.annotations + articleAnnotationsUpTo(shape, shape.documents - 1);
}

/** What the library holds, in words. */
export function describeLibrary(shape: LibraryShape): string {
  return `${shape.documents.toLocaleString('en')} documents, ${annotationCount(shape).toLocaleString('en')} annotations`;
}
