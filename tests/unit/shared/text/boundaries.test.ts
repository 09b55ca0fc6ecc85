import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TextIndex } from '../../../../shared/text/offsets';
import {
  nextSentenceBoundary,
  nextWordBoundary,
  previousSentenceBoundary,
  previousWordBoundary,
  sentenceAt,
  snapToGraphemes,
  snapToWords,
} from '../../../../shared/text/boundaries';
import { articleText } from '../../../fixtures/arbitraries';

/** Code-point offset of the first occurrence of `part` in `text`. */
function offsetOf(text: string, part: string, from = 0): number {
  const utf16 = text.indexOf(part, from);
  if (utf16 < 0) throw new Error(`"${part}" is not in the text`);
  return Array.from(text.slice(0, utf16)).length;
}

function selected(index: TextIndex, span: { start: number; end: number }): string {
  return index.slice(span.start, span.end);
}

describe('snapToWords', () => {
  const text = 'Palestinian authorities say more than 6,500 have been killed.';
  const index = new TextIndex(text);

  it('widens a selection that starts and ends inside words to the whole words', () => {
    const start = offsetOf(text, 'estinian');
    const end = offsetOf(text, 'orities');
    expect(selected(index, snapToWords(index, start, end))).toBe('Palestinian authorities');
  });

  it('keeps a number with a thousands separator whole', () => {
    const start = offsetOf(text, '500');
    expect(selected(index, snapToWords(index, start, start + 2))).toBe('6,500');
  });

  it('drops spaces at the edges of a selection', () => {
    const start = offsetOf(text, ' more');
    const end = offsetOf(text, ' have');
    expect(selected(index, snapToWords(index, start, end + 1))).toBe('more than 6,500');
  });

  it('turns a caret inside a word into the word, and leaves a caret between words alone', () => {
    const inside = offsetOf(text, 'ill');
    expect(selected(index, snapToWords(index, inside, inside))).toBe('killed');
    const between = offsetOf(text, ' say');
    expect(snapToWords(index, between, between)).toEqual({ start: between, end: between });
  });

  it('accepts the ends in either order', () => {
    expect(snapToWords(index, 14, 2)).toEqual(snapToWords(index, 2, 14));
  });

  it('never cuts an emoji sequence joined with zero-width joiners', () => {
    const family = '👩‍👩‍👧';
    const emojiText = `Gaza ${family}${family} news`;
    const emojiIndex = new TextIndex(emojiText);
    const familyStart = offsetOf(emojiText, family);
    const span = snapToWords(emojiIndex, familyStart + 2, familyStart + 7);
    expect(selected(emojiIndex, span)).toBe(family + family);
  });

  it('keeps a combining accent with its letter', () => {
    const accented = 'un cafe\u0301 noir';
    const accentedIndex = new TextIndex(accented);
    const cafe = offsetOf(accented, 'cafe');
    expect(selected(accentedIndex, snapToWords(accentedIndex, cafe + 1, cafe + 4))).toBe('cafe\u0301');
  });

  it('snaps right-to-left words in logical order', () => {
    const hebrew = 'אמר שר החוץ היום';
    const hebrewIndex = new TextIndex(hebrew);
    const start = offsetOf(hebrew, 'שר') + 1;
    expect(selected(hebrewIndex, snapToWords(hebrewIndex, start, start + 3))).toBe('שר החוץ');
  });

  it('widens a selection of nothing but spaces to the whole run of spaces', () => {
    const spaces = new TextIndex('a   b');
    expect(snapToWords(spaces, 1, 3)).toEqual({ start: 1, end: 4 });
  });

  it('returns a span whose edges are word edges and which holds everything but blanks of the selection', () => {
    fc.assert(
      fc.property(articleText(), fc.nat(), fc.nat(), (sample, a, b) => {
        const sampleIndex = new TextIndex(sample);
        const length = sampleIndex.codePointLength;
        const start = Math.min(a, b) % (length + 1);
        const end = Math.max(start, Math.max(a, b) % (length + 1));
        const span = snapToWords(sampleIndex, start, end);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(length);
        expect(span.start).toBeLessThanOrEqual(span.end);
        expect(snapToWords(sampleIndex, span.start, span.end)).toEqual(span);
        expect(snapToGraphemes(sampleIndex, span.start, span.end)).toEqual(span);
        const before = sampleIndex.slice(Math.min(start, span.start), span.start);
        const after = sampleIndex.slice(span.end, Math.max(end, span.end));
        if (span.start < span.end) {
          expect(before).toMatch(/^[\s\p{Cf}]*$/u);
          expect(after).toMatch(/^[\s\p{Cf}]*$/u);
        }
      }),
    );
  });
});

