/**
 * Finding annotations again in a new version of their text, from the quote, prefix and suffix kept
 * with each one and its old offsets as a hint. Strategies, in order:
 *  1. exact: the quote itself, disambiguated by its context and by nearness to where it was;
 *  2. context: the prefix and suffix found close together, the quote between them changed;
 *  3. fuzzy: an approximate match of the quote (Myers' bit-parallel algorithm).
 * What none of them finds is orphaned, never dropped. Offsets are code points.
 */
import search, { type Match } from 'approx-string-match';
import type { AnchorState } from '../model';
import type { TextQuote } from './anchor';
import { snapToGraphemes } from './boundaries';
import type { TextIndex } from './offsets';

/** What is known of a span from the old text: its quote and context, and where it was (code points). */
export interface AnchorSelector extends TextQuote {
  start: number;
  end: number;
}

export type AnchorStrategy = 'exact' | 'context' | 'fuzzy';

/** Where a span is in the new text, how sure that is, and how it was found. */
export interface Reanchored {
  start: number;
  end: number;
  /** anchored: the quote is there, in context; fuzzy: something like it is there and needs a look; orphaned: lost. */
  state: AnchorState;
  /** The strategy that found the span; null for an orphan. */
  strategy: AnchorStrategy | null;
  /** From 0 to 1: how well the found text (60%) and its context (40%) agree with the selector; 0 for an orphan. */
  score: number;
}

/** A quote found only once may stand without its context when it is at least this long (UTF-16 units). */
const SELF_EVIDENT_QUOTE = 20;
/** A long approximate match this close to the quote may stand without its context. */
const SELF_EVIDENT_SIMILARITY = 0.8;
/** Extra characters searched on each side of where a span is expected before the whole text is searched. */
const NEARBY = 1024;
/** A fuzzy match may differ from the quote in at most this share of its characters. */
const FUZZY_ERROR_RATIO = 1 / 3;
/** Context that differs in more than this share of its characters does not count as found. */
const CONTEXT_ERROR_RATIO = 1 / 4;
/** Context found this far from where it should be still counts, at a cost. */
const CONTEXT_SLACK = 8;

/** A candidate span in UTF-16 units of the new text, with the similarity of its quote and context. */
interface Candidate {
  from: number;
  to: number;
  quoteSimilarity: number;
  prefixSimilarity: number;
  suffixSimilarity: number;
}

function scoreOf(candidate: Candidate): number {
  return 0.6 * candidate.quoteSimilarity + 0.2 * (candidate.prefixSimilarity + candidate.suffixSimilarity);
}

/** Ranks candidates by score, then by nearness to where the span is expected. */
function best(candidates: Candidate[], expected: number): Candidate | undefined {
  let winner: Candidate | undefined;
  for (const candidate of candidates) {
    if (
      winner === undefined ||
      scoreOf(candidate) > scoreOf(winner) ||
      (scoreOf(candidate) === scoreOf(winner) && Math.abs(candidate.from - expected) < Math.abs(winner.from - expected))
    )
      winner = candidate;
  }
  return winner;
}

function commonSuffixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[a.length - 1 - length] === b[b.length - 1 - length]) length++;
  return length;
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

/** How much of the prefix sits exactly before `at`; an empty prefix stands for the start of the text. */
function exactPrefixSimilarity(text: string, prefix: string, at: number): number {
  if (prefix === '') return at === 0 ? 1 : 0;
  return commonSuffixLength(prefix, text.slice(Math.max(0, at - prefix.length), at)) / prefix.length;
}

/** How much of the suffix sits exactly after `at`; an empty suffix stands for the end of the text. */
function exactSuffixSimilarity(text: string, suffix: string, at: number): number {
  if (suffix === '') return at === text.length ? 1 : 0;
  return commonPrefixLength(suffix, text.slice(at, at + suffix.length)) / suffix.length;
}

/** Fewest edits turning `pattern` into a stretch of `text`, counting what each match leaves outside it as edits too. */
function fewestEdits(
  text: string,
  pattern: string,
  maxErrors: number,
  outside: (match: Match) => number,
): number | null {
  let fewest: number | null = null;
  for (const match of search(text, pattern, maxErrors)) {
    fewest = Math.min(fewest ?? Infinity, match.errors + outside(match));
  }
  return fewest;
}

/** Similarity (0 to 1) of the prefix to the text before `at`, allowing edits. */
function approximatePrefixSimilarity(text: string, prefix: string, at: number): number {
  if (prefix === '') return at === 0 ? 1 : 0;
  const before = text.slice(Math.max(0, at - prefix.length - CONTEXT_SLACK), at);
  const maxErrors = Math.floor(prefix.length * CONTEXT_ERROR_RATIO);
  const edits = fewestEdits(before, prefix, maxErrors, (match) => before.length - match.end);
  return edits === null ? 0 : Math.max(0, 1 - edits / prefix.length);
}

