/**
 * Cleaning of scraped article text: a leading `date YYYY-MM-DD ...` line is lifted into the
 * document's date and credit, lines that scraping broke mid-sentence are joined, empty lines are
 * left out and spacing is normalised. Every step is recorded so that the cleaning can be audited
 * against the raw text kept beside it.
 */
import type { DocumentMetadata } from '../../../shared/model';
import { normaliseSpacing } from './paragraphs';

/** Where text was taken out of markup, by the importer of that format. */
export type MarkupFormat = 'markdown' | 'html' | 'docx' | 'pdf';

/**
 * One change the cleaning made. `line` is the 1-based line of the raw text it concerns (for DOCX,
 * the paragraph); `converted` says what markup the text came from and what of it was left out.
 */
export type CleaningStep =
  | { kind: 'lifted'; line: number; field: keyof DocumentMetadata; value: string }
  | { kind: 'joined'; line: number; joiner: '' | ' ' }
  | { kind: 'trimmed'; line: number }
  | { kind: 'spaced'; line: number }
  | { kind: 'dropped'; line: number }
  | { kind: 'converted'; from: MarkupFormat; omitted: Record<string, number> }
  | { kind: 'pageNumber'; page: number; text: string };

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

/** Cleans scraped text; paragraphs in the result are separated by a single `\n`, none empty. */
export function cleanScrapedText(raw: string): CleanedText {
  const steps: CleaningStep[] = [];
  const rawLines = raw.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const first = rawLines.findIndex((line) => line.trim() !== '');
  const lifted = first >= 0 ? liftDateLine(rawLines[first]!, first + 1, steps) : null;

  const paragraphs: string[] = [];
  // An empty line ends a paragraph: the next line never joins the one before the gap.
  let afterGap = true;
  rawLines.forEach((rawLine, index) => {
    const lineNumber = index + 1;
    if (lifted && index === first) return;
    if (rawLine.trim() === '') {
      steps.push({ kind: 'dropped', line: lineNumber });
      afterGap = true;
      return;
    }
    const line = rawLine.trimEnd();
    if (line !== rawLine) steps.push({ kind: 'trimmed', line: lineNumber });
    const spaced = normaliseSpacing(line);
    if (spaced !== line) steps.push({ kind: 'spaced', line: lineNumber });
    const previous = afterGap ? undefined : paragraphs.at(-1);
    afterGap = false;
    // Joins are decided on the line as written: an indented line starts a paragraph.
    if (previous && continuingPunctuation.test(line)) {
      paragraphs[paragraphs.length - 1] = previous + spaced;
      steps.push({ kind: 'joined', line: lineNumber, joiner: '' });
    } else if (previous && startsLowerCase.test(line) && !endsSentence.test(previous)) {
      paragraphs[paragraphs.length - 1] = `${previous} ${spaced}`;
      steps.push({ kind: 'joined', line: lineNumber, joiner: ' ' });
    } else {
      paragraphs.push(spaced);
    }
  });

  return { text: paragraphs.join('\n'), publishedAt: lifted?.publishedAt ?? null, credit: lifted?.credit ?? null, steps };
}
