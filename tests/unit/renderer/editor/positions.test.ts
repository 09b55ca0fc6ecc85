import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positionsOf } from '../../../../renderer/editor/positions';
import { articleDocument, articleText, estimatedLines, SECTION_LINES } from '../../../../renderer/editor/schema';
import type { Node } from 'prosemirror-model';
import { articleText as randomArticleText } from '../../../fixtures/arbitraries';

function codePointSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

describe('ProseMirror positions and code-point offsets', () => {
  it('builds one paragraph per line, in sections, and gives the same text back', () => {
    fc.assert(
      fc.property(randomArticleText(), (text) => {
        const doc = articleDocument(text);
        const lines = text.split('\n').length;
        let paragraphs = 0;
        doc.forEach((section) => (paragraphs += section.childCount));
        expect(paragraphs).toBe(lines);
        // Every section but the last is just long enough: without its last paragraph, it would be too short.
        const linesOf = (section: Node) => Array.from({ length: section.childCount }, (_, i) => estimatedLines(section.child(i)));
        doc.forEach((section, _, index) => {
          const sectionLines = linesOf(section);
          const total = sectionLines.reduce((sum, n) => sum + n, 0);
          if (index < doc.childCount - 1) expect(total).toBeGreaterThanOrEqual(SECTION_LINES);
          expect(total - sectionLines.at(-1)!).toBeLessThan(SECTION_LINES);
        });
        expect(articleText(doc)).toBe(text);
      }),
    );
  });

  it('round-trips every code-point offset through a position', () => {
    fc.assert(
      fc.property(randomArticleText(), (text) => {
        const doc = articleDocument(text);
        const positions = positionsOf(doc);
        for (let offset = 0; offset <= positions.index.codePointLength; offset++) {
          const position = positions.positionOfOffset(offset);
          expect(position).toBeGreaterThan(0);
          expect(position).toBeLessThan(doc.content.size);
          expect(positions.offsetOfPosition(position)).toBe(offset);
        }
      }),
    );
  });

  it('finds the same text between two positions as between their offsets', () => {
    fc.assert(
      fc.property(randomArticleText(), fc.nat(), fc.nat(), (text, a, b) => {
        const doc = articleDocument(text);
        const positions = positionsOf(doc);
        const length = positions.index.codePointLength;
        const start = Math.min(a, b) % (length + 1);
        const end = Math.max(start, Math.max(a, b) % (length + 1));
        const between = doc.textBetween(positions.positionOfOffset(start), positions.positionOfOffset(end), '\n');
        expect(between).toBe(codePointSlice(text, start, end));
      }),
    );
  });

  it('maps every position inside a paragraph to an offset that maps back to it', () => {
    fc.assert(
      fc.property(randomArticleText(), (text) => {
        const doc = articleDocument(text);
        const positions = positionsOf(doc);
        doc.descendants((node, start) => {
          if (node.type.name === 'section') return true;
          if (node.type.name !== 'paragraph') return false;
          for (let position = start + 1; position <= start + 1 + node.content.size; position++) {
            const before = doc.textBetween(0, position, '\n');
            // Positions between the two halves of a surrogate pair are not character boundaries.
            if (/[\uD800-\uDBFF]$/.test(before)) continue;
            expect(positions.positionOfOffset(positions.offsetOfPosition(position))).toBe(position);
          }
          return false;
        });
      }),
    );
  });

  it('puts a position between paragraphs at the edge of the nearest one before it', () => {
    const doc = articleDocument('ab\ncd');
    const positions = positionsOf(doc);
    // <section><p>ab</p><p>cd</p></section>: position 5 lies between the paragraphs.
    expect(positions.offsetOfPosition(5)).toBe(2);
    expect(positions.offsetOfPosition(0)).toBe(0);
    expect(positions.offsetOfPosition(doc.content.size)).toBe(5);
  });

  it('counts the tokens of the sections between paragraphs', () => {
    // Short lines take a line each: the second section starts at line SECTION_LINES.
    const lines = Array.from({ length: SECTION_LINES + 2 }, (_, i) => `line ${i}`);
    const doc = articleDocument(lines.join('\n'));
    expect(doc.childCount).toBe(2);
    const positions = positionsOf(doc);
    const offset = lines.slice(0, SECTION_LINES).join('\n').length + 1;
    expect(doc.textBetween(positions.positionOfOffset(offset), positions.positionOfOffset(offset + 7))).toBe(`line ${SECTION_LINES}`);
  });
});
