import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findCasualtyFigures, suggestCasualtyFigure } from '../../../../shared/extract/casualty';
import type { CasualtyFigureSuggestion } from '../../../../shared/extract/casualty';
import { TextIndex } from '../../../../shared/text/offsets';
import { newsText, select, spanOf } from './selection';

const article = readFileSync(new URL('../../../../seeds/hamas-delegation-moscow.txt', import.meta.url), 'utf8');

/** The values of a suggestion without the words they came from. */
function valuesOf(suggestion: CasualtyFigureSuggestion | null): Record<string, unknown> | null {
  if (suggestion === null) return null;
  return Object.fromEntries(Object.entries(suggestion).map(([field, value]) => [field, value.value]));
}

function suggest(text: string, words: string): CasualtyFigureSuggestion | null {
  const { index, start, end } = select(text, words);
  return suggestCasualtyFigure(index, start, end);
}

describe('suggestCasualtyFigure: counts and what they count', () => {
  it.each([
    [
      'Palestinian authorities say more than 6,500 have been killed.',
      'more than 6,500 have been killed',
      { count: 6500, qualifier: 'more_than', category: 'killed' },
    ],
    [
      'Palestinian authorities say more than 6,500 have been killed.',
      '6,500',
      { count: 6500, qualifier: 'more_than', category: 'killed' },
    ],
    [
      'Between 120 and 150 people are still missing after the landslide.',
      'Between 120 and 150 people are still missing',
      { min: 120, max: 150, category: 'missing' },
    ],
    ['Dozens were killed when the building collapsed.', 'Dozens', { qualifier: 'about', category: 'killed' }],
    ['Three people were injured in the blast.', 'Three people', { count: 3, qualifier: 'exact', category: 'injured' }],
    [
      'Twenty-one soldiers died in the ambush.',
      'Twenty-one soldiers',
      { count: 21, qualifier: 'exact', category: 'killed' },
    ],
    [
      'Two hundred people remain missing.',
      'Two hundred people',
      { count: 200, qualifier: 'exact', category: 'missing' },
    ],
    [
      'One hundred and twenty civilians were wounded.',
      'One hundred and twenty civilians',
      { count: 120, qualifier: 'exact', category: 'injured' },
    ],
    [
      'About 1.2 million people have been displaced since October.',
      'About 1.2 million people',
      { count: 1_200_000, qualifier: 'about', category: 'displaced' },
    ],
    [
      'At least 20,000 people were killed, officials said.',
      'At least 20,000 people',
      { count: 20_000, qualifier: 'at_least', category: 'killed' },
    ],
    ['Nearly 500 were hurt in the clashes.', 'Nearly 500', { count: 500, qualifier: 'about', category: 'injured' }],
    [
      'Up to 300 hostages are being held in Gaza.',
      'Up to 300 hostages',
      { count: 300, qualifier: 'up_to', category: 'hostages' },
    ],
    [
      'Fewer than 50 people were evacuated from the village.',
      'Fewer than 50 people',
      { count: 50, qualifier: 'fewer_than', category: 'displaced' },
    ],
    ['No more than 80 people were hurt.', 'No more than 80', { count: 80, qualifier: 'up_to', category: 'injured' }],
    [
      'No fewer than 70 people were hospitalised.',
      'No fewer than 70 people',
      { count: 70, qualifier: 'at_least', category: 'injured' },
    ],
    [
      'The death toll rose to 7\u202f028, the ministry said.',
      '7\u202f028',
      { count: 7028, qualifier: 'exact', category: 'killed' },
    ],
    [
      'Hamas is holding 6.500 people hostage, the group claimed.',
      '6.500 people',
      { count: 6500, qualifier: 'exact', category: 'hostages' },
    ],
    [
      '1,400 people were killed and 3,000 wounded.',
      '3,000 wounded',
      { count: 3000, qualifier: 'exact', category: 'injured' },
    ],
    [
      '1,400 people were killed and 3,000 wounded.',
      '1,400 people were killed',
      { count: 1400, qualifier: 'exact', category: 'killed' },
    ],
    ['Tens of thousands have fled their homes.', 'Tens of thousands', { qualifier: 'about', category: 'displaced' }],
    [
      'More than a dozen journalists are missing.',
      'More than a dozen journalists',
      { count: 12, qualifier: 'more_than', category: 'missing' },
    ],
    [
      'As many as 40 children were among the dead.',
      'As many as 40 children',
      { count: 40, qualifier: 'up_to', category: 'killed' },
    ],
    [
      'Some 250 people were taken captive during the raid.',
      'Some 250 people',
      { count: 250, qualifier: 'about', category: 'hostages' },
    ],
    ['Two or three workers are unaccounted for.', 'Two or three workers', { min: 2, max: 3, category: 'missing' }],
    [
      'Between 1 and 1.5 million people have fled the region.',
      'Between 1 and 1.5 million',
      { min: 1_000_000, max: 1_500_000, category: 'displaced' },
    ],
    [
      'Officials said 2.5m people had been displaced.',
      '2.5m people',
      { count: 2_500_000, qualifier: 'exact', category: 'displaced' },
    ],
    [
      'The strikes killed 35 people, including 12 children.',
      '12 children',
      { count: 12, qualifier: 'exact', category: 'killed' },
    ],
    [
      'The UN said 1,000 or more people had died.',
      '1,000 or more',
      { count: 1000, qualifier: 'at_least', category: 'killed' },
    ],
    [
      'Rescuers are searching for 15 people trapped under the rubble.',
      '15 people',
      { count: 15, qualifier: 'exact', category: 'missing' },
    ],
    ['Hundreds of people were wounded.', 'Hundreds of people', { qualifier: 'about', category: 'injured' }],
    ['The army fired 300 rockets, killing four.', 'killing four', { count: 4, qualifier: 'exact', category: 'killed' }],
    ['The casualties numbered 3,000.', '3,000', { count: 3000, qualifier: 'exact', category: 'other' }],
  ])('in "%s", reads "%s"', (text, words, expected) => {
    expect(valuesOf(suggest(text, words))).toEqual(expected);
  });
});

