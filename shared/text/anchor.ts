/** Quote selectors: the text of a span with its context, so that the span can be found again. */
import type { TextIndex } from './offsets';

/** How many code points of context are kept on each side of a span. */
export const CONTEXT_LENGTH = 32;

/** A span described by its text, as in the W3C TextQuoteSelector. */
export interface TextQuote {
  quote: string;
  prefix: string;
  suffix: string;
}

/** The quote, prefix and suffix of the span between two code-point offsets. */
export function describeSpan(index: TextIndex, start: number, end: number): TextQuote {
  return {
    quote: index.slice(start, end),
    prefix: index.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: index.slice(end, end + CONTEXT_LENGTH),
  };
}
