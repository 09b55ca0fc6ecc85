/**
 * The annotation plugin's decorations: those of the annotations in the drawn range
 * (`drawn-range.ts`), kept up to date change by change. When the range moves, only the
 * annotations that come into it or leave it are drawn or taken away.
 */
import type { Node } from 'prosemirror-model';
import { DecorationSet, type Decoration } from 'prosemirror-view';
import { annotationDecorations, type AnnotationDecorationSpec } from './decorations';
import { isDrawn, overlaps, type DrawnRange } from './drawn-range';
import type { EditorAnnotation } from './types';

function decorationsOf(decorations: DecorationSet, annotation: EditorAnnotation): Decoration[] {
  return decorations.find(annotation.from, annotation.to, (spec: AnnotationDecorationSpec) => spec.annotationId === annotation.id);
}

export function withoutAnnotation(decorations: DecorationSet, annotation: EditorAnnotation): DecorationSet {
  const own = decorationsOf(decorations, annotation);
  return own.length === 0 ? decorations : decorations.remove(own);
}

/** Draws an annotation that has no decorations, where it is drawn at all. */
export function withAnnotation(decorations: DecorationSet, doc: Node, annotation: EditorAnnotation, selected: boolean, drawn: DrawnRange): DecorationSet {
  return isDrawn(annotation, drawn) ? decorations.add(doc, annotationDecorations(annotation, selected)) : decorations;
}

/** Draws an annotation anew where it is drawn at all. */
export function redraw(decorations: DecorationSet, doc: Node, annotation: EditorAnnotation, selected: boolean, drawn: DrawnRange): DecorationSet {
  return withAnnotation(withoutAnnotation(decorations, annotation), doc, annotation, selected, drawn);
}

/** The decorations of the annotations (in text order) that are in the range. */
function drawnDecorations(ordered: readonly EditorAnnotation[], drawn: DrawnRange, selectedId: string | null): Decoration[] {
  const shown: Decoration[] = [];
  for (const annotation of ordered) {
    if (annotation.from > drawn.to) break;
    if (isDrawn(annotation, drawn)) shown.push(...annotationDecorations(annotation, annotation.id === selectedId));
  }
  return shown;
}

/** The decorations of every annotation in the range. */
export function decorationsIn(doc: Node, ordered: readonly EditorAnnotation[], drawn: DrawnRange, selectedId: string | null): DecorationSet {
  return DecorationSet.create(doc, drawnDecorations(ordered, drawn, selectedId));
}

/** Draws annotations (in text order) that have no decorations, those in the range. */
export function withAnnotationsIn(
  decorations: DecorationSet,
  doc: Node,
  ordered: readonly EditorAnnotation[],
  drawn: DrawnRange,
  selectedId: string | null,
): DecorationSet {
  const shown = drawnDecorations(ordered, drawn, selectedId);
  return shown.length === 0 ? decorations : decorations.add(doc, shown);
}

/**
 * The decorations once the drawn range has moved from `before` to `after`. A range that moved
 * away entirely is drawn afresh; one that grew or shrank keeps what stays in it untouched.
 */
export function redrawnForRange(
  decorations: DecorationSet,
  doc: Node,
  ordered: readonly EditorAnnotation[],
  before: DrawnRange,
  after: DrawnRange,
  selectedId: string | null,
): DecorationSet {
  if (!overlaps(before, after)) return decorationsIn(doc, ordered, after, selectedId);
  const coming: Decoration[] = [];
  const going: Decoration[] = [];
  for (const annotation of ordered) {
    if (annotation.from > Math.max(before.to, after.to)) break;
    const was = isDrawn(annotation, before);
    const is = isDrawn(annotation, after);
    if (is && !was) coming.push(...annotationDecorations(annotation, annotation.id === selectedId));
    else if (was && !is) going.push(...decorationsOf(decorations, annotation));
  }
  return decorations.remove(going).add(doc, coming);
}
