import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignLevels, cutIntoParagraphs } from '../../../../shared/reports/segments';
import type { HighlightSpan } from '../../../../shared/reports/segments';
import { TextIndex } from '../../../../shared/text/offsets';
import { articleText } from '../../../fixtures/arbitraries';

function spansOf(ranges: readonly [number, number][]): HighlightSpan[] {
  const levels = assignLevels(ranges.map(([start, end]) => ({ start, end })));
  return ranges.map(([start, end], position) => ({ note: position + 1, start, end, level: levels[position]! }));
}

/** Random text with astral, combining and right-to-left characters, and random spans over it. */
const textWithSpans = articleText(80).chain((text) => {
  const length = Array.from(text).length;
  const range = fc.tuple(fc.nat(length), fc.nat(length)).map(([a, b]): [number, number] => [Math.min(a, b), Math.max(a, b)]);
  return fc.tuple(fc.constant(text), fc.array(range, { maxLength: 8 }));
});

describe('cutting the text into highlighted runs', () => {
  it('puts a note number after a span that ends at a line break, at the end of that line', () => {
    const text = 'Gaza 😀 siege\nsecond line';
    const spans = spansOf([[5, 13]]);
    const paragraphs = cutIntoParagraphs(new TextIndex(text), spans);
    expect(paragraphs[0]!.segments.at(-1)).toMatchObject({ text: '😀 siege', notes: [1], notesEnding: [1] });
    expect(paragraphs[1]!.segments.flatMap((s) => s.notesEnding)).toEqual([]);
  });

  it('draws a span across two lines in both, numbering it once', () => {
    const text = 'one two\nthree four';
    const paragraphs = cutIntoParagraphs(new TextIndex(text), spansOf([[4, 13]]));
    expect(paragraphs.map((p) => p.segments.map((s) => [s.text, s.notes, s.notesEnding]))).toEqual([
      [
        ['one ', [], []],
        ['two', [1], []],
      ],
      [
        ['three', [1], [1]],
        [' four', [], []],
      ],
    ]);
  });

  it('numbers an empty span where it stands, even at the start of a line', () => {
    const paragraphs = cutIntoParagraphs(new TextIndex('ab\ncd'), spansOf([[3, 3]]));
    expect(paragraphs[1]!.segments[0]).toEqual({ start: 3, end: 3, text: '', notes: [], notesEnding: [1] });
  });

  it('gives overlapping spans different levels and lets a span reuse a level freed before it', () => {
    expect(assignLevels([
      { start: 0, end: 10 },
      { start: 2, end: 5 },
      { start: 4, end: 8 },
      { start: 10, end: 12 },
    ])).toEqual([0, 1, 2, 0]);
  });

  it('keeps every line whole and covers a run exactly when its span contains it, on random text', () => {
    fc.assert(
      fc.property(textWithSpans, ([text, ranges]) => {
        const index = new TextIndex(text);
        const spans = spansOf(ranges);
        const paragraphs = cutIntoParagraphs(index, spans);
        expect(paragraphs.map((p) => p.segments.map((s) => s.text).join('')).join('\n')).toBe(text);
        for (const paragraph of paragraphs) {
          for (const segment of paragraph.segments) {
            expect(segment.text).toBe(index.slice(segment.start, segment.end));
            // An empty run only carries the numbers of empty spans; it is not drawn.
            const expected = segment.start === segment.end ? [] : spans.filter((span) => span.start <= segment.start && segment.end <= span.end);
            expect([...segment.notes].sort((a, b) => a - b)).toEqual(expected.map((span) => span.note));
            const partly = spans.filter((span) => span.start < segment.end && segment.start < span.end && !expected.includes(span));
            if (segment.start < segment.end) expect(partly).toEqual([]);
          }
        }
        const numbered = paragraphs.flatMap((p) => p.segments.flatMap((s) => s.notesEnding)).sort((a, b) => a - b);
        expect(numbered).toEqual(spans.map((span) => span.note));
      }),
    );
  });

  it('never gives two overlapping spans the same level, on random spans', () => {
    fc.assert(
      fc.property(textWithSpans, ([, ranges]) => {
        const spans = spansOf(ranges);
        for (const a of spans) {
          for (const b of spans) {
            if (a !== b && a.start < b.end && b.start < a.end) expect(a.level).not.toBe(b.level);
          }
        }
      }),
    );
  });
});
