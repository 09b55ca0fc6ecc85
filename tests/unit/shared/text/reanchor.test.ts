import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TextIndex } from '../../../../shared/text/offsets';
import { describeSpan } from '../../../../shared/text/anchor';
import { reanchor, reanchorAll, summariseReanchoring, type AnchorSelector } from '../../../../shared/text/reanchor';
import { articleText } from '../../../fixtures/arbitraries';

const article = readFileSync(new URL('../../../../seeds/hamas-delegation-moscow.txt', import.meta.url), 'utf8');

/** Code-point offset of an occurrence of `part` in `text` (the first, or the nth). */
function offsetOf(text: string, part: string, occurrence = 0): number {
  let utf16 = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    utf16 = text.indexOf(part, utf16 + 1);
    if (utf16 < 0) throw new Error(`"${part}" is not in the text ${occurrence + 1} times`);
  }
  return Array.from(text.slice(0, utf16)).length;
}

/** The selector an annotation on an occurrence of `quote` keeps. */
function selectorFor(text: string, quote: string, occurrence = 0): AnchorSelector {
  const start = offsetOf(text, quote, occurrence);
  const end = start + Array.from(quote).length;
  return { ...describeSpan(new TextIndex(text), start, end), start, end };
}

/** Pairs of numbers to turn into spans of a generated text. */
function spanEnds(maxLength: number): fc.Arbitrary<[number, number][]> {
  return fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength });
}

/** Selectors of spans of `text`, each from a pair of numbers wrapped into the text's length. */
function selectorsAt(text: string, ends: [number, number][]): AnchorSelector[] {
  const index = new TextIndex(text);
  const length = index.codePointLength;
  return ends.map(([a, b]) => {
    const start = Math.min(a, b) % (length + 1);
    const end = Math.max(start, Math.max(a, b) % (length + 1));
    return { ...describeSpan(index, start, end), start, end };
  });
}

function found(text: string, span: { start: number; end: number }): string {
  return new TextIndex(text).slice(span.start, span.end);
}

describe('reanchor: exact quote', () => {
  const casualties = 'Palestinian authorities say more than 6,500 have been killed.';

  it('finds an unchanged span where it was', () => {
    const selector = selectorFor(article, casualties);
    expect(reanchor(new TextIndex(article), selector)).toEqual({
      start: selector.start,
      end: selector.end,
      state: 'anchored',
      strategy: 'exact',
      score: 1,
    });
  });

  it('re-anchors a quote after text is inserted before it', () => {
    const selector = selectorFor(article, casualties);
    const corrected = article.replace('The Kremlin', 'The Kremlin, Moscow (updated 28 October)');
    const anchored = reanchor(new TextIndex(corrected), selector);
    expect(anchored.state).toBe('anchored');
    expect(anchored.strategy).toBe('exact');
    expect(anchored.start).toBe(selector.start + ', Moscow (updated 28 October)'.length);
    expect(found(corrected, anchored)).toBe(casualties);
  });

  it('keeps a quote in place when text is inserted after it', () => {
    const selector = selectorFor(article, casualties);
    const corrected = article.replace('Zakharova gave no further details.', 'Zakharova gave no details at all.');
    expect(reanchor(new TextIndex(corrected), selector)).toMatchObject({
      start: selector.start,
      end: selector.end,
      state: 'anchored',
    });
  });

  it('re-anchors a quote when the words right next to it change on one side', () => {
    const selector = selectorFor(article, 'TASS reported');
    const corrected = article.replace('the talks, TASS reported', 'the talks in Moscow, TASS reported');
    const anchored = reanchor(new TextIndex(corrected), selector);
    expect(anchored).toMatchObject({ state: 'anchored', strategy: 'exact' });
    expect(found(corrected, anchored)).toBe('TASS reported');
    expect(anchored.score).toBeLessThan(1);
  });

  it('tells repeated quotes apart by their context', () => {
    const selectors = [0, 1, 2, 3, 4, 5].map((occurrence) => selectorFor(article, 'Hamas', occurrence));
    const corrected = `Editor's note: this article was updated.\n${article}`;
    const index = new TextIndex(corrected);
    const shift = Array.from("Editor's note: this article was updated.\n").length;
    for (const selector of selectors) {
      const anchored = reanchor(index, selector);
      expect(anchored).toMatchObject({ start: selector.start + shift, end: selector.end + shift, state: 'anchored' });
    }
  });

  it('picks the occurrence nearest the old place when the contexts are the same', () => {
    const paragraph = 'Talks were held in Moscow on Thursday.';
    const text = [paragraph, paragraph, paragraph].join('\n');
    const selector = selectorFor(text, 'Moscow', 1);
    const corrected = `Updated.\n${text}`;
    const anchored = reanchor(new TextIndex(corrected), selector);
    expect(anchored.start).toBe(offsetOf(corrected, 'Moscow', 1));
  });

  it('counts astral characters before and inside a span as one position each', () => {
    const text = 'Reaction: 😀 "Hamas 𝑚𝑎𝑡ℎ delegation" arrived.';
    const selector = selectorFor(text, 'Hamas 𝑚𝑎𝑡ℎ delegation');
    const corrected = text.replace('Reaction:', 'Reaction 👩‍👩‍👧 𝑚:');
    const anchored = reanchor(new TextIndex(corrected), selector);
    expect(anchored.start).toBe(selector.start + Array.from(' 👩‍👩‍👧 𝑚').length);
    expect(found(corrected, anchored)).toBe('Hamas 𝑚𝑎𝑡ℎ delegation');
  });

  it('orphans a short quote rather than take a copy of it found away from its context', () => {
    const text = 'The army said 40 were killed in the north. Officials gave no figure for the south.';
    const selector = selectorFor(text, 'killed');
    const corrected = 'Officials said 40 people died in the north. Dozens were killed in the south.';
    expect(reanchor(new TextIndex(corrected), selector)).toMatchObject({ state: 'orphaned', strategy: null });
  });
});

