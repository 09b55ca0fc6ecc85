/**
 * The report of one annotated article, as data: what it is and who reviewed it, the counts, what
 * needs attention, the text cut into highlighted runs with numbered notes, one table per label and
 * the label definitions. Every renderer (HTML, Markdown, ClaimReview) works from this model alone.
 */
import { verdicts } from '../attributes';
import type { CasualtyCategory, Evidence, Qualifier, SourceKind, Verdict } from '../attributes';
import { labelIds, labelList } from '../labels';
import type { LabelDefinition, LabelId } from '../labels';
import type { Annotation, AnchorState, Document, LabelCounts } from '../model';
import { TextIndex } from '../text/offsets';
import { assignLevels, cutIntoParagraphs } from './segments';
import type { ReportParagraph } from './segments';

export type { ReportParagraph, ReportSegment } from './segments';

export interface ReportOptions {
  /** When the report is made: an ISO 8601 timestamp. */
  generatedAt: string;
  /** Who reviewed the article; by default everyone who made its annotations, in the order they first did. */
  reviewers?: readonly string[];
}

export interface ReportMetadata {
  documentId: string;
  title: string;
  publication: string | null;
  author: string | null;
  credit: string | null;
  publishedAt: string | null;
  url: string | null;
  language: string | null;
  reviewers: readonly string[];
  /** When the article's annotations were last changed: the end of the review so far; null without any. */
  lastReviewedAt: string | null;
  generatedAt: string;
}

/** One annotation, numbered. Notes in the text come first, in text order (outer spans before inner ones). */
export interface ReportNote {
  number: number;
  annotation: Annotation;
  /** The text it marks: taken from the document when it is found there, else the quote it kept. */
  quote: string;
  /** False when its text is no longer in the document (orphaned): listed, but not highlighted. */
  placed: boolean;
  /** Its underline track in the text (0 for notes not placed). */
  level: number;
}

/** What every table row has: the note it refers to and the text it marks. */
export interface ReportRow {
  note: number;
  annotationId: string;
  quote: string;
  placed: boolean;
}

export interface ClaimRow extends ReportRow {
  source: string | null;
  sourceKind: SourceKind | null;
  verdict: Verdict;
  evidence: readonly Evidence[];
  reviewer: string;
}

export interface FigureRow extends ReportRow {
  count: number | null;
  min: number | null;
  max: number | null;
  qualifier: Qualifier | null;
  category: CasualtyCategory | null;
  population: string | null;
  source: string | null;
  asOf: string | null;
  verdict: Verdict;
}

export interface FactRow extends ReportRow {
  evidence: readonly Evidence[];
}

export interface OpinionRow extends ReportRow {
  holder: string | null;
}

export interface ReportTables {
  claims: readonly ClaimRow[];
  figures: readonly FigureRow[];
  facts: readonly FactRow[];
  opinions: readonly OpinionRow[];
}

/** Note numbers of the annotations that need a look before the report goes out. */
export interface ReportAttention {
  factsWithoutEvidence: readonly number[];
  uncheckedClaims: readonly number[];
  uncheckedFigures: readonly number[];
  /** Found again only approximately after the text changed: a reviewer should confirm them. */
  approximate: readonly number[];
  /** Their text is no longer in the article. */
  orphaned: readonly number[];
}

export interface ReportModel {
  metadata: ReportMetadata;
  labelCounts: LabelCounts;
  /** Attributed claims by verdict. */
  claimVerdicts: Readonly<Record<Verdict, number>>;
  attention: ReportAttention;
  paragraphs: readonly ReportParagraph[];
  notes: readonly ReportNote[];
  tables: ReportTables;
  /** The labels the report uses, with their definitions, for the methods section. */
  methods: readonly LabelDefinition[];
}

