/**
 * Cleaning of scraped article text: a leading `date YYYY-MM-DD ...` line is lifted into the
 * document's date and credit, and lines that scraping broke mid-sentence are joined. Every step
 * is recorded so that the cleaning can be audited against the raw text kept beside it.
 */

/** One change the cleaning made; `line` is the 1-based line of the raw text it concerns. */
export type CleaningStep =
  | { kind: 'lifted'; line: number; field: 'publishedAt' | 'credit'; value: string }
  | { kind: 'joined'; line: number; joiner: '' | ' ' }
  | { kind: 'trimmed'; line: number };

export interface CleanedText {
  text: string;
  publishedAt: string | null;
  credit: string | null;
  steps: CleaningStep[];
}

const dateLine = /^date\s+(\d{4}-\d{2}-\d{2})\b\s*(.*)$/i;
/** Punctuation that cannot start a paragraph: the line continues the one before it. */
const continuingPunctuation = /^[,.;:!?)\]]/;
const startsLowerCase = /^\p{Ll}/u;
/** A line that ends a sentence, possibly inside closing quotes or brackets. */
const endsSentence = /[.!?:…]["'”’)\]]*$/u;

function liftDateLine(line: string, lineNumber: number, steps: CleaningStep[]) {
  const match = dateLine.exec(line.trim());
  if (!match) return null;
  const publishedAt = match[1]!;
  const credit = match[2]!.trim() || null;
  steps.push({ kind: 'lifted', line: lineNumber, field: 'publishedAt', value: publishedAt });
  if (credit) steps.push({ kind: 'lifted', line: lineNumber, field: 'credit', value: credit });
  return { publishedAt, credit };
}

/** Cleans scraped text; paragraphs in the result are separated by a single `\n`. */
export function cleanScrapedText(raw: string): CleanedText {
  const steps: CleaningStep[] = [];
  const rawLines = raw.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let first = rawLines.findIndex((line) => line.trim() !== '');
  const lifted = first >= 0 ? liftDateLine(rawLines[first]!, first + 1, steps) : null;
  if (lifted) first++;

  const paragraphs: string[] = [];
  rawLines.slice(Math.max(first, 0)).forEach((rawLine, index) => {
    const lineNumber = Math.max(first, 0) + index + 1;
    const line = rawLine.trimEnd();
    if (line !== rawLine) steps.push({ kind: 'trimmed', line: lineNumber });
    const previous = paragraphs.at(-1);
    if (previous && continuingPunctuation.test(line)) {
      paragraphs[paragraphs.length - 1] = previous + line;
      steps.push({ kind: 'joined', line: lineNumber, joiner: '' });
    } else if (previous && startsLowerCase.test(line) && !endsSentence.test(previous)) {
      paragraphs[paragraphs.length - 1] = `${previous} ${line}`;
      steps.push({ kind: 'joined', line: lineNumber, joiner: ' ' });
    } else {
      paragraphs.push(line);
    }
  });
  while (paragraphs.length > 0 && paragraphs.at(-1) === '') paragraphs.pop();
  while (paragraphs.length > 0 && paragraphs[0] === '') paragraphs.shift();

  return { text: paragraphs.join('\n'), publishedAt: lifted?.publishedAt ?? null, credit: lifted?.credit ?? null, steps };
}
