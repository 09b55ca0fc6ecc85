import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateMatch, snippetParts } from '../../../../../electron/services/library/snippets';
import { CUT, MATCH_CLOSE, MATCH_OPEN } from '../../../../../electron/store/library-search';
import { TextIndex } from '../../../../../shared/text/offsets';
import { articleText } from '../../../../fixtures/arbitraries';

const marked = (text: string) => text.replaceAll('[', MATCH_OPEN).replaceAll(']', MATCH_CLOSE).replaceAll('~', CUT);

describe('snippetParts', () => {
  it('splits a passage into matched and unmatched parts, showing cuts as an ellipsis', () => {
    expect(snippetParts(marked('~say [more] [than] 6,500 have been [killed]~'))).toEqual([
      { text: '…say ', match: false },
      { text: 'more', match: true },
      { text: ' ', match: false },
      { text: 'than', match: true },
      { text: ' 6,500 have been ', match: false },
      { text: 'killed', match: true },
      { text: '…', match: false },
    ]);
  });

  it('keeps markup in the article as text', () => {
    expect(snippetParts(marked('<img src=x onerror=alert(1)> [Hamas]'))).toEqual([
      { text: '<img src=x onerror=alert(1)> ', match: false },
      { text: 'Hamas', match: true },
    ]);
  });
});

describe('locateMatch', () => {
  it('finds the first matched words of a passage in the text, in code points', () => {
    const text = 'Intro 😀 line.\nPalestinian authorities say more than 6,500 have been killed.';
    const match = locateMatch(text, marked('~authorities say [more] [than] 6,500~'));
    expect(match).not.toBeNull();
    expect(new TextIndex(text).slice(match!.start, match!.end)).toBe('more');
    expect(match!.start).toBe(Array.from('Intro 😀 line.\nPalestinian authorities say ').length);
  });

  it('answers null for a passage without a match or not in the text', () => {
    expect(locateMatch('Some text.', 'Some text.')).toBeNull();
    expect(locateMatch('Some text.', marked('[Other] text'))).toBeNull();
  });

  it('gives offsets whose text is the matched word wherever astral, combining and right-to-left characters fall', () => {
    fc.assert(
      fc.property(articleText(30), articleText(20), fc.stringMatching(/^[a-z]{1,8}$/), articleText(20), articleText(30), (lead, before, word, after, tail) => {
        const text = `${lead}${before} ${word} ${after}${tail}`;
        const match = locateMatch(text, `${CUT}${before} ${MATCH_OPEN}${word}${MATCH_CLOSE} ${after}${CUT}`);
        expect(match).not.toBeNull();
        expect(new TextIndex(text).slice(match!.start, match!.end)).toBe(word);
        // The passage is found where it first occurs: here, or earlier if the text before repeats it.
        expect(match!.start).toBeLessThanOrEqual(Array.from(`${lead}${before} `).length);
      }),
    );
  });
});