/** A text attribute as the report shows it: blank means not given. */
function given(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

function isPlaced(annotation: Annotation, length: number): boolean {
  return annotation.anchor !== 'orphaned' && annotation.start <= annotation.end && annotation.end <= length;
}

/** Annotations numbered: those in the text by position (outer first), then the orphaned ones. */
function numberNotes(annotations: readonly Annotation[], index: TextIndex): ReportNote[] {
  const length = index.codePointLength;
  const byPosition = (a: Annotation, b: Annotation) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const placed = annotations.filter((a) => isPlaced(a, length)).sort(byPosition);
  const orphaned = annotations.filter((a) => !isPlaced(a, length)).sort(byPosition);
  const levels = assignLevels(placed);
  return [
    ...placed.map((annotation, i) => ({ number: i + 1, annotation, quote: index.slice(annotation.start, annotation.end), placed: true, level: levels[i]! })),
    ...orphaned.map((annotation, i) => ({ number: placed.length + i + 1, annotation, quote: annotation.quote, placed: false, level: 0 })),
  ];
}

function rowOf(note: ReportNote): ReportRow {
  return { note: note.number, annotationId: note.annotation.id, quote: note.quote, placed: note.placed };
}

function buildTables(notes: readonly ReportNote[]): ReportTables {
  const claims: ClaimRow[] = [];
  const figures: FigureRow[] = [];
  const facts: FactRow[] = [];
  const opinions: OpinionRow[] = [];
  for (const note of notes) {
    const { annotation } = note;
    switch (annotation.label) {
      case 'attributed_claim': {
        const { source, sourceKind, verdict, evidence } = annotation.attributes;
        claims.push({ ...rowOf(note), source: given(source), sourceKind: sourceKind ?? null, verdict, evidence, reviewer: annotation.reviewer });
        break;
      }
      case 'casualty_figure': {
        const figure = annotation.attributes;
        figures.push({
          ...rowOf(note),
          count: figure.count ?? null,
          min: figure.min ?? null,
          max: figure.max ?? null,
          qualifier: figure.qualifier ?? null,
          category: figure.category ?? null,
          population: given(figure.population),
          source: given(figure.source),
          asOf: figure.asOf ?? null,
          verdict: figure.verdict,
        });
        break;
      }
      case 'verified_fact':
        facts.push({ ...rowOf(note), evidence: annotation.attributes.evidence });
        break;
      case 'opinion':
        opinions.push({ ...rowOf(note), holder: given(annotation.attributes.holder) });
        break;
    }
  }
  return { claims, figures, facts, opinions };
}

function notesWhere(notes: readonly ReportNote[], test: (annotation: Annotation, note: ReportNote) => boolean): number[] {
  return notes.filter((note) => test(note.annotation, note)).map((note) => note.number);
}

function findAttention(notes: readonly ReportNote[]): ReportAttention {
  const anchorIs = (state: AnchorState) => (annotation: Annotation, note: ReportNote) => note.placed && annotation.anchor === state;
  return {
    factsWithoutEvidence: notesWhere(notes, (a) => a.label === 'verified_fact' && a.attributes.evidence.length === 0),
    uncheckedClaims: notesWhere(notes, (a) => a.label === 'attributed_claim' && a.attributes.verdict === 'unchecked'),
    uncheckedFigures: notesWhere(notes, (a) => a.label === 'casualty_figure' && a.attributes.verdict === 'unchecked'),
    approximate: notesWhere(notes, anchorIs('fuzzy')),
    orphaned: notesWhere(notes, (_, note) => !note.placed),
  };
}

function countLabels(annotations: readonly Annotation[]): LabelCounts {
  const counts = Object.fromEntries(labelIds.map((id) => [id, 0])) as Record<LabelId, number>;
  for (const annotation of annotations) counts[annotation.label]++;
  return counts;
}

function countVerdicts(claims: readonly ClaimRow[]): Record<Verdict, number> {
  const counts = Object.fromEntries(verdicts.map((verdict) => [verdict, 0])) as Record<Verdict, number>;
  for (const claim of claims) counts[claim.verdict]++;
  return counts;
}

/** Everyone who made an annotation, in the order they first did. */
function annotators(annotations: readonly Annotation[]): string[] {
  const ordered = [...annotations].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  return [...new Set(ordered.map((a) => a.reviewer.trim()).filter((name) => name !== ''))];
}

/** The latest time any of the annotations was changed (ISO timestamps sort as text). */
function latestChange(annotations: readonly Annotation[]): string | null {
  let latest: string | null = null;
  for (const annotation of annotations) if (latest === null || annotation.updatedAt > latest) latest = annotation.updatedAt;
  return latest;
}

/**
 * The report of a document and its annotations. Annotations whose text cannot be found in the
 * document (orphaned, or with offsets beyond its end) are numbered after the others, kept in the
 * tables and counts, and listed as needing attention, never dropped.
 */
export function buildReport(document: Document, annotations: readonly Annotation[], options: ReportOptions): ReportModel {
  const index = new TextIndex(document.text);
  const notes = numberNotes(annotations, index);
  const spans = notes
    .filter((note) => note.placed)
    .map((note) => ({ note: note.number, start: note.annotation.start, end: note.annotation.end, level: note.level }));
  const tables = buildTables(notes);
  return {
    metadata: {
      documentId: document.id,
      title: document.title,
      publication: given(document.publication ?? undefined),
      author: given(document.author ?? undefined),
      credit: given(document.credit ?? undefined),
      publishedAt: document.publishedAt,
      url: given(document.url ?? undefined),
      language: given(document.language ?? undefined),
      reviewers: options.reviewers ? [...options.reviewers] : annotators(annotations),
      lastReviewedAt: latestChange(annotations),
      generatedAt: options.generatedAt,
    },
    labelCounts: countLabels(annotations),
    claimVerdicts: countVerdicts(tables.claims),
    attention: findAttention(notes),
    paragraphs: cutIntoParagraphs(index, spans),
    notes,
    tables,
    methods: labelList,
  };
}
