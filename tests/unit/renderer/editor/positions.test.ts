import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offsetOfPosition, positionOfOffset, textIndexOf } from '../../../../renderer/editor/positions';
import { articleDocument, articleText } from '../../../../renderer/editor/schema';
import { articleText as randomArticleText } from '../../../fixtures/arbitraries';

function codePointSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

describe('ProseMirror positions and code-point offsets', () => {
  it('builds one paragraph per line and gives the same text back', () => {
    fc.assert(
      fc.property(randomArticleText(), (text) => {
        const doc = articleDocument(text);
        expect(doc.childCount).toBe(text.split('\n').length);
        expect(articleText(doc)).toBe(text);
      }),
    );
  });

  it('round-trips every code-point offset through a position', () => {
    fc.assert(
      fc.property(randomArticleText(), (text) => {
        const doc = articleDocument(text);
        const index = textIndexOf(doc);
        for (let offset = 0; offset <= index.codePointLength; offset++) {
          const position = positionOfOffset(index, offset);
          expect(position).toBeGreaterThan(0);
          expect(position).toBeLessThan(doc.content.size);
          expect(offsetOfPosition(index, position)).toBe(offset);
        }
      }),
    );
  });

  it('finds the same text between two positions as between their offsets', () => {
    fc.assert(
      fc.property(randomArticleText(), fc.nat(), fc.nat(), (text, a, b) => {
        const doc = articleDocument(text);
        const index = textIndexOf(doc);
        const start = Math.min(a, b) % (index.codePointLength + 1);
        const end = Math.max(start, Math.max(a, b) % (index.codePointLength + 1));
        const between = doc.textBetween(positionOfOffset(index, start), positionOfOffset(index, end), '\n');
        expect(between).toBe(codePointSlice(text, start, end));
      }),
    );
  });

  it('maps every position inside a paragraph to an offset that maps back to it', () => {
    fc.assert(
      fc.property(randomArticleText(), (text) => {
        const doc = articleDocument(text);
        const index = textIndexOf(doc);
        doc.descendants((node, start) => {
          if (node.type.name !== 'paragraph') return false;
          for (let position = start + 1; position <= start + 1 + node.content.size; position++) {
            const before = doc.textBetween(0, position, '\n');
            // Positions between the two halves of a surrogate pair are not character boundaries.
            if (/[\uD800-\uDBFF]$/.test(before)) continue;
            expect(positionOfOffset(index, offsetOfPosition(index, position))).toBe(position);
          }
          return false;
        });
      }),
    );
  });

  it('puts the position after a paragraph at the end of that paragraph', () => {
    const doc = articleDocument('ab\ncd');
    const index = textIndexOf(doc);
    // <p>ab</p><p>cd</p>: position 4 lies between the paragraphs.
    expect(offsetOfPosition(index, 4)).toBe(2);
    expect(offsetOfPosition(index, 0)).toBe(0);
    expect(offsetOfPosition(index, doc.content.size)).toBe(5);
  });
});