describe('suggestCasualtyFigure: numbers that are not casualty counts', () => {
  it.each([
    [
      'Israel has struck Gaza from the air, imposed a siege on the enclave of 2.3 million people.',
      '2.3 million people',
    ],
    ['Gaza is home to 2.3 million people, half of them children, and 40 were killed.', '2.3 million'],
    ['The city of 600,000 lost power; 3 people died.', '600,000'],
    ['In 2014, 2,200 Palestinians were killed.', '2014'],
    ['Strikes destroyed 2,300 homes and killed 40.', '2,300 homes'],
    ['Strikes destroyed 2,300 residential buildings and killed 40.', '2,300 residential buildings'],
    ['Unemployment rose to 45% as 30 people were killed.', '45%'],
    ['Prices rose 30 percent after the strikes killed 10.', '30 percent'],
    ['The damage is estimated at $5 million; 12 people died.', '$5 million'],
    ['The Oct. 7 attack killed 1,400 people.', 'Oct. 7'],
    ['On 7 October, 260 people were killed at a festival.', '7 October'],
    ['A 12-year-old boy was killed.', '12-year-old boy'],
    ['The army fired 300 rockets, killing four.', '300 rockets'],
    ['Talks were held with him for three hours.', 'three hours'],
    ['Fighter jets flew 120 sorties over the city.', '120 sorties'],
    ['Resolution 2334 was cited after 20 people died.', 'Resolution 2334'],
  ])('in "%s", does not take "%s" as a count', (text, words) => {
    expect(suggest(text, words)).toBeNull();
  });

  it('still reads the casualty count of a sentence that also holds a year', () => {
    expect(valuesOf(suggest('In 2014, 2,200 Palestinians were killed.', '2,200'))).toEqual({
      count: 2200,
      qualifier: 'exact',
      category: 'killed',
    });
  });

  it('suggests only a category when no number is linked to the selected words', () => {
    expect(valuesOf(suggest('Many were killed in the raid.', 'Many were killed'))).toEqual({ category: 'killed' });
    expect(valuesOf(suggest('He was one of the hostages.', 'one of the hostages'))).toEqual({ category: 'hostages' });
  });

  it('suggests nothing for words that say nothing about casualties', () => {
    expect(suggest('The delegation arrived in Moscow on Thursday.', 'The delegation arrived')).toBeNull();
  });
});

describe('suggestCasualtyFigure: words each value came from', () => {
  it('points at the number, the qualifier and the category words, in code points after astral characters', () => {
    const text = '😀 𝑚 Palestinian authorities say more than 6,500 have been killed.';
    const { index, start, end } = select(text, '6,500');
    const suggestion = suggestCasualtyFigure(index, start, end);
    expect(suggestion?.count?.from).toEqual({ start, end, text: '6,500' });
    const qualifier = select(text, 'more than');
    expect(suggestion?.qualifier?.from).toEqual({ start: qualifier.start, end: qualifier.end, text: 'more than' });
    expect(suggestion?.category?.from.text).toBe('killed');
    expect(index.slice(suggestion!.category!.from.start, suggestion!.category!.from.end)).toBe('killed');
  });

  it('uses the number linked to selected words when no number is selected', () => {
    expect(
      valuesOf(suggest('Palestinian authorities say more than 6,500 have been killed.', 'have been killed')),
    ).toEqual({
      count: 6500,
      qualifier: 'more_than',
      category: 'killed',
    });
  });
});

describe('suggestCasualtyFigure on the sample article', () => {
  const index = new TextIndex(article);

  it.each([
    ['1,400 people', { count: 1400, qualifier: 'exact', category: 'killed' }],
    ['more than 6,500 have been killed', { count: 6500, qualifier: 'more_than', category: 'killed' }],
    ['2.3 million people', null],
    ['Oct. 7', null],
  ])('reads "%s"', (words, expected) => {
    const { start, end } = select(article, words);
    expect(valuesOf(suggestCasualtyFigure(index, start, end))).toEqual(expected);
  });

  it('finds the two casualty counts of the paragraph and no other number', () => {
    const { start } = select(article, 'Israel has vowed');
    const { end } = select(article, 'have been killed.');
    expect(findCasualtyFigures(index, { start, end }).map(valuesOf)).toEqual([
      { count: 1400, qualifier: 'exact', category: 'killed' },
      { count: 6500, qualifier: 'more_than', category: 'killed' },
    ]);
  });
});

describe('suggestCasualtyFigure on any text', () => {
  it('gives values whose words are where it says, as code points of the document', () => {
    fc.assert(
      fc.property(newsText(), fc.nat(), fc.nat(), (text, a, b) => {
        const index = new TextIndex(text);
        const { start, end } = spanOf(text, a, b);
        const suggestion = suggestCasualtyFigure(index, start, end);
        for (const { value, from } of Object.values(suggestion ?? {})) {
          expect(index.slice(from.start, from.end)).toBe(from.text);
          if (typeof value === 'number') expect(Number.isInteger(value) && value >= 0).toBe(true);
        }
      }),
    );
  });
});
