/**
 * Character, word and sentence boundaries of a document's text, for snapping a selection to whole
 * words and extending it by word or sentence from the keyboard. Offsets are code points.
 *
 * Boundaries follow Unicode text segmentation (UAX #29) through Intl.Segmenter, so a boundary never
 * falls inside an emoji sequence, between a letter and its combining marks, or inside a number such
 * as "6,500"; right-to-left text is segmented in logical order like any other. Words and sentences
 * never cross a paragraph break, so only the paragraph around an offset is segmented.
 */
import type { TextIndex } from './offsets';

/** A span of the document text between two code-point offsets. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A fixed locale keeps boundaries the same on every machine; the UAX #29 rules barely vary by language. */
const SEGMENTATION_LOCALE = 'en';
const segmenters = {
  grapheme: new Intl.Segmenter(SEGMENTATION_LOCALE, { granularity: 'grapheme' }),
  word: new Intl.Segmenter(SEGMENTATION_LOCALE, { granularity: 'word' }),
  sentence: new Intl.Segmenter(SEGMENTATION_LOCALE, { granularity: 'sentence' }),
};
type Granularity = keyof typeof segmenters;

/** Whitespace and invisible format marks (such as the right-to-left mark) that a span should not start or end with. */
const BLANK = /^[\s\p{Cf}]*$/u;

interface Paragraph {
  /** UTF-16 index of the paragraph's first character in the document. */
  utf16Start: number;
  text: string;
}

function paragraphOfOffset(index: TextIndex, offset: number): number {
  return index.paragraphAt(index.toUtf16(offset));
}

function paragraphText(index: TextIndex, paragraph: number): Paragraph {
  const utf16Start = index.paragraphStarts[paragraph] ?? 0;
  return { utf16Start, text: index.text.slice(utf16Start, index.paragraphEnd(paragraph)) };
}

interface Segment extends TextSpan {
  isWordLike: boolean;
  isBlank: boolean;
}

function segmentsOf(index: TextIndex, paragraph: number, granularity: Granularity): Segment[] {
  const { utf16Start, text } = paragraphText(index, paragraph);
  return Array.from(segmenters[granularity].segment(text), (part) => ({
    start: index.toCodePoint(utf16Start + part.index),
    end: index.toCodePoint(utf16Start + part.index + part.segment.length),
    isWordLike: part.isWordLike === true,
    isBlank: BLANK.test(part.segment),
  }));
}

/** The segment holding a code-point offset; undefined at a paragraph break or the end of the text. */
function segmentAt(index: TextIndex, offset: number, granularity: Granularity): Segment | undefined {
  const { utf16Start, text } = paragraphText(index, paragraphOfOffset(index, offset));
  const part = segmenters[granularity].segment(text).containing(index.toUtf16(offset) - utf16Start);
  if (part === undefined) return undefined;
  const from = utf16Start + part.index;
  return {
    start: index.toCodePoint(from),
    end: index.toCodePoint(from + part.segment.length),
    isWordLike: part.isWordLike === true,
    isBlank: BLANK.test(part.segment),
  };
}

/** Sentences of a paragraph without the spaces that follow them; blank stretches are left out. */
export function sentencesOfParagraph(index: TextIndex, paragraph: number): TextSpan[] {
  const sentences: TextSpan[] = [];
  const { utf16Start, text } = paragraphText(index, paragraph);
  for (const part of segmenters.sentence.segment(text)) {
    const leading = part.segment.length - part.segment.trimStart().length;
    const trimmed = part.segment.trim();
    if (BLANK.test(trimmed)) continue;
    const from = utf16Start + part.index + leading;
    sentences.push({ start: index.toCodePoint(from), end: index.toCodePoint(from + trimmed.length) });
  }
  return sentences;
}

/** The sentence holding a code-point offset, else the nearest before it in its paragraph; null in a blank paragraph. */
export function sentenceAt(index: TextIndex, offset: number): TextSpan | null {
  const sentences = sentencesOfParagraph(index, paragraphOfOffset(index, offset));
  let found: TextSpan | null = null;
  for (const sentence of sentences) {
    if (sentence.start > offset) return found ?? sentence;
    found = sentence;
  }
  return found;
}

