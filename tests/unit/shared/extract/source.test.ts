import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { suggestSources, type SourceSuggestion } from '../../../../shared/extract/source';
import { TextIndex } from '../../../../shared/text/offsets';
import { newsText, select, spanOf } from './selection';

const article = readFileSync(new URL('../../../../seeds/hamas-delegation-moscow.txt', import.meta.url), 'utf8');

/** Each suggestion as "name (kind)", the way a reviewer would read the list. */
function named(suggestions: SourceSuggestion[]): string[] {
  return suggestions.map(({ source, sourceKind }) => `${source.value} (${sourceKind?.value ?? 'kind unclear'})`);
}

function sourcesOf(text: string, words: string): string[] {
  const { index, start, end } = select(text, words);
  return named(suggestSources(index, start, end));
}

describe('suggestSources in the sample article', () => {
  it.each([
    [
      'A delegation from Hamas visited Moscow',
      ['the foreign ministry (official)', 'Russian news agencies (agency_media)'],
    ],
    ['Senior Hamas member Abu Marzouk was among those attending the talks', ['TASS (agency_media)']],
    ['Contacts were held with him', ['TASS (agency_media)']],
    ['were also discussed', ['TASS (agency_media)']],
    ['praised the efforts', ['RIA (agency_media)', 'Hamas (kind unclear)']],
    [
      "Iran's Deputy Foreign Minister Ali Baghiri Kani was also currently visiting Moscow",
      ['Russian Foreign Ministry spokeswoman Maria Zakharova (official)'],
    ],
    [
      'expel the delegation of the Hamas movement',
      ['Israel (kind unclear)', 'the Ministry of Foreign Affairs of the Jewish state (official)'],
    ],
    ['"strongly condemning" the visit', ['the Israeli Foreign Ministry (official)']],
    ['We call on the Russian government', []],
    ['Russia has ties to all key players', []],
  ])('for "%s" suggests %j', (words, expected) => {
    expect(sourcesOf(article, words)).toEqual(expected);
  });
});

describe('suggestSources: phrasings of attribution', () => {
  it.each([
    ['Palestinian authorities say more than 6,500 have been killed.', ['Palestinian authorities (official)']],
    ['Five people were killed, a witness told Reuters.', ['a witness (witness)']],
    ['"We will not stop," said Maria Zakharova, the ministry\'s spokeswoman.', ['Maria Zakharova (official)']],
    ['Officials, who asked not to be named, said the talks had failed.', ['Officials (anonymous)']],
    ['Sources close to the negotiations said a deal was near.', ['Sources close to the negotiations (anonymous)']],
    ['The UN agency UNRWA said 35 of its staff had been killed.', ['the UN agency UNRWA (organisation)']],
    [
      'Hamas-run health authorities in Gaza say 7,028 Palestinians have been killed.',
      ['Hamas-run health authorities in Gaza (official)'],
    ],
    ['Residents said the strike hit a school, AFP reported.', ['Residents (witness)', 'AFP (agency_media)']],
    [
      'The army said it had struck 200 targets, according to a statement by the IDF.',
      ['the IDF (official)', 'the army (official)'],
    ],
    [
      'According to the World Health Organization, 12 hospitals have closed.',
      ['the World Health Organization (organisation)'],
    ],
    [
      'A spokesman for the Israeli military said 20 rockets were fired.',
      ['a spokesman for the Israeli military (official)'],
    ],
    ['Israel’s military said in a statement that 20 rockets were fired.', ['Israel’s military (official)']],
    [
      '"The situation is catastrophic," a UNICEF spokesperson told reporters.',
      ['a UNICEF spokesperson (organisation)'],
    ],
    [
      'Interfax quoted a senior official as saying the talks would continue.',
      ['a senior official (official)', 'Interfax (agency_media)'],
    ],
    ['The minister was quoted as saying the talks would continue.', ['the minister (official)']],
    [
      'Gaza’s health ministry said on Thursday that 7,028 people had been killed.',
      ['Gaza’s health ministry (official)'],
    ],
    ['The claim, this newspaper reported, could not be verified.', ['this newspaper (publication)']],
    [
      'A statement by the Israeli Foreign Ministry condemned the visit to Moscow.',
      ['the Israeli Foreign Ministry (official)'],
    ],
    ['It said the delegation had left.', []],
    ['The figures could not be independently verified.', []],
  ])('in "%s" suggests %j', (text, expected) => {
    expect(sourcesOf(text, text.slice(0, 12))).toEqual(expected);
  });
});

describe('suggestSources: words each value came from', () => {
  it('points at the whole description of the source, the kind words and the attribution words', () => {
    const text = "😀 Hamas praised the talks, according to Russia's RIA news agency.";
    const { index, start, end } = select(text, 'Hamas praised');
    const [first] = suggestSources(index, start, end);
    expect(first?.source.value).toBe('RIA');
    expect(first?.source.from.text).toBe("Russia's RIA news agency");
    expect(index.slice(first!.source.from.start, first!.source.from.end)).toBe("Russia's RIA news agency");
    expect(first?.sourceKind).toMatchObject({ value: 'agency_media', from: { text: 'RIA' } });
    expect(first?.attribution.text).toBe('according to');
  });

  it('reads an empty list for text with no sentence', () => {
    const index = new TextIndex('   \n  ');
    expect(suggestSources(index, 1, 2)).toEqual([]);
  });

  it.each(['Said officials.', 'On Sunday said the ministry.', 'said'])('finds no subject before a verb that opens the text: %s', (text) => {
    expect(sourcesOf(text, text.split(' ')[0]!)).toEqual([]);
  });
});

describe('suggestSources on any text', () => {
  it('gives sources whose words are where it says, as code points of the document', () => {
    fc.assert(
      fc.property(newsText(), fc.nat(), fc.nat(), (text, a, b) => {
        const index = new TextIndex(text);
        const { start, end } = spanOf(text, a, b);
        for (const { source, sourceKind, attribution } of suggestSources(index, start, end)) {
          for (const words of [source.from, attribution, ...(sourceKind ? [sourceKind.from] : [])]) {
            expect(index.slice(words.start, words.end)).toBe(words.text);
          }
          expect(source.value.trim()).not.toBe('');
        }
      }),
    );
  });
});
