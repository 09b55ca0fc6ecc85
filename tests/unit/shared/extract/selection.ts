/** Selecting words of a test sentence by their text, as the editor would, in code points. */
import fc from 'fast-check';
import { TextIndex } from '../../../../shared/text/offsets';
import { articleText } from '../../../fixtures/arbitraries';

export interface Selection {
  index: TextIndex;
  start: number;
  end: number;
}

/** The code-point span of the first occurrence of `words` in `text` (case-insensitive). */
export function select(text: string, words: string): Selection {
  const utf16 = text.toLowerCase().indexOf(words.toLowerCase());
  if (utf16 < 0) throw new Error(`"${words}" is not in "${text}"`);
  const start = Array.from(text.slice(0, utf16)).length;
  return { index: new TextIndex(text), start, end: start + Array.from(words).length };
}

/** Phrases of news copy, numbers and attribution mixed with astral, right-to-left and combining characters. */
export function newsText(): fc.Arbitrary<string> {
  const phrase = fc.constantFrom(
    'more than 6,500',
    'killed',
    'were injured',
    'between 120 and 150',
    'dozens',
    'twenty-one',
    '1.2 million people',
    'in 2014',
    'Oct. 7',
    'TASS said',
    'according to',
    "Russia's RIA news agency",
    'citing the ministry',
    ', officials said.',
    'said',
    'On Sunday',
    '"',
    '.',
    '\n',
    ',',
  );
  return fc.array(fc.oneof(phrase, articleText(6)), { maxLength: 30 }).map((parts) => parts.join(' '));
}

/** A span of a text's code points, from two numbers wrapped into its length. */
export function spanOf(text: string, a: number, b: number): { start: number; end: number } {
  const length = Array.from(text).length;
  const start = Math.min(a, b) % (length + 1);
  return { start, end: Math.max(start, Math.max(a, b) % (length + 1)) };
}
