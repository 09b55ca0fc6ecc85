/** Choosing and describing the spans a foreign-format writer exports for one document. */
import type { LabelId } from '../labels';
import type { Annotation } from '../model';
import { describeSpan } from '../text/anchor';
import type { TextQuote } from '../text/anchor';
import { TextIndex } from '../text/offsets';
import { describeProblem } from './problems';
import type { DocumentEntry, FormatNotice } from './types';

/** An annotation as exported: its offsets with the text they hold now, and its context. */
export interface ExportedSpan extends TextQuote {
  annotation: Annotation;
}

/**
 * The annotations of a document to export, in text order: those with an included label whose span
 * can be found in the text. Orphaned annotations (their text is no longer there) are left out with
 * a notice; quotes and context are taken from the text, so that they always agree with the offsets.
 */
export function exportedSpans(
  entry: DocumentEntry,
  labels: readonly LabelId[],
  index: TextIndex,
  file: string,
  notices: FormatNotice[],
): ExportedSpan[] {
  const spans: ExportedSpan[] = [];
  for (const annotation of entry.annotations) {
    if (!labels.includes(annotation.label)) continue;
    const outOfText = annotation.end > index.codePointLength || annotation.start > annotation.end;
    if (annotation.anchor === 'orphaned' || outOfText) {
      const reason = 'left out: its text was not found in the current version of the document';
      notices.push(exportNotice('skipped', file, entry, annotation, reason));
      continue;
    }
    spans.push({ annotation, ...describeSpan(index, annotation.start, annotation.end) });
  }
  return spans.sort((a, b) => a.annotation.start - b.annotation.start || a.annotation.end - b.annotation.end);
}

/** Builds a notice about an exported annotation. */
export function exportNotice(
  kind: FormatNotice['kind'],
  file: string,
  entry: DocumentEntry,
  annotation: Annotation,
  reason: string,
): FormatNotice {
  const place = { file, annotation: annotation.id, documentId: entry.document.id };
  return { ...place, kind, reason, message: describeProblem(place, reason) };
}