/** Similarity (0 to 1) of the suffix to the text after `at`, allowing edits. */
function approximateSuffixSimilarity(text: string, suffix: string, at: number): number {
  if (suffix === '') return at === text.length ? 1 : 0;
  const after = text.slice(at, at + suffix.length + CONTEXT_SLACK);
  const maxErrors = Math.floor(suffix.length * CONTEXT_ERROR_RATIO);
  const edits = fewestEdits(after, suffix, maxErrors, (match) => match.start);
  return edits === null ? 0 : Math.max(0, 1 - edits / suffix.length);
}

/** Similarity (0 to 1) of two strings: one minus (an upper bound of) their edit distance over the longer length. */
function stringSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const edits = fewestEdits(b, a, a.length, (match) => b.length - (match.end - match.start)) ?? longer;
  return Math.max(0, 1 - edits / longer);
}

function exactCandidate(text: string, selector: TextQuote, from: number): Candidate {
  return {
    from,
    to: from + selector.quote.length,
    quoteSimilarity: 1,
    prefixSimilarity: exactPrefixSimilarity(text, selector.prefix, from),
    suffixSimilarity: exactSuffixSimilarity(text, selector.suffix, from + selector.quote.length),
  };
}

function occurrences(text: string, part: string, from = 0, to = text.length): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(part, from); at >= 0 && at + part.length <= to; at = text.indexOf(part, at + 1)) {
    found.push(at);
  }
  return found;
}

/** The quote where it is expected, with at least one side of its context intact. */
function atExpectedPlace(text: string, selector: TextQuote, expected: number): Candidate | null {
  if (!text.startsWith(selector.quote, expected)) return null;
  const candidate = exactCandidate(text, selector, expected);
  return candidate.prefixSimilarity === 1 || candidate.suffixSimilarity === 1 ? candidate : null;
}

/**
 * The best exact occurrence of the quote, if it can be trusted: one side of its context holds, or the
 * quote is long and found only once. A short quote found away from its context may be any copy of it.
 */
function byExactQuote(text: string, selector: TextQuote, expected: number): Candidate | null {
  if (selector.quote === '') return null;
  const all = occurrences(text, selector.quote).map((from) => exactCandidate(text, selector, from));
  const found = best(all, expected);
  if (found === undefined) return null;
  const contextHolds = Math.max(found.prefixSimilarity, found.suffixSimilarity) >= 0.5;
  const selfEvident = all.length === 1 && selector.quote.length >= SELF_EVIDENT_QUOTE;
  return contextHolds || selfEvident ? found : null;
}

/** The prefix and the suffix found close together; the span is what lies between them. */
function byContext(text: string, selector: TextQuote, expected: number): Candidate | null {
  const { quote, prefix, suffix } = selector;
  if (prefix === '' && suffix === '') return null;
  const longestGap = 2 * quote.length + 64;
  const prefixEnds = prefix === '' ? [0] : occurrences(text, prefix).map((at) => at + prefix.length);
  const pairs: Candidate[] = [];
  for (const from of prefixEnds) {
    const to =
      suffix === ''
        ? text.length - from <= longestGap
          ? text.length
          : -1
        : text.slice(from, from + longestGap + suffix.length).indexOf(suffix);
    if (to < 0) continue;
    const end = suffix === '' ? to : from + to;
    pairs.push({
      from,
      to: end,
      quoteSimilarity: stringSimilarity(quote, text.slice(from, end)),
      prefixSimilarity: 1,
      suffixSimilarity: 1,
    });
  }
  let nearest: Candidate | undefined;
  for (const pair of pairs) {
    if (nearest === undefined || Math.abs(pair.from - expected) < Math.abs(nearest.from - expected)) nearest = pair;
  }
  return nearest ?? null;
}

/** Approximate matches of the quote, near the expected place first, then anywhere; the best acceptable one. */
function byApproximateQuote(text: string, selector: TextQuote, expected: number): Candidate | null {
  const { quote } = selector;
  const maxErrors = Math.floor(quote.length * FUZZY_ERROR_RATIO);
  if (maxErrors === 0) return null;
  const reach = Math.max(NEARBY, 4 * quote.length);
  const nearby = { from: Math.max(0, expected - reach), to: Math.min(text.length, expected + quote.length + reach) };
  const regions = nearby.from === 0 && nearby.to === text.length ? [nearby] : [nearby, { from: 0, to: text.length }];
  for (const region of regions) {
    const candidates = search(text.slice(region.from, region.to), quote, maxErrors).map((match) => {
      const from = region.from + match.start;
      const to = region.from + match.end;
      return {
        from,
        to,
        quoteSimilarity: 1 - match.errors / quote.length,
        prefixSimilarity: approximatePrefixSimilarity(text, selector.prefix, from),
        suffixSimilarity: approximateSuffixSimilarity(text, selector.suffix, to),
      };
    });
    const isNearby = region === nearby;
    const found = best(
      candidates.filter((candidate) => acceptableFuzzy(candidate, quote, isNearby)),
      expected,
    );
    if (found !== undefined) return found;
  }
  return null;
}

