/**
 * The sentence around a span, as the passage that suggestions are read from, and the words of a
 * passage as document offsets so that the editor can show where each suggested value came from.
 */
import { sentenceAt, type TextSpan } from '../text/boundaries';
import type { TextIndex } from '../text/offsets';

/** Words of the document that a suggested value was read from; offsets are code points. */
export interface Basis {
  start: number;
  end: number;
  text: string;
}

/** A suggested value and the words it was read from. */
export interface Suggested<T> {
  value: T;
  from: Basis;
}

/** A stretch of the document text and where it starts, for reading suggestions from it. */
export interface Passage {
  index: TextIndex;
  /** UTF-16 index of the passage's first character in the document. */
  utf16Start: number;
  text: string;
}

/**
 * A paragraph that starts like this carries on the sentence of the one before it: scraped articles
 * often break a line before a comma, a closing quote or a lower-case word.
 */
const CONTINUATION = /^[\s\p{Cf}]*(?:[,;:.)\]’”»\-–—]|\p{Ll})/u;

function paragraphStartOf(index: TextIndex, offset: number): number {
  return index.toCodePoint(index.paragraphStarts[index.paragraphAt(index.toUtf16(offset))] ?? 0);
}

/**
 * The sentence or sentences holding a span (code points), without the spaces around them. A
 * sentence broken over two lines, the second starting with a comma or a lower-case word, is joined
 * up again. Returns the span itself when it holds no sentence (a blank stretch).
 */
export function sentenceAround(index: TextIndex, start: number, end: number): TextSpan {
  const first = sentenceAt(index, start);
  const last = sentenceAt(index, Math.max(start, end - 1));
  if (first === null || last === null) return { start, end };
  let sentence: TextSpan = { start: Math.min(first.start, start), end: Math.max(last.end, end) };
  for (;;) {
    const paragraphStart = paragraphStartOf(index, sentence.start);
    const startsParagraph = index.slice(paragraphStart, sentence.start).trim() === '';
    if (!startsParagraph || paragraphStart === 0 || !CONTINUATION.test(index.slice(sentence.start, sentence.end)))
      break;
    const previous = sentenceAt(index, paragraphStart - 1);
    if (previous === null) break;
    sentence = { start: previous.start, end: sentence.end };
  }
  for (;;) {
    const next = nextParagraphStart(index, sentence.end);
    if (next === null || index.slice(sentence.end, next).trim() !== '') break;
    const following = sentenceAt(index, next);
    if (following === null || !CONTINUATION.test(index.slice(following.start, following.end))) break;
    sentence = { start: sentence.start, end: following.end };
  }
  return sentence;
}

/** Start of the paragraph after the one holding `offset`, or null in the last paragraph. */
function nextParagraphStart(index: TextIndex, offset: number): number | null {
  const paragraph = index.paragraphAt(index.toUtf16(offset));
  const next = index.paragraphStarts[paragraph + 1];
  return next === undefined ? null : index.toCodePoint(next);
}

/** The passage between two code-point offsets. */
export function passageOf(index: TextIndex, span: TextSpan): Passage {
  const utf16Start = index.toUtf16(span.start);
  return { index, utf16Start, text: index.text.slice(utf16Start, index.toUtf16(span.end)) };
}

/** The words between two UTF-16 indices of a passage, as document code-point offsets. */
export function basisOf(passage: Passage, from: number, to: number): Basis {
  return {
    start: passage.index.toCodePoint(passage.utf16Start + from),
    end: passage.index.toCodePoint(passage.utf16Start + to),
    text: passage.text.slice(from, to),
  };
}

/** A value with the words of a passage it was read from. */
export function suggested<T>(passage: Passage, value: T, from: number, to: number): Suggested<T> {
  return { value, from: basisOf(passage, from, to) };
}
