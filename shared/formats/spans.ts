/** Checking the spans a file gives against the text they point into. */
import { TextIndex } from '../text/offsets';
import { resolveLabel } from './label-names';
import { ProblemLog } from './problems';
import type { Where } from './problems';
import type { FormatError, ImportedAnnotation, ImportedDocument } from './types';

/** A quote shortened for an error message. */
export function shortQuote(text: string): string {
  const characters = Array.from(text);
  return JSON.stringify(characters.length > 40 ? `${characters.slice(0, 40).join('')}…` : text);
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/**
 * Checks offsets read from a file: whole numbers from 0, start not after end, and within the text
 * when its length (in code points) is known. Records an error and returns undefined otherwise.
 */
export function readOffsets(
  start: unknown,
  end: unknown,
  textLength: number | undefined,
  log: ProblemLog,
  where: Where,
): { start: number; end: number } | undefined {
  if (!isOffset(start) || !isOffset(end)) {
    log.error('invalid_record', `offsets must be whole numbers from 0, not ${JSON.stringify(start)} and ${JSON.stringify(end)}`, where);
    return undefined;
  }
  if (start > end) {
    log.error('start_after_end', `the span ${start}–${end} starts after it ends`, where);
    return undefined;
  }
  if (textLength !== undefined && end > textLength) {
    log.error('offset_out_of_range', `the span ${start}–${end} runs past the end of the text (${textLength} characters)`, where);
    return undefined;
  }
  return { start, end };
}

/** Line breaks become spaces and runs of white space one space: how brat and others write quotes. */
function collapseWhiteSpace(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

/**
 * Checks that `quote` is the text between the offsets, recording a mismatch. `loosely` compares
 * with white space collapsed, for formats whose quotes cannot hold line breaks.
 */
export function checkQuote(
  index: TextIndex,
  start: number,
  end: number,
  quote: string,
  log: ProblemLog,
  where: Where,
  loosely = false,
): boolean {
  const actual = index.slice(start, end);
  const matches = loosely ? collapseWhiteSpace(actual) === collapseWhiteSpace(quote) : actual === quote;
  if (!matches) {
    log.error(
      'quote_mismatch',
      `the quote ${shortQuote(quote)} does not match the text at ${start}–${end}, which is ${shortQuote(actual)}`,
      where,
    );
  }
  return matches;
}

/**
 * The errors of a document's annotations against a text: for formats that do not carry the text
 * (W3C Web Annotation), once the caller has matched the document. Quotes are compared exactly.
 */
export function checkSpansAgainstText(file: string, document: ImportedDocument, text: string): FormatError[] {
  const log = new ProblemLog(file);
  const index = new TextIndex(text);
  document.annotations.forEach((annotation, position) => {
    const where: Where = {
      ...(annotation.line === undefined ? {} : { line: annotation.line }),
      annotation: annotation.id ?? `#${position + 1}`,
      ...(document.id === undefined ? {} : { documentId: document.id }),
    };
    const offsets = readOffsets(annotation.start, annotation.end, index.codePointLength, log, where);
    if (offsets && annotation.quote !== undefined) checkQuote(index, offsets.start, offsets.end, annotation.quote, log, where);
  });
  return log.finish().errors;
}

/** A span as a foreign format writes it, before checking. */
export interface RawSpan {
  start: unknown;
  end: unknown;
  label: unknown;
  /** The text the file says is at the offsets, when it says. */
  quote?: unknown;
}

/**
 * Checks a span against its document's text and label list, recording every problem found; the
 * annotation (label, offsets, the text at them) when there is none. `loosely` compares quotes with
 * white space collapsed.
 */
export function readSpan(
  raw: RawSpan,
  index: TextIndex,
  log: ProblemLog,
  where: Where,
  loosely = false,
): ImportedAnnotation | undefined {
  const label = resolveLabel(raw.label);
  if (!label) log.error('unknown_label', `the label ${JSON.stringify(raw.label)} is not one of the labels`, where);
  const offsets = readOffsets(raw.start, raw.end, index.codePointLength, log, where);
  if (!offsets) return undefined;
  if (raw.quote !== undefined) {
    if (typeof raw.quote !== 'string') {
      log.error('invalid_record', `the quote must be text, not ${JSON.stringify(raw.quote)}`, where);
      return undefined;
    }
    if (!checkQuote(index, offsets.start, offsets.end, raw.quote, log, where, loosely)) return undefined;
  }
  if (!label) return undefined;
  return {
    ...(where.line === undefined ? {} : { line: where.line }),
    label,
    ...offsets,
    quote: index.slice(offsets.start, offsets.end),
  };
}