/**
 * An approximate match needs its context to back it up, unless it is long, close to the quote and
 * near where the span was: far away in a long text, chance matches of that kind are too common.
 */
function acceptableFuzzy(candidate: Candidate, quote: string, nearby: boolean): boolean {
  const context = (candidate.prefixSimilarity + candidate.suffixSimilarity) / 2;
  const selfEvident =
    nearby && quote.length >= SELF_EVIDENT_QUOTE && candidate.quoteSimilarity >= SELF_EVIDENT_SIMILARITY;
  return selfEvident || context >= 0.5;
}

function isLowSurrogate(text: string, at: number): boolean {
  const unit = text.charCodeAt(at);
  return unit >= 0xdc00 && unit <= 0xdfff;
}

function result(index: TextIndex, candidate: Candidate, state: AnchorState, strategy: AnchorStrategy): Reanchored {
  const score = scoreOf(candidate);
  if (strategy === 'exact') {
    return { start: index.toCodePoint(candidate.from), end: index.toCodePoint(candidate.to), state, strategy, score };
  }
  // A span found by its context or approximately may begin or end inside a surrogate pair or a grapheme cluster.
  const from = isLowSurrogate(index.text, candidate.from) ? candidate.from - 1 : candidate.from;
  const to = isLowSurrogate(index.text, candidate.to) ? candidate.to + 1 : candidate.to;
  return { ...snapToGraphemes(index, index.toCodePoint(from), index.toCodePoint(to)), state, strategy, score };
}

function orphan(at: number): Reanchored {
  return { start: at, end: at, state: 'orphaned', strategy: null, score: 0 };
}

/** Finds one span, expected at a code-point offset of the new text. */
function locate(index: TextIndex, selector: AnchorSelector, expectedStart: number): Reanchored {
  const { text } = index;
  const expected = index.toUtf16(expectedStart);
  const inPlace = atExpectedPlace(text, selector, expected);
  if (inPlace !== null) return result(index, inPlace, 'anchored', 'exact');

  const exact = byExactQuote(text, selector, expected);
  if (exact !== null) return result(index, exact, 'anchored', 'exact');

  const context = byContext(text, selector, expected);
  if (context !== null) {
    if (context.from === context.to && selector.quote !== '') return orphan(index.toCodePoint(context.from));
    const state = context.quoteSimilarity === 1 ? 'anchored' : 'fuzzy';
    return result(index, context, state, 'context');
  }

  const approximate = byApproximateQuote(text, selector, expected);
  if (approximate !== null) return result(index, approximate, 'fuzzy', 'fuzzy');
  return orphan(Math.min(expectedStart, index.codePointLength));
}

/**
 * Finds an annotation's span in a new version of its text. Returns the new code-point offsets, the
 * anchor state and the strategy that found it. An orphan is returned as an empty span where its
 * context meets, or at its old start (clamped to the text) when nothing of it is left; in a batch,
 * at the place the spans before it were shifted to.
 */
export function reanchor(index: TextIndex, selector: AnchorSelector): Reanchored {
  return locate(index, selector, selector.start);
}

/**
 * Finds many annotations of one text again; results are in the order of the selectors. Spans are
 * visited in text order, each expected where the last anchored span's shift puts it, so that a span
 * whose text only moved is checked in place and the whole text is searched only around edits.
 */
export function reanchorAll(index: TextIndex, selectors: readonly AnchorSelector[]): Reanchored[] {
  const order = selectors.map((_, position) => position);
  order.sort((a, b) => selectors[a]!.start - selectors[b]!.start || selectors[a]!.end - selectors[b]!.end);
  const results: Reanchored[] = new Array<Reanchored>(selectors.length);
  let shift = 0;
  for (const position of order) {
    const selector = selectors[position]!;
    const expected = Math.max(0, Math.min(selector.start + shift, index.codePointLength));
    const found = locate(index, selector, expected);
    if (found.state === 'anchored') shift = found.start - selector.start;
    results[position] = found;
  }
  return results;
}

/** How a batch of re-anchored spans fared, for the report after a re-import. */
export interface ReanchorSummary {
  /** Found exactly, at the same offsets. */
  unchanged: number;
  /** Found exactly, at new offsets. */
  moved: number;
  /** Found approximately; each needs a look. */
  fuzzy: number;
  /** Not found; kept, shown as orphaned. */
  orphaned: number;
}

/** Counts unchanged, moved, fuzzy and orphaned spans; `results` are in the order of `selectors`. */
export function summariseReanchoring(
  selectors: readonly AnchorSelector[],
  results: readonly Reanchored[],
): ReanchorSummary {
  const summary: ReanchorSummary = { unchanged: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  results.forEach((found, position) => {
    const selector = selectors[position];
    if (found.state === 'fuzzy') summary.fuzzy++;
    else if (found.state === 'orphaned') summary.orphaned++;
    else if (selector?.start === found.start && selector.end === found.end) summary.unchanged++;
    else summary.moved++;
  });
  return summary;
}
