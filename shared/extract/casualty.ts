/**
 * Suggested attributes of a casualty figure, read from the selected text and its sentence: the
 * count or range, its qualifier and what it counts. A number is taken as a count only when words
 * about people killed, injured, missing, held or displaced are linked to it; years, dates,
 * percentages, money, homes and populations are not counts. Every value says which words it came from.
 */
import type { CasualtyCategory, Qualifier } from '../attributes';
import type { TextSpan } from '../text/boundaries';
import type { TextIndex } from '../text/offsets';
import {
  categoryWords,
  linkingWords,
  looksLikeYear,
  notCountAfter,
  notCountBefore,
  peopleCounted,
  qualifierAfter,
  qualifierBefore,
  thingsCounted,
} from './casualty-words';
import { findAmounts, type Amount } from './numbers';
import { passageOf, sentenceAround, suggested, type Passage, type Suggested } from './passage';

/** What the text says about a casualty figure; a field is missing when the text does not say it. */
export interface CasualtyFigureSuggestion {
  count?: Suggested<number>;
  min?: Suggested<number>;
  max?: Suggested<number>;
  qualifier?: Suggested<Qualifier>;
  category?: Suggested<CasualtyCategory>;
}

/** An amount or a range of two amounts in a passage (UTF-16 indices), and whether it can be a count of people. */
interface Figure {
  from: number;
  to: number;
  lower: Amount;
  upper: Amount | null;
  countsPeople: boolean;
}

/** Words naming what happened to the people counted. */
interface Cue {
  from: number;
  to: number;
  category: CasualtyCategory;
}

/** How loosely a cue may be tied to a figure: the words between them cost up to this much. */
const MOST_LINK_COST = 4;
const BLOCKED = Number.POSITIVE_INFINITY;

/** The words between a count and a part of it: "35 people, including 12 children". */
const SUBSET = new RegExp(
  String.raw`^\s*(?:\p{L}+\s*)?,?\s*(?:including|among\s+(?:them|whom)|of\s+(?:whom|them|which))\s+` +
    String.raw`(?:(?:some|about|at\s+least)\s+)?$`,
  'iu',
);

/** "between 120 and 150", "from 10 to 20", "120-150", "two or three". */
const RANGE_JOIN = /^\s*(?:to|-|–|—|or|and)\s*$/iu;

function cuesIn(text: string): Cue[] {
  return categoryWords.flatMap(([category, pattern]) =>
    Array.from(text.matchAll(pattern), (match) => ({ from: match.index, to: match.index + match[0].length, category })),
  );
}

/** "one" as a pronoun ("one of them", "no one") is no amount. */
function isPronounOne(text: string, amount: Amount): boolean {
  if (amount.text.toLowerCase() !== 'one') return false;
  return (
    /^\s+(?:of|another)\b/iu.test(text.slice(amount.to)) ||
    /\b(?:no|any|every|each|the|this|that|which)\s+$/iu.test(text.slice(0, amount.from))
  );
}

/** Joins neighbouring amounts written as a range into one figure; the word before it ("between") is included. */
function figuresIn(text: string): Omit<Figure, 'countsPeople'>[] {
  const amounts = findAmounts(text).filter((amount) => !isPronounOne(text, amount));
  const figures: Omit<Figure, 'countsPeople'>[] = [];
  for (let position = 0; position < amounts.length; position++) {
    const lower = amounts[position]!;
    const upper = amounts[position + 1];
    const join = upper === undefined ? '' : text.slice(lower.to, upper.from);
    const before = text.slice(0, lower.from);
    const opener = /\b(?:between|from)\s+$/iu.exec(before);
    const isRange =
      upper !== undefined &&
      lower.value !== null &&
      upper.value !== null &&
      RANGE_JOIN.test(join) &&
      (!/\band\b/iu.test(join) || /\bbetween\s+$/iu.test(before));
    if (isRange) {
      figures.push({ from: opener?.index ?? lower.from, to: upper.to, lower: scaledLike(lower, upper), upper });
      position++;
    } else figures.push({ from: lower.from, to: lower.to, lower, upper: null });
  }
  return figures;
}