describe('reanchor: context', () => {
  it('re-anchors a sentence rewritten between unchanged context as fuzzy', () => {
    const selector = selectorFor(article, 'Palestinian authorities say more than 6,500 have been killed.');
    const rewritten = 'Palestinian health officials say more than 7,000 people have been killed.';
    const corrected = article.replace('Palestinian authorities say more than 6,500 have been killed.', rewritten);
    const anchored = reanchor(new TextIndex(corrected), selector);
    expect(anchored).toMatchObject({ state: 'fuzzy', strategy: 'context' });
    expect(found(corrected, anchored)).toBe(rewritten);
    expect(anchored.score).toBeGreaterThan(0.6);
    expect(anchored.score).toBeLessThan(1);
  });

  it('re-anchors a span with text inserted inside it, covering the insertion', () => {
    const selector = selectorFor(article, 'imposed a siege on the enclave of 2.3 million people');
    const corrected = article.replace('imposed a siege on the enclave', 'imposed a total siege on the enclave');
    const anchored = reanchor(new TextIndex(corrected), selector);
    expect(anchored.state).toBe('fuzzy');
    expect(found(corrected, anchored)).toBe('imposed a total siege on the enclave of 2.3 million people');
  });

  it('keeps a deleted span as an orphan where its context now meets', () => {
    const selector = selectorFor(article, 'Zakharova gave no further details. ');
    const corrected = article.replace('Zakharova gave no further details. ', '');
    const anchored = reanchor(new TextIndex(corrected), selector);
    expect(anchored).toMatchObject({ state: 'orphaned', strategy: null, score: 0 });
    expect(anchored.start).toBe(anchored.end);
    expect(anchored.start).toBe(offsetOf(corrected, 'Baghiri Kani is'));
  });
});

