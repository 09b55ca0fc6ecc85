/**
 * Suggested sources of an attributed claim, read from the sentence around it: who is named as
 * saying it ("..., TASS said"; "according to Russia's RIA news agency"; "citing the foreign
 * ministry"; "X told a briefing"; "a statement by the Israeli Foreign Ministry"), and what kind of
 * source that is when the words make it clear. Every value says which words it came from.
 */
import type { SourceKind } from '../attributes';
import type { TextSpan } from '../text/boundaries';
import { sentenceAt } from '../text/boundaries';
import type { TextIndex } from '../text/offsets';
import { basisOf, passageOf, sentenceAround, suggested, type Basis, type Passage, type Suggested } from './passage';
import {
  anonymityClause,
  attributionVerbs,
  betweenSourceAndVerb,
  endsSourceName,
  kindWords,
  mediaDescriptor,
  sourceNouns,
} from './source-words';
import { anyOf, wordSet } from './patterns';

/** A source named in the text, with its kind when the words show it. */
export interface SourceSuggestion {
  source: Suggested<string>;
  sourceKind?: Suggested<SourceKind>;
  /** The words that attribute the claim to the source: "said", "according to", "citing". */
  attribution: Basis;
}

/** Where a source's words are in a passage (UTF-16 indices). */
interface Name {
  from: number;
  to: number;
}

interface Token {
  text: string;
  from: number;
  to: number;
  isWord: boolean;
}

/** A source in a passage: its words and the attribution words (UTF-16 indices), ranked by how explicit they are. */
interface Attribution {
  from: number;
  to: number;
  viaFrom: number;
  viaTo: number;
  rank: number;
}

/** How explicit each way of attributing is; the lower, the more explicit. */
const RANK = { accordingTo: 0, citing: 1, verb: 2, statement: 3 } as const;
const LONGEST_NAME = 12;
/** A quotation is followed over at most this many sentences to find who is quoted. */
const LONGEST_QUOTATION = 6;