/** In "between 1 and 1.5 million" the first amount shares the second one's scale. */
function scaledLike(lower: Amount, upper: Amount): Amount {
  if (lower.value === null || upper.value === null || lower.value >= upper.value) return lower;
  const scale = /\b(hundred|thousand|million|billion)$/iu.exec(upper.text)?.[1]?.toLowerCase();
  const factor = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 }[scale ?? ''];
  if (factor === undefined || /\p{L}/u.test(lower.text) || lower.value * factor > upper.value) return lower;
  return { ...lower, value: lower.value * factor };
}

/** The first one or two words after a figure. */
function wordsAfter(text: string, at: number): [string | undefined, string | undefined] {
  const match = /^[\s-]*(\p{L}+)(?:\s+(\p{L}+))?/u.exec(text.slice(at));
  return [match?.[1]?.toLowerCase(), match?.[2]?.toLowerCase()];
}

function isPeopleWord(word: string | undefined): boolean {
  return word !== undefined && peopleCounted.has(word);
}

/** Whether a figure can count people: not a year, date, percentage, sum, or number of things or of inhabitants. */
function countsPeople(text: string, figure: Omit<Figure, 'countsPeople'>, cues: readonly Cue[]): boolean {
  const amounts = figure.upper === null ? [figure.lower] : [figure.lower, figure.upper];
  if (amounts.some((amount) => amount.value !== null && !Number.isInteger(amount.value))) return false;
  const before = text.slice(0, figure.from);
  const after = text.slice(figure.to);
  if (notCountBefore.some((pattern) => pattern.test(before))) return false;
  if (notCountAfter.some((pattern) => pattern.test(after))) return false;
  const [first, second] = wordsAfter(text, figure.to);
  if (amounts.some((amount) => amount.bareDigits && looksLikeYear(amount.value ?? 0)) && !isPeopleWord(first))
    return false;
  if (first !== undefined && thingsCounted.has(first)) return false;
  const firstIsCue = cues.some((cue) => cue.from >= figure.to && text.slice(figure.to, cue.from).trim() === '');
  const firstLinks = isPeopleWord(first) || firstIsCue || (first !== undefined && linkingWords.has(first));
  return !(second !== undefined && thingsCounted.has(second) && !firstLinks);
}

/** What the words between a figure and a cue cost; a sentence end or another count between them blocks the link. */
function linkCost(text: string, from: number, to: number, figures: readonly Figure[]): number {
  if (figures.some((figure) => figure.countsPeople && figure.from >= from && figure.to <= to)) return BLOCKED;
  let cost = 0;
  for (const [token] of text.slice(from, to).matchAll(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu)) {
    const word = token.toLowerCase();
    if (/^[.!?]$/u.test(token)) return BLOCKED;
    if (linkingWords.has(word) || peopleCounted.has(word) || /^\p{Lu}\p{L}+s$/u.test(token)) continue;
    cost += /^[;:()[\]—–]$/u.test(token) || /^(?:and|but|while|whereas|or)$/u.test(word) ? 2 : 1;
    if (cost > MOST_LINK_COST) return BLOCKED;
  }
  return cost;
}

/** The cue most tightly linked to a figure, if any is linked at all. */
function cueOf(text: string, figure: Figure, cues: readonly Cue[], figures: readonly Figure[]): Cue | null {
  let best: { cue: Cue; cost: number; distance: number } | null = null;
  for (const cue of cues) {
    const [from, to] = cue.from >= figure.to ? [figure.to, cue.from] : [cue.to, figure.from];
    if (to < from) continue;
    const cost = linkCost(text, from, to, figures);
    const distance = to - from;
    if (cost === BLOCKED) continue;
    if (best === null || cost < best.cost || (cost === best.cost && distance < best.distance))
      best = { cue, cost, distance };
  }
  return best?.cue ?? null;
}

