/**
 * Amounts written in running text: digits with group separators ("6,500", "6 500", "6.500"),
 * decimals with a scale ("1.2 million", "2.5m"), number words ("three", "twenty-one", "two hundred
 * and fifty") and vague amounts ("dozens", "tens of thousands"). Offsets are UTF-16 indices into the
 * string searched; callers convert them.
 */

import { anyOf } from './patterns';

export interface Amount {
  /** UTF-16 index of the first character of the amount's words. */
  from: number;
  /** UTF-16 index after the last character of the amount's words. */
  to: number;
  text: string;
  /** The number written, or null for a vague amount such as "dozens". */
  value: number | null;
  /** "dozens", "a dozen", "hundreds": an approximate amount by the words themselves. */
  approximate: boolean;
  /** Written with digits rather than words. */
  digits: boolean;
  /** Digits written without any separator or scale, as years are ("2014"). */
  bareDigits: boolean;
}

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };
/** Short scales written straight after digits: "2.5m", "3bn", "10k". */
const ATTACHED_SCALES: Record<string, number> = {
  k: 1_000,
  m: 1_000_000,
  mn: 1_000_000,
  mln: 1_000_000,
  bn: 1_000_000_000,
};

const numberWord = anyOf([...Object.keys(UNITS), ...Object.keys(SCALES), 'dozen'].join(' '));
const notAfterWordCharacter = String.raw`(?<![\p{L}\p{N}])`;
const notBeforeWordCharacter = String.raw`(?![\p{L}\p{N}])`;

/** Up to three digits, then groups of three after one kind of separator: "6,500", "6 500", "1.234.567". */
const groupedDigits =
  String.raw`\d{1,3}(?<separator>[,.\u00a0\u202f\u2009 '’])\d{3}` + String.raw`(?:\k<separator>\d{3})*(?:[.,]\d+)?`;
const plainDigits = String.raw`\d+(?:[.,]\d+)?`;
const scaleAfterDigits = String.raw`(?:(?<attached>k|m|mn|mln|bn)|\s+(?<scale>hundred|thousand|million|billion))?`;
const DIGITS = new RegExp(
  `${notAfterWordCharacter}(?<number>${groupedDigits}|${plainDigits})${scaleAfterDigits}${notBeforeWordCharacter}`,
  'giu',
);

/** Number words joined by spaces, hyphens or "and": "two hundred and fifty", "twenty-one", "a thousand". */
const articleBeforeScale = String.raw`(?:an?\s+(?=(?:hundred|thousand|million|billion|dozen)\b))?`;
const WORDS = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])${articleBeforeScale}${numberWord}(?:(?:\s*-\s*|\s+|\s+and\s+)${numberWord})*` +
    notBeforeWordCharacter,
  'giu',
);

/** Amounts given only roughly: "dozens", "tens of thousands", "several hundred". */
const VAGUE = new RegExp(
  notAfterWordCharacter +
    String.raw`(?:(?:several|a\s+few|many)\s+)?` +
    anyOf(String.raw`
      tens\s+of\s+thousands hundreds\s+of\s+thousands dozens scores hundreds thousands millions
      (?:several|a\s+few)\s+(?:dozen|hundred|thousand|million)
    `) +
    notBeforeWordCharacter,
  'giu',
);

/** The value of digits as written: "6,500" → 6500, "6.500" → 6500, "1.2" → 1.2, "1,5" → 1.5. */
function digitValue(number: string, separator: string | undefined, scaled: boolean): number {
  if (separator !== undefined) {
    const groups = number.split(separator);
    const last = groups.pop() ?? '';
    // "1.500 million" reads as a decimal; "1,234.5" has groups and a decimal part.
    if (scaled && groups.length === 1 && (separator === '.' || separator === ','))
      return Number(`${groups[0]}.${last}`);
    const [whole = '', fraction] = last.split(/[.,]/);
    return Number(`${groups.join('')}${whole}${fraction === undefined ? '' : `.${fraction}`}`);
  }
  return Number(number.replace(',', '.'));
}

/** The value of number words: "two hundred and fifty" → 250, "twenty-one" → 21, "a thousand" → 1000. */
function wordValue(words: string): number {
  let total = 0;
  let current = 0;
  for (const word of words.toLowerCase().split(/[\s-]+/)) {
    if (word === 'and' || word === '') continue;
    if (word === 'a' || word === 'an') current = 1;
    else if (word === 'dozen') current = (current || 1) * 12;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (word in SCALES) {
      total += (current || 1) * SCALES[word]!;
      current = 0;
    } else current += UNITS[word] ?? 0;
  }
  return total + current;
}

function overlaps(amount: Amount, others: readonly Amount[]): boolean {
  return others.some((other) => amount.from < other.to && other.from < amount.to);
}

/** Every amount in a piece of text, in order; where amounts overlap, the vague and digit readings win. */
export function findAmounts(text: string): Amount[] {
  const found: Amount[] = [];
  for (const match of text.matchAll(VAGUE)) {
    const words = match[0];
    found.push({
      from: match.index,
      to: match.index + words.length,
      text: words,
      value: null,
      approximate: true,
      digits: false,
      bareDigits: false,
    });
  }
  for (const match of text.matchAll(DIGITS)) {
    const { number = '', separator, attached, scale } = match.groups ?? {};
    const scaleValue = scale
      ? SCALES[scale.toLowerCase()]
      : attached
        ? ATTACHED_SCALES[attached.toLowerCase()]
        : undefined;
    const value = digitValue(number, separator, scaleValue !== undefined) * (scaleValue ?? 1);
    const amount: Amount = {
      from: match.index,
      to: match.index + match[0].length,
      text: match[0],
      value: Math.round(value * 1e6) / 1e6,
      approximate: false,
      digits: true,
      bareDigits: separator === undefined && scaleValue === undefined && /^\d+$/.test(number),
    };
    if (!overlaps(amount, found)) found.push(amount);
  }
  for (const match of text.matchAll(WORDS)) {
    const words = match[0];
    const amount: Amount = {
      from: match.index,
      to: match.index + words.length,
      text: words,
      value: wordValue(words),
      approximate: /\bdozen\b/i.test(words),
      digits: false,
      bareDigits: false,
    };
    if (!overlaps(amount, found)) found.push(amount);
  }
  return found.sort((a, b) => a.from - b.from);
}