/**
 * Widens a selection to whole words: an end inside a word (or a grapheme cluster) moves out to the
 * word's edge, then blank characters at either edge are dropped. A collapsed selection inside a word
 * becomes that word; elsewhere it only moves out of a grapheme cluster. A selection of nothing but
 * blanks is widened to whole blank runs and not dropped.
 */
export function snapToWords(index: TextIndex, start: number, end: number): TextSpan {
  const first = Math.max(0, Math.min(start, end, index.codePointLength));
  const last = Math.min(Math.max(start, end), index.codePointLength);
  if (first === last) {
    const word = segmentAt(index, first, 'word');
    return word?.isWordLike && word.start < first
      ? { start: word.start, end: word.end }
      : snapToGraphemes(index, first, first);
  }
  const startSegment = segmentAt(index, first, 'word');
  const endSegment = segmentAt(index, last - 1, 'word');
  const snapped = { start: startSegment?.start ?? first, end: endSegment?.end ?? last };
  return trimBlanks(index, snapped) ?? snapped;
}

/** The span without blank segments at its edges, or null if nothing else is left. */
function trimBlanks(index: TextIndex, span: TextSpan): TextSpan | null {
  let { start, end } = span;
  for (let segment = segmentAt(index, start, 'word'); segment?.isBlank && start < end;) {
    start = segment.end;
    segment = start < end ? segmentAt(index, start, 'word') : undefined;
  }
  for (let segment = segmentAt(index, end - 1, 'word'); segment?.isBlank && start < end;) {
    end = segment.start;
    segment = start < end ? segmentAt(index, end - 1, 'word') : undefined;
  }
  return start < end ? { start, end } : null;
}

/** Widens a span so that neither end falls inside a grapheme cluster (an emoji sequence, a letter with its marks). */
export function snapToGraphemes(index: TextIndex, start: number, end: number): TextSpan {
  const snappedStart = segmentAt(index, start, 'grapheme')?.start ?? start;
  if (end <= start) return { start: snappedStart, end: snappedStart };
  return { start: snappedStart, end: segmentAt(index, end - 1, 'grapheme')?.end ?? end };
}

/** Walks paragraphs forward from an offset's paragraph and returns the first stop after the offset. */
function nextStop(index: TextIndex, offset: number, stopsOf: (paragraph: number) => number[]): number {
  for (let paragraph = paragraphOfOffset(index, offset); paragraph < index.paragraphCount; paragraph++) {
    const stop = stopsOf(paragraph).find((candidate) => candidate > offset);
    if (stop !== undefined) return stop;
  }
  return index.codePointLength;
}

/** Walks paragraphs backward from an offset's paragraph and returns the last stop before the offset. */
function previousStop(index: TextIndex, offset: number, stopsOf: (paragraph: number) => number[]): number {
  for (let paragraph = paragraphOfOffset(index, offset); paragraph >= 0; paragraph--) {
    const stop = stopsOf(paragraph).findLast((candidate) => candidate < offset);
    if (stop !== undefined) return stop;
  }
  return 0;
}

const wordEnds = (index: TextIndex) => (paragraph: number) =>
  segmentsOf(index, paragraph, 'word').flatMap((segment) => (segment.isWordLike ? [segment.end] : []));
const wordStarts = (index: TextIndex) => (paragraph: number) =>
  segmentsOf(index, paragraph, 'word').flatMap((segment) => (segment.isWordLike ? [segment.start] : []));

/** The end of the next word after an offset (crossing paragraphs), or the end of the text. */
export function nextWordBoundary(index: TextIndex, offset: number): number {
  return nextStop(index, offset, wordEnds(index));
}

/** The start of the word before an offset (crossing paragraphs), or 0. */
export function previousWordBoundary(index: TextIndex, offset: number): number {
  return previousStop(index, offset, wordStarts(index));
}

/** The end of the sentence after an offset, without the spaces after it (crossing paragraphs), else the text end. */
export function nextSentenceBoundary(index: TextIndex, offset: number): number {
  return nextStop(index, offset, (paragraph) => sentencesOfParagraph(index, paragraph).map((sentence) => sentence.end));
}

/** The start of the sentence before an offset (crossing paragraphs), or 0. */
export function previousSentenceBoundary(index: TextIndex, offset: number): number {
  return previousStop(index, offset, (paragraph) =>
    sentencesOfParagraph(index, paragraph).map((sentence) => sentence.start),
  );
}