describe('reanchor: fuzzy', () => {
  it('finds a quote with a typo fixed after its context changed too', () => {
    const quote = "headed by Abu Marzuk, a member of the group's Politburo";
    const selector = selectorFor(article, quote);
    const corrected = article.replace(
      "had arrived in Moscow, headed by Abu Marzuk, a member of the group's Politburo.",
      "had come to the Russian capital; it was headed by Abu Marzouk, a member of the group's political bureau, " +
        'on Wednesday.',
    );
    const anchored = reanchor(new TextIndex(corrected), selector);
    expect(anchored).toMatchObject({ state: 'fuzzy', strategy: 'fuzzy' });
    expect(found(corrected, anchored)).toMatch(/^headed by Abu Marzouk, a member of the group's /);
    expect(anchored.score).toBeGreaterThan(0.5);
    expect(anchored.score).toBeLessThan(1);
  });

  it('never ends a fuzzy match inside an astral character or a grapheme cluster', () => {
    const text = 'Before. The delegation 😀 met officials 👩‍👩‍👧 in Moscow. After.';
    const selector = selectorFor(text, 'delegation 😀 met officials 👩‍👩‍👧');
    const corrected = 'Earlier: the delegations 😀 met two officials 👩‍👩‍👧 in Moscow. Later.';
    const anchored = reanchor(new TextIndex(corrected), selector);
    expect(anchored.state).toBe('fuzzy');
    expect(found(corrected, anchored)).toMatch(/^delegations 😀 met two officials 👩‍👩‍👧$/u);
  });

  it('orphans a span whose text is gone, at its old place', () => {
    const selector = selectorFor(article, 'Iran is a strong backer of Hamas in its conflict with Hamas.');
    const corrected = 'A short article about something else entirely.';
    expect(reanchor(new TextIndex(corrected), selector)).toEqual({
      start: Array.from(corrected).length,
      end: Array.from(corrected).length,
      state: 'orphaned',
      strategy: null,
      score: 0,
    });
  });
});

describe('reanchorAll', () => {
  const quotes = ['Hamas', 'TASS', 'Moscow', 'Foreign Ministry', 'Israel', 'Gaza'];

  it('gives the same results as one-by-one re-anchoring, in the order of the selectors', () => {
    const selectors = quotes.flatMap((quote) => [0, 1].map((occurrence) => selectorFor(article, quote, occurrence)));
    selectors.reverse();
    const corrected = article
      .replace('The Kremlin', 'The Kremlin (updated)')
      .replace('Senior Hamas member Abu Marzouk', 'Senior Hamas official Abu Marzouk')
      .replace('Zakharova gave no further details.', '');
    const index = new TextIndex(corrected);
    expect(reanchorAll(index, selectors)).toEqual(selectors.map((selector) => reanchor(index, selector)));
  });

  it('counts unchanged, moved, fuzzy and orphaned spans for the re-import report', () => {
    const selectors = [
      selectorFor(article, 'The Kremlin'),
      selectorFor(article, 'Palestinian authorities say more than 6,500 have been killed.'),
      selectorFor(article, 'Zakharova gave no further details. '),
      selectorFor(article, 'Comment:'),
    ];
    const corrected = article
      .replace('more than 6,500 have been killed.', 'more than 7,000 have been killed.')
      .replace('Zakharova gave no further details. ', '');
    const results = reanchorAll(new TextIndex(corrected), selectors);
    expect(summariseReanchoring(selectors, results)).toEqual({ unchanged: 1, moved: 1, fuzzy: 1, orphaned: 1 });
  });

  it('re-anchors every span of unchanged text exactly', () => {
    fc.assert(
      fc.property(articleText(80), spanEnds(12), (text, ends) => {
        const selectors = selectorsAt(text, ends);
        reanchorAll(new TextIndex(text), selectors).forEach((anchored, position) => {
          const { start, end } = selectors[position]!;
          expect(anchored).toMatchObject({ start, end, state: 'anchored' });
        });
      }),
    );
  });

  it('shifts spans exactly by an insertion outside them', () => {
    // Digits never occur in the generated text, so an insertion cannot create a new copy of a quote.
    const insertion = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(articleText(80), spanEnds(8), fc.nat(), insertion, (text, ends, seed, inserted) => {
        const codePoints = Array.from(text);
        const at = seed % (codePoints.length + 1);
        const selectors = selectorsAt(text, ends).filter(
          (selector) =>
            selector.quote !== '' &&
            text.indexOf(selector.quote) === text.lastIndexOf(selector.quote) &&
            (at <= selector.start || at >= selector.end),
        );
        const corrected = [...codePoints.slice(0, at), inserted, ...codePoints.slice(at)].join('');
        reanchorAll(new TextIndex(corrected), selectors).forEach((anchored, position) => {
          const { start, end } = selectors[position]!;
          const shift = at <= start ? Array.from(inserted).length : 0;
          expect(anchored).toMatchObject({ start: start + shift, end: end + shift, state: 'anchored' });
        });
      }),
    );
  });

  it('returns spans inside the new text that never split a character, whatever the edit', () => {
    const edit = fc.record({ at: fc.nat(), removed: fc.nat({ max: 20 }), inserted: articleText(20) });
    fc.assert(
      fc.property(articleText(80), spanEnds(6), edit, (text, ends, { at, removed, inserted }) => {
        const codePoints = Array.from(text);
        const from = at % (codePoints.length + 1);
        const corrected = [...codePoints.slice(0, from), inserted, ...codePoints.slice(from + removed)].join('');
        const correctedIndex = new TextIndex(corrected);
        const selectors = selectorsAt(text, ends);
        reanchorAll(correctedIndex, selectors).forEach((anchored, position) => {
          expect(anchored.start).toBeGreaterThanOrEqual(0);
          expect(anchored.start).toBeLessThanOrEqual(anchored.end);
          expect(anchored.end).toBeLessThanOrEqual(correctedIndex.codePointLength);
          expect(anchored.score).toBeGreaterThanOrEqual(0);
          expect(anchored.score).toBeLessThanOrEqual(1);
          const span = correctedIndex.slice(anchored.start, anchored.end);
          expect(span).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
          if (anchored.strategy === 'exact') expect(span).toBe(selectors[position]!.quote);
        });
      }),
    );
  });
});
