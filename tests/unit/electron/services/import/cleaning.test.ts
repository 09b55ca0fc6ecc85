import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanScrapedText } from '../../../../../electron/services/import/cleaning';
import { articleText } from '../../../../fixtures/arbitraries';

describe('cleanScrapedText', () => {
  it('lifts a leading date line into the date and credit', () => {
    const cleaned = cleanScrapedText('date 2023-10-27 © Getty Images / Bolot\nThe Kremlin');
    expect(cleaned).toMatchObject({ text: 'The Kremlin', publishedAt: '2023-10-27', credit: '© Getty Images / Bolot' });
  });

  it('joins a line broken mid-sentence but not across a blank line', () => {
    const cleaned = cleanScrapedText('Israel condemned the visit and called\nfor Moscow to expel them.\n\nfor the record, this stands apart.');
    expect(cleaned.text).toBe('Israel condemned the visit and called for Moscow to expel them.\nfor the record, this stands apart.');
    expect(cleaned.steps).toEqual([
      { kind: 'joined', line: 2, joiner: ' ' },
      { kind: 'dropped', line: 3 },
    ]);
  });

  it('does not join an indented line, which starts a paragraph', () => {
    expect(cleanScrapedText('The talks went on\n  late into the night.').text).toBe('The talks went on\nlate into the night.');
  });

  it('never leaves an empty paragraph or whitespace at the ends of a paragraph', () => {
    fc.assert(
      fc.property(articleText(80), (raw) => {
        const { text } = cleanScrapedText(raw);
        if (text === '') return;
        for (const paragraph of text.split('\n')) {
          expect(paragraph).not.toBe('');
          expect(paragraph).toBe(paragraph.trim());
          expect(paragraph).not.toMatch(/\s\s/);
        }
      }),
    );
  });

  it('keeps every non-space character of the raw text, in order, when there is no date line', () => {
    fc.assert(
      fc.property(articleText(80), (raw) => {
        const visible = (text: string) => text.replace(/\s+/g, '');
        expect(visible(cleanScrapedText(raw).text)).toBe(visible(raw));
      }),
    );
  });
});
