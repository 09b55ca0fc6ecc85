/**
 * The shape every importer gives its text: paragraphs separated by a single `\n`, none empty,
 * no whitespace at either end of a paragraph and no runs of whitespace inside one.
 */
import type { CleaningStep } from './cleaning';

const whitespaceRun = /\s+/gu;
/** A single no-break space carries meaning (French punctuation, "10 000"): it is kept. */
const meaningfulSpaces = new Set(['\u00A0', '\u202F']);

/** One paragraph with its spacing normalised: runs of whitespace become one space, the ends trimmed. */
export function normaliseSpacing(paragraph: string): string {
  return paragraph.replace(whitespaceRun, (run) => (meaningfulSpaces.has(run) ? run : ' ')).trim();
}

/** Paragraphs joined into document text, spacing normalised and empty paragraphs left out. */
export function joinParagraphs(paragraphs: Iterable<string>): string {
  const kept: string[] = [];
  for (const paragraph of paragraphs) {
    const normalised = normaliseSpacing(paragraph);
    if (normalised !== '') kept.push(normalised);
  }
  return kept.join('\n');
}

/**
 * Text whose lines are already its paragraphs, normalised line by line: each line whose spacing
 * changed and each empty line left out is recorded with its 1-based line number.
 */
export function normaliseLines(text: string): { text: string; steps: CleaningStep[] } {
  const steps: CleaningStep[] = [];
  const kept: string[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    const normalised = normaliseSpacing(line);
    if (normalised === '') steps.push({ kind: 'dropped', line: index + 1 });
    else {
      if (normalised !== line) steps.push({ kind: 'spaced', line: index + 1 });
      kept.push(normalised);
    }
  });
  return { text: kept.join('\n'), steps };
}