const PRONOUNS = new Set(['i', 'we', 'he', 'she', 'it', 'they', 'you', 'this', 'that', 'which', 'who']);
/** Capitalised words that open a sentence without being part of a name. */
const SENTENCE_OPENERS = wordSet(
  'however meanwhile earlier later also but and in on separately yet still now today yesterday then instead moreover',
);
/** "health authorities in Gaza", "a spokesman for the army": words joining the parts of a source's description. */
const NAME_LINKS = new Set(['in', 'at', 'for']);
const TIME_WORDS = /^(?:today|yesterday|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/iu;

function tokensOf(text: string): Token[] {
  return Array.from(text.matchAll(/[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*['’]?|[^\s\p{L}\p{N}]/gu), (match) => ({
    text: match[0],
    from: match.index,
    to: match.index + match[0].length,
    isWord: /^[\p{L}\p{N}]/u.test(match[0]),
  }));
}

const isCapitalised = (token: Token) => /^[\p{Lu}\p{N}]/u.test(token.text);
const lower = (token: Token) => token.text.toLowerCase();

/** The name ending at token `end`, read backwards: "Russian Foreign Ministry spokeswoman Maria Zakharova". */
function nameEndingAt(tokens: readonly Token[], end: number): Name | null {
  let first = end + 1;
  while (first > 0 && end - first < LONGEST_NAME) {
    const token = tokens[first - 1]!;
    const partOfName = isCapitalised(token) || sourceNouns.has(lower(token)) || NAME_LINKS.has(lower(token));
    if (!token.isWord || !partOfName) break;
    first--;
  }
  const leading = (token: Token) =>
    SENTENCE_OPENERS.has(lower(token)) || NAME_LINKS.has(lower(token)) || /^(?:of|and)$/iu.test(token.text);
  while (first <= end && leading(tokens[first]!)) first++;
  return nameOf(tokens, first, end);
}

/** Longest subject read back to the start of a sentence: "Sources close to the negotiations said". */
const LONGEST_SUBJECT = 8;

/**
 * The source before a verb: a name made of capitalised words and source nouns, or failing that the
 * whole subject when the verb's clause opens the sentence and the subject is short.
 */
function subjectBefore(tokens: readonly Token[], end: number): Name | null {
  // The verb opens the passage ("Said officials", "On Sunday said"): nothing comes before it.
  if (end < 0) return null;
  const name = nameEndingAt(tokens, end);
  if (name !== null) return name;
  let first = end;
  while (first > 0 && tokens[first - 1]!.isWord && end - first < LONGEST_SUBJECT) first--;
  const opensSentence = first === 0 || /^[.!?]$/u.test(tokens[first - 1]!.text);
  const words = tokens.slice(first, end + 1);
  const plain = words.every((token) => !attributionVerbs.has(lower(token)) && lower(token) !== 'as');
  const capitalised = words[0] !== undefined && isCapitalised(words[0]);
  return opensSentence && plain && capitalised ? nameOf(tokens, first, end) : null;
}

/** The report a source is read from: "a statement by", "figures from". */
const REPORT_OF = new RegExp(
  String.raw`^(?:an?\s+|the\s+)?(?:\p{L}+\s+)?` +
    anyOf('statement report post tweet announcement communiqué briefing data figures estimates? numbers') +
    String.raw`\s+(?:by|from|of)\s+`,
  'iu',
);

/**
 * The name that starts at token `start`, read forwards over capitalised words and source nouns:
 * "the Ministry of Foreign Affairs of the Jewish state". A report it is read from is skipped:
 * "a statement by the ministry" and "figures from the ministry" name the ministry.
 */
function nameStartingAt(text: string, tokens: readonly Token[], start: number): Name | null {
  const opening = tokens[start];
  if (opening === undefined) return null;
  const report = REPORT_OF.exec(text.slice(opening.from));
  let first = start;
  if (report !== null)
    while (tokens[first] !== undefined && tokens[first]!.from < opening.from + report[0].length) first++;
  let last = first - 1;
  while (last + 1 < tokens.length && last + 1 - first < LONGEST_NAME) {
    const token = tokens[last + 1]!;
    const partOfName = isCapitalised(token) || sourceNouns.has(lower(token));
    if (!token.isWord || endsSourceName.has(lower(token)) || !partOfName) break;
    last++;
  }
  return nameOf(tokens, first, last);
}

/** Tokens first..last as a name, if they hold more than pronouns and articles. */
function nameOf(tokens: readonly Token[], first: number, last: number): Name | null {
  const words = tokens.slice(first, last + 1);
  if (words.length === 0) return null;
  if (words.length === 1 && PRONOUNS.has(lower(words[0]!))) return null;
  if (words.every((token) => /^(?:the|a|an|its|his|her|their|of)$/iu.test(token.text))) return null;
  return { from: words[0]!.from, to: words.at(-1)!.to };
}

/** "a statement by X", "a corresponding statement was published by X": the word "by" after a statement. */
const STATEMENT_BEFORE =
  /\b(?:statement|report|announcement|communiqué|post|tweet|message|letter)s?\b(?:\s+\p{L}+){0,3}\s+$/iu;
/** "X issued a statement", "X released its own statement": the words after the verb. */
const STATEMENT_AFTER = /^\s+(?:an?|its|their|his|her)\s+(?:\p{L}+\s+)?statement\b/iu;

/** Every source named in a passage, in text order, with the words that attribute to it. */
function attributionsIn(text: string): Attribution[] {
  const tokens = tokensOf(text);
  const found: Attribution[] = [];
  const add = (name: Name | null, via: Token, viaEnd: Token, rank: number) => {
    if (name !== null) found.push({ ...name, viaFrom: via.from, viaTo: viaEnd.to, rank });
  };
  tokens.forEach((token, position) => {
    const word = lower(token);
    const next = tokens[position + 1];
    const previous = tokens[position - 1];
    const subject = () => subjectBefore(tokens, skipBetween(tokens, position - 1));
    if (word === 'according' && next !== undefined && lower(next) === 'to') {
      add(nameStartingAt(text, tokens, position + 2), token, next, RANK.accordingTo);
    } else if (word === 'citing' || word === 'cited' || word === 'quoted') {
      // "Interfax quoted a senior official as saying": the official is cited, Interfax reported.
      add(nameStartingAt(text, tokens, position + 1), token, token, RANK.citing);
      if (word !== 'citing') add(subject(), token, token, RANK.verb);
    } else if (word === 'by' && STATEMENT_BEFORE.test(text.slice(Math.max(0, token.from - 60), token.from))) {
      add(nameStartingAt(text, tokens, position + 1), token, token, RANK.statement);
    } else if (/^(?:issued|released|published)$/u.test(word) && STATEMENT_AFTER.test(text.slice(token.to))) {
      add(subject(), token, token, RANK.statement);
    } else if (attributionVerbs.has(word) && !(word === 'saying' && previous?.text.toLowerCase() === 'as')) {
      // '"...," said Maria Zakharova': the source follows the verb.
      const inverted =
        previous !== undefined && /^[,"”]$/u.test(previous.text) && next !== undefined && isCapitalised(next);
      add(inverted ? nameStartingAt(text, tokens, position + 1) : subject(), token, token, RANK.verb);
    }
  });
  return found;
}

/**
 * Steps back over what may stand between a source and its verb: auxiliaries ("X has also said"),
 * a time ("X on Thursday said") and a clause set off by commas ("officials, who asked not to be named, said").
 */
function skipBetween(tokens: readonly Token[], position: number): number {
  let at = position;
  for (;;) {
    const token = tokens[at];
    if (token === undefined) return at;
    if (TIME_WORDS.test(token.text) && tokens[at - 1] !== undefined && lower(tokens[at - 1]!) === 'on') at -= 2;
    else if (token.isWord && betweenSourceAndVerb.has(lower(token)) && !isCapitalised(token)) at--;
    else if (token.text === ',') {
      const opening = clauseOpening(tokens, at);
      if (opening === null) return at;
      at = opening - 1;
    } else return at;
  }
}

/** The comma opening a clause ", who ... ," or ", which ... ," that ends at the comma at `closing`. */
function clauseOpening(tokens: readonly Token[], closing: number): number | null {
  for (let at = closing - 1; at > 0 && closing - at <= LONGEST_NAME; at--) {
    const token = tokens[at]!;
    if (!token.isWord)
      return token.text === ',' && /^(?:who|which|whom)$/iu.test(tokens[at + 1]?.text ?? '') ? at : null;
  }
  return null;
}

/** The name as a source is recorded: "Russia's RIA news agency" is RIA; a leading "The" is lower-cased. */
function cleanName(words: string): string {
  let name = words;
  const descriptor = mediaDescriptor.exec(name);
  if (descriptor !== null) {
    const owned = name.slice(0, descriptor.index).replace(/^(?:the\s+)?\p{Lu}[\p{L}.-]*['’]s?\s+/u, '');
    if (/\p{Lu}/u.test(owned)) name = owned;
  }
  return name.replace(/^(The|An?)\s/u, (article: string) => article.toLowerCase());
}

/** A description set off after a name: "Maria Zakharova, the ministry's spokeswoman". */
const APPOSITION = /^,\s+(?:the|a|an|its|his|her|their)\s[^,.;:"“”]*/u;

function kindOf(passage: Passage, attribution: Attribution): Suggested<SourceKind> | undefined {
  const after = passage.text.slice(attribution.to);
  const anonymity = anonymityClause.exec(after);
  if (anonymity !== null) {
    const words = anonymity[1] ?? '';
    const from = attribution.to + anonymity[0].length - words.length;
    return suggested(passage, 'anonymous', from, from + words.length);
  }
  const described = passage.text.slice(attribution.from, attribution.to + (APPOSITION.exec(after)?.[0].length ?? 0));
  for (const [kind, pattern] of kindWords) {
    const match = pattern.exec(described);
    if (match !== null) {
      const from = attribution.from + match.index;
      return suggested(passage, kind, from, from + match[0].length);
    }
  }
  return undefined;
}

/** Opening minus closing quotation marks in a passage; a straight quote opens after a space and closes before one. */
function openQuotations(text: string): number {
  let depth = 0;
  for (const match of text.matchAll(/["“”«»]/gu)) {
    const mark = match[0];
    const before = text[match.index - 1] ?? ' ';
    const opens = mark === '“' || mark === '«' || (mark === '"' && /[\s([]/u.test(before));
    depth = opens ? depth + 1 : Math.max(0, depth - 1);
  }
  return depth;
}

/** The sentence around a span, followed on while a quotation in it stays open: '"A. B," TASS said.' */
function attributionSpan(index: TextIndex, start: number, end: number): TextSpan {
  let span = sentenceAround(index, start, end);
  for (let step = 0; step < LONGEST_QUOTATION && openQuotations(index.slice(span.start, span.end)) > 0; step++) {
    const rest = index.slice(span.end, index.codePointLength);
    const skipped = Array.from(rest.slice(0, rest.length - rest.trimStart().length)).length;
    const next = sentenceAt(index, span.end + skipped);
    if (next === null || next.end <= span.end) break;
    span = { start: span.start, end: sentenceAround(index, next.start, next.end).end };
  }
  return span;
}

/**
 * Sources named in the sentence around a claim selected between two code-point offsets, the most
 * explicit attribution first ("according to", then "citing", then "X said", then "a statement by"),
 * nearer ones before farther ones. A quotation is followed to the sentence that closes it. Empty
 * when the sentence names no source; pronouns ("it said") are not taken as sources.
 */
export function suggestSources(index: TextIndex, start: number, end: number): SourceSuggestion[] {
  const passage = passageOf(index, attributionSpan(index, start, end));
  const from = index.toUtf16(start) - passage.utf16Start;
  const to = index.toUtf16(end) - passage.utf16Start;
  const distance = (attribution: Attribution) => Math.max(0, attribution.viaFrom - to, from - attribution.viaTo);
  const ranked = attributionsIn(passage.text).sort((a, b) => a.rank - b.rank || distance(a) - distance(b));
  const seen = new Set<string>();
  const suggestions: SourceSuggestion[] = [];
  for (const attribution of ranked) {
    const name = cleanName(passage.text.slice(attribution.from, attribution.to));
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    const sourceKind = kindOf(passage, attribution);
    suggestions.push({
      source: { value: name, from: basisOf(passage, attribution.from, attribution.to) },
      ...(sourceKind === undefined ? {} : { sourceKind }),
      attribution: basisOf(passage, attribution.viaFrom, attribution.viaTo),
    });
  }
  return suggestions;
}