describe('snapToGraphemes', () => {
  it('widens a span that ends between a letter and its combining mark', () => {
    const index = new TextIndex('cafe\u0301 au lait');
    expect(snapToGraphemes(index, 1, 4)).toEqual({ start: 1, end: 5 });
  });

  it('moves a collapsed span inside an emoji sequence to the sequence start', () => {
    const index = new TextIndex('x👩‍👩‍👧y');
    expect(snapToGraphemes(index, 3, 3)).toEqual({ start: 1, end: 1 });
  });
});

describe('word boundaries for extending a selection', () => {
  const text = 'Hamas visited Moscow.\n\n“Talks,” TASS said 😀 today.';
  const index = new TextIndex(text);

  it('steps forward from word end to word end, across paragraphs and past punctuation and emoji', () => {
    const stops: string[] = [];
    for (let offset = 0; offset < index.codePointLength;) {
      offset = nextWordBoundary(index, offset);
      stops.push(index.slice(0, offset).split(/\s/).pop() ?? '');
    }
    expect(stops).toEqual(['Hamas', 'visited', 'Moscow', '“Talks', 'TASS', 'said', 'today', 'today.']);
  });

  it('steps backward from word start to word start', () => {
    const stops: string[] = [];
    for (let offset = index.codePointLength; offset > 0;) {
      offset = previousWordBoundary(index, offset);
      stops.push(index.slice(offset, offset + 4));
    }
    expect(stops).toEqual(['toda', 'said', 'TASS', 'Talk', 'Mosc', 'visi', 'Hama']);
  });

  it('moves strictly away from the offset unless at an end of the text', () => {
    fc.assert(
      fc.property(articleText(), fc.nat(), (sample, seed) => {
        const sampleIndex = new TextIndex(sample);
        const offset = seed % (sampleIndex.codePointLength + 1);
        const next = nextWordBoundary(sampleIndex, offset);
        const previous = previousWordBoundary(sampleIndex, offset);
        expect(next > offset || next === sampleIndex.codePointLength).toBe(true);
        expect(previous < offset || previous === 0).toBe(true);
        expect(snapToGraphemes(sampleIndex, next, next).start).toBe(next);
        expect(snapToGraphemes(sampleIndex, previous, previous).start).toBe(previous);
      }),
    );
  });
});

describe('sentence boundaries for extending a selection', () => {
  const text = [
    'Israel has vowed to respond to an Oct. 7 attack that killed 1,400 people.',
    ' Palestinian authorities say more than 6,500 have been killed.',
    '\nThe U.S. said so.',
  ].join('');
  const index = new TextIndex(text);

  it('steps to the end of each sentence without the space after it, keeping abbreviations inside', () => {
    const first = nextSentenceBoundary(index, 0);
    expect(index.slice(0, first)).toMatch(/1,400 people\.$/);
    const second = nextSentenceBoundary(index, first);
    expect(index.slice(first, second)).toBe(' Palestinian authorities say more than 6,500 have been killed.');
    expect(index.slice(second, nextSentenceBoundary(index, second))).toBe('\nThe U.S. said so.');
  });

  it('steps back to the start of each sentence', () => {
    const third = previousSentenceBoundary(index, index.codePointLength);
    expect(index.slice(third, third + 8)).toBe('The U.S.');
    const second = previousSentenceBoundary(index, third);
    expect(index.slice(second, second + 11)).toBe('Palestinian');
    expect(previousSentenceBoundary(index, second)).toBe(0);
  });

  it('finds the sentence holding an offset', () => {
    const span = sentenceAt(index, offsetOf(text, '6,500'));
    expect(span && index.slice(span.start, span.end)).toBe(
      'Palestinian authorities say more than 6,500 have been killed.',
    );
  });
});
