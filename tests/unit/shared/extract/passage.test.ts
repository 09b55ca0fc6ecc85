import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sentenceAround } from '../../../../shared/extract/passage';
import { TextIndex } from '../../../../shared/text/offsets';
import { newsText, select, spanOf } from './selection';

const article = readFileSync(new URL('../../../../seeds/hamas-delegation-moscow.txt', import.meta.url), 'utf8');
const index = new TextIndex(article);

function sentenceOf(words: string): string {
  const { start, end } = select(article, words);
  const sentence = sentenceAround(index, start, end);
  return index.slice(sentence.start, sentence.end);
}

describe('sentenceAround', () => {
  it('finds the sentence holding a span in the middle of a paragraph', () => {
    expect(sentenceOf('6,500')).toBe('Palestinian authorities say more than 6,500 have been killed.');
  });

  it('keeps an abbreviation inside its sentence', () => {
    expect(sentenceOf('1,400')).toBe(
      'Israel has vowed to wipe out Hamas in retaliation for an Oct. 7 attack that killed 1,400 people.',
    );
  });

  it('joins a sentence broken over two lines before a comma', () => {
    expect(sentenceOf('Hamas released its own statement')).toMatch(
      /^Hamas released its own statement .* by the West"\n, according to Russia's RIA news agency\.$/su,
    );
    expect(sentenceOf("according to Russia's RIA")).toMatch(/^Hamas released its own statement/u);
  });

  it('joins a sentence broken over two lines before a lower-case word', () => {
    expect(sentenceOf('from the territory of the Palestinian enclave')).toBe(
      'Issues related to ensuring the evacuation of Russian and other foreign citizens\n' +
        'from the territory of the Palestinian enclave were also discussed," TASS said.',
    );
  });

  it('does not join a paragraph that starts a new sentence', () => {
    expect(sentenceOf('Senior Hamas member')).toBe(
      'Senior Hamas member Abu Marzouk was among those attending the talks, TASS reported.',
    );
  });

  it('covers every sentence a span reaches into', () => {
    expect(sentenceOf('details. Baghiri')).toBe(
      "Zakharova gave no further details. Baghiri Kani is Iran's chief nuclear negotiator.",
    );
  });

  it('returns a span that holds the given one, inside the text, on any text', () => {
    fc.assert(
      fc.property(newsText(), fc.nat(), fc.nat(), (text, a, b) => {
        const textIndex = new TextIndex(text);
        const span = spanOf(text, a, b);
        const sentence = sentenceAround(textIndex, span.start, span.end);
        expect(sentence.start).toBeGreaterThanOrEqual(0);
        expect(sentence.end).toBeLessThanOrEqual(textIndex.codePointLength);
        if (text.slice(textIndex.toUtf16(span.start), textIndex.toUtf16(span.end)).trim() !== '') {
          expect(sentence.start).toBeLessThanOrEqual(span.start);
          expect(sentence.end).toBeGreaterThanOrEqual(span.end);
        }
      }),
    );
  });

  it('counts astral characters as one code point each', () => {
    const text = '😀 First one. Second 𝑚 sentence here. Third.';
    const { index: emojiIndex, start, end } = select(text, 'sentence');
    const sentence = sentenceAround(emojiIndex, start, end);
    expect(emojiIndex.slice(sentence.start, sentence.end)).toBe('Second 𝑚 sentence here.');
    expect(sentence.start).toBe(Array.from('😀 First one. ').length);
  });
});
