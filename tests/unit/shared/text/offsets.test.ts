import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TextIndex } from '../../../../shared/text/offsets';
import { describeSpan } from '../../../../shared/text/anchor';
import { articleText } from '../../../fixtures/arbitraries';

describe('TextIndex', () => {
  it('counts an emoji and a mathematical letter as one code point each', () => {
    const index = new TextIndex('a😀b𝑚c');
    expect(index.codePointLength).toBe(5);
    expect(index.toUtf16(2)).toBe(3);
    expect(index.toUtf16(4)).toBe(6);
    expect(index.toCodePoint(6)).toBe(4);
    expect(index.slice(1, 4)).toBe('😀b𝑚');
  });

  it('counts a lone surrogate as a code point of its own, as Array.from does', () => {
    for (const text of ['a\uD83Db😀', '\uDE00😀\uD83D', '😀\n\uD83D\n\uDE00']) {
      const index = new TextIndex(text);
      expect(index.codePointLength).toBe(Array.from(text).length);
      expect(index.slice(0, index.codePointLength)).toBe(text);
    }
    expect(new TextIndex('😀\n\uD83D\n\uDE00').paragraphStarts).toEqual([0, 3, 5]);
  });

  it('snaps a UTF-16 index inside a surrogate pair to the start of the character', () => {
    const index = new TextIndex('x😀y');
    expect(index.toCodePoint(2)).toBe(1);
  });

  it('finds the paragraph of an offset, the newline belonging to the paragraph it ends', () => {
    const index = new TextIndex('ab\n\ncd');
    expect(index.paragraphStarts).toEqual([0, 3, 4]);
    expect(index.paragraphAt(2)).toBe(0);
    expect(index.paragraphAt(3)).toBe(1);
    expect(index.paragraphAt(4)).toBe(2);
    expect(index.paragraphEnd(0)).toBe(2);
    expect(index.paragraphEnd(2)).toBe(6);
  });

  it('round-trips every code-point offset through UTF-16 on random text', () => {
    fc.assert(
      fc.property(articleText(), (text) => {
        const index = new TextIndex(text);
        const codePoints = Array.from(text);
        expect(index.codePointLength).toBe(codePoints.length);
        for (let offset = 0; offset <= codePoints.length; offset++) {
          const utf16 = index.toUtf16(offset);
          expect(utf16).toBe(codePoints.slice(0, offset).join('').length);
          expect(index.toCodePoint(utf16)).toBe(offset);
        }
      }),
    );
  });

  it('slices the same text as code-point arrays do', () => {
    fc.assert(
      fc.property(articleText(), fc.nat(), fc.nat(), (text, a, b) => {
        const codePoints = Array.from(text);
        const start = Math.min(a, b) % (codePoints.length + 1);
        const end = Math.max(start, Math.max(a, b) % (codePoints.length + 1));
        expect(new TextIndex(text).slice(start, end)).toBe(codePoints.slice(start, end).join(''));
      }),
    );
  });
});

describe('describeSpan', () => {
  it('keeps up to 32 code points of context on each side, counting astral characters once', () => {
    const text = `${'😀'.repeat(40)}Gaza${'𝑚'.repeat(40)}`;
    const span = describeSpan(new TextIndex(text), 40, 44);
    expect(span.quote).toBe('Gaza');
    expect(Array.from(span.prefix)).toHaveLength(32);
    expect(Array.from(span.suffix)).toHaveLength(32);
  });
});
