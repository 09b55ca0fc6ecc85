import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../../shared/extract/numbers';

function values(text: string): (number | null)[] {
  return findAmounts(text).map((amount) => amount.value);
}

describe('findAmounts', () => {
  it.each([
    ['6,500', 6500],
    ['6 500', 6500],
    ['6\u202f500', 6500],
    ['6.500', 6500],
    ['1,234,567', 1234567],
    ['1,234.5', 1234.5],
    ['1.2 million', 1_200_000],
    ['2.5m', 2_500_000],
    ['3bn', 3_000_000_000],
    ['1,5 million', 1_500_000],
    ['3 thousand', 3000],
    ['three', 3],
    ['twenty-one', 21],
    ['two hundred', 200],
    ['one hundred and twenty', 120],
    ['three thousand five hundred', 3500],
    ['a hundred thousand', 100_000],
    ['two million', 2_000_000],
    ['a dozen', 12],
  ])('reads "%s" as %d', (text, value) => {
    expect(values(`They counted ${text} in all.`)).toEqual([value]);
  });

  it.each([
    'dozens',
    'scores',
    'hundreds',
    'thousands',
    'tens of thousands',
    'hundreds of thousands',
    'several hundred',
  ])('reads "%s" as a vague amount without a value', (text) => {
    const [amount] = findAmounts(`There were ${text} of them.`);
    expect(amount).toMatchObject({ text, value: null, approximate: true });
  });

  it('gives the UTF-16 span of each amount and marks bare digits that may be a year', () => {
    const text = 'In 2014, 2,200 people and twenty-one others';
    expect(findAmounts(text).map(({ from, to, text: words, bareDigits }) => ({ from, to, words, bareDigits }))).toEqual(
      [
        { from: 3, to: 7, words: '2014', bareDigits: true },
        { from: 9, to: 14, words: '2,200', bareDigits: false },
        { from: 26, to: 36, words: 'twenty-one', bareDigits: false },
      ],
    );
  });

  it('does not read numbers inside words or codes', () => {
    expect(values('The A10 road and COVID19 test')).toEqual([]);
    expect(values('someone, seventeenth, hundredfold')).toEqual([]);
  });
});