function qualifierOf(passage: Passage, figure: Figure): Suggested<Qualifier> | undefined {
  const before = passage.text.slice(0, figure.from);
  // The longest words win: "no more than" is up to, not more than.
  let longest: { qualifier: Qualifier; match: RegExpExecArray } | null = null;
  for (const [qualifier, pattern] of qualifierBefore) {
    const match = pattern.exec(before);
    if (match !== null && (longest === null || match.index < longest.match.index)) longest = { qualifier, match };
  }
  if (longest !== null) {
    const { qualifier, match } = longest;
    return suggested(passage, qualifier, match.index, match.index + match[0].trimEnd().length);
  }
  const after = passage.text.slice(figure.to);
  for (const [qualifier, pattern] of qualifierAfter) {
    const match = pattern.exec(after);
    if (match !== null) {
      const leading = match[0].length - match[0].trimStart().length;
      return suggested(passage, qualifier, figure.to + leading, figure.to + match[0].length);
    }
  }
  if (figure.upper !== null) return undefined;
  const { lower } = figure;
  return suggested(passage, lower.approximate ? 'about' : 'exact', lower.from, lower.to);
}

/** Turns a figure linked to a cue into the suggestion it makes. */
function suggestionOf(passage: Passage, figure: Figure, cue: Cue | null): CasualtyFigureSuggestion {
  const suggestion: CasualtyFigureSuggestion = {};
  const { lower, upper } = figure;
  if (upper !== null && lower.value !== null && upper.value !== null) {
    suggestion.min = suggested(passage, lower.value, lower.from, lower.to);
    suggestion.max = suggested(passage, upper.value, upper.from, upper.to);
  } else if (lower.value !== null) {
    suggestion.count = suggested(passage, lower.value, lower.from, lower.to);
  }
  const qualifier = qualifierOf(passage, figure);
  if (qualifier !== undefined) suggestion.qualifier = qualifier;
  if (cue !== null) suggestion.category = suggested(passage, cue.category, cue.from, cue.to);
  return suggestion;
}

interface ReadFigure {
  figure: Figure;
  cue: Cue | null;
}

/** Every figure of a passage with the cue linked to it (null when none is, or when it is no count of people). */
function readFigures(text: string): { figures: ReadFigure[]; cues: Cue[] } {
  const cues = cuesIn(text);
  const figures = figuresIn(text).map((figure) => ({ ...figure, countsPeople: countsPeople(text, figure, cues) }));
  const read: ReadFigure[] = [];
  for (const figure of figures) {
    const linked = figure.countsPeople ? cueOf(text, figure, cues, figures) : null;
    // "35 people, including 12 children": a part of a count is counted for the same reason.
    const whole = read.findLast((earlier) => earlier.cue !== null);
    const isPart = whole !== undefined && SUBSET.test(text.slice(whole.figure.to, figure.from));
    read.push({ figure, cue: linked ?? (figure.countsPeople && isPart ? whole.cue : null) });
  }
  return { cues, figures: read };
}

/**
 * The casualty figures written in a stretch of text (code points): every number or vague amount
 * linked to words about people killed, injured, missing, held or displaced, in text order.
 */
export function findCasualtyFigures(index: TextIndex, span: TextSpan): CasualtyFigureSuggestion[] {
  const passage = passageOf(index, span);
  return readFigures(passage.text)
    .figures.filter(({ cue }) => cue !== null)
    .map(({ figure, cue }) => suggestionOf(passage, figure, cue));
}

/**
 * Suggested count, qualifier and category for a casualty figure selected between two code-point
 * offsets, read from the selection and its sentence. A number inside the selection is used only if
 * it is a count of people linked to what happened to them; with no number selected, a number linked
 * to words inside the selection is used. Returns only a category when no number is linked, and
 * null when the text suggests nothing.
 */
export function suggestCasualtyFigure(index: TextIndex, start: number, end: number): CasualtyFigureSuggestion | null {
  const passage = passageOf(index, sentenceAround(index, start, end));
  const from = index.toUtf16(start) - passage.utf16Start;
  const to = index.toUtf16(end) - passage.utf16Start;
  const inSelection = (part: { from: number; to: number }) => part.from < to && from < part.to;
  const { figures, cues } = readFigures(passage.text);
  const selected = figures.filter(({ figure }) => inSelection(figure));
  const chosen =
    selected.length > 0
      ? selected.find(({ cue }) => cue !== null)
      : figures.find(({ cue }) => cue !== null && inSelection(cue));
  if (chosen !== undefined) return suggestionOf(passage, chosen.figure, chosen.cue);
  const cue = selected.length === 0 ? cues.find(inSelection) : undefined;
  return cue === undefined ? null : { category: suggested(passage, cue.category, cue.from, cue.to) };
}
