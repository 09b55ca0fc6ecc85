/**
 * Tokens for the token-based formats (spaCy-style JSONL, CoNLL): the word segments of Unicode
 * text segmentation (UAX #29), without the white space between them. Numbers keep their
 * separators ("6,500"), words their apostrophes and combining marks, and emoji sequences stay whole.
 */
import { countBelow, TextIndex } from '../text/offsets';

export interface Token {
  text: string;
  /** Code-point offsets of the token in the document text. */
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

/** The tokens of a text, in order. */
export function tokenize(index: TextIndex): Token[] {
  const tokens: Token[] = [];
  for (const { segment, index: utf16 } of segmenter.segment(index.text)) {
    if (!/\S/u.test(segment)) continue;
    tokens.push({ text: segment, start: index.toCodePoint(utf16), end: index.toCodePoint(utf16 + segment.length) });
  }
  return tokens;
}

/** The first and last token (inclusive) of a span, if the span starts and ends on token boundaries. */
export interface TokenRange {
  first: number;
  last: number;
}

/** Token starts and ends, for finding a span's tokens by binary search. */
export class TokenBoundaries {
  private readonly starts: number[];
  private readonly ends: number[];

  constructor(readonly tokens: readonly Token[]) {
    this.starts = tokens.map((token) => token.start);
    this.ends = tokens.map((token) => token.end);
  }

  /** The tokens a span covers exactly, or undefined when it starts or ends inside a token or in white space. */
  aligned(start: number, end: number): TokenRange | undefined {
    if (start >= end) return undefined;
    const first = countBelow(this.starts, start);
    const last = countBelow(this.ends, end);
    if (this.starts[first] !== start || this.ends[last] !== end) return undefined;
    return { first, last };
  }

  /** The tokens a span touches at all: the first index and the index after the last. */
  overlapping(start: number, end: number): { from: number; to: number } {
    return { from: countBelow(this.ends, start + 1), to: countBelow(this.starts, end) };
  }
}
