/**
 * The annotation plugin. Its state holds the document's annotations, and the decorations of those
 * in the drawn range (`drawn-range.ts`); each transaction changes only what its annotation steps
 * and meta say changed, and maps the rest through the transaction's text changes.
 */
import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { DecorationSet } from 'prosemirror-view';
import { LayeredMap } from '../layered-map';
import { compareInTextOrder, mergedInTextOrder, reordered, withInserted, withRemoved } from './annotation-order';
import { annotationStepsOf, type AnnotationChange } from './annotation-step';
import { decorationsIn, redraw, redrawnForRange, withAnnotation, withAnnotationsIn, withoutAnnotation } from './drawing';
import { mapRange, openingRange, sameRange, type DrawnRange } from './drawn-range';
import type { EditorAnnotation } from './types';

/** The annotations by id: a change shares all the others with the previous version. */
export type AnnotationsById = LayeredMap<EditorAnnotation>;

export interface AnnotationPluginState {
  annotations: AnnotationsById;
  /** The same annotations in text order. */
  ordered: readonly EditorAnnotation[];
  /** Where highlights are drawn so far: from the first screen outwards (`viewport.ts`). */
  drawn: DrawnRange;
  /** The decorations of the annotations in the drawn range. */
  decorations: DecorationSet;
  selectedId: string | null;
}

/** Meta a transaction carries to change which annotation is selected, or where highlights are drawn. */
export interface AnnotationMeta {
  select?: string | null;
  drawn?: DrawnRange;
  /**
   * The rest of the article's annotations, added once its first screen is painted: in text order,
   * all after those the state was created with, at positions in the document as it was opened.
   */
  loaded?: readonly EditorAnnotation[];
}

export const annotationPluginKey = new PluginKey<AnnotationPluginState>('annotations');

export function annotationState(state: EditorState): AnnotationPluginState {
  return annotationPluginKey.getState(state)!;
}

interface Working {
  annotations: AnnotationsById;
  ordered: readonly EditorAnnotation[];
  decorations: DecorationSet;
  /** The annotations drawn anew by the transaction's changes, as selected or not by its end. */
  redrawn: Set<string>;
}

function applyChange(change: AnnotationChange, working: Working, doc: Node, selectedId: string | null, drawn: DrawnRange): void {
  if (change.kind === 'add') {
    working.annotations = working.annotations.set(change.annotation.id, change.annotation);
    working.ordered = withInserted(working.ordered, change.annotation);
    working.decorations = withAnnotation(working.decorations, doc, change.annotation, change.annotation.id === selectedId, drawn);
    working.redrawn.add(change.annotation.id);
    return;
  }
  const current = working.annotations.get(change.kind === 'remove' ? change.annotation.id : change.before.id);
  if (!current) return;
  working.ordered = withRemoved(working.ordered, current);
  working.decorations = withoutAnnotation(working.decorations, current);
  if (change.kind === 'remove') {
    working.annotations = working.annotations.delete(current.id);
    return;
  }
  working.annotations = working.annotations.set(current.id, change.after);
  working.ordered = withInserted(working.ordered, change.after);
  working.decorations = withAnnotation(working.decorations, doc, change.after, current.id === selectedId, drawn);
  working.redrawn.add(current.id);
}

/**
 * Where an annotation is after a text change. One whose text was deleted entirely stays, collapsed
 * where its text was, remembering that text; if the same text comes back there (an undo), it
 * covers it again.
 */
function mapAnnotation(annotation: EditorAnnotation, tr: Transaction): EditorAnnotation {
  const from = tr.mapping.map(annotation.from, 1);
  const to = Math.max(from, tr.mapping.map(annotation.to, -1));
  if (from < to) {
    if (from === annotation.from && to === annotation.to && annotation.orphanedQuote === undefined) return annotation;
    const { orphanedQuote: _, ...anchored } = annotation;
    return { ...anchored, from, to };
  }
  const quote = annotation.orphanedQuote ?? tr.before.textBetween(annotation.from, annotation.to, '\n');
  for (const start of [from - quote.length, from]) {
    if (start > 0 && start + quote.length <= tr.doc.content.size && quote !== '' && tr.doc.textBetween(start, start + quote.length, '\n') === quote) {
      const { orphanedQuote: _, ...anchored } = annotation;
      return { ...anchored, from: start, to: start + quote.length };
    }
  }
  return { ...annotation, from, to: from, orphanedQuote: quote };
}

function mapAnnotations(annotations: AnnotationsById, tr: Transaction): AnnotationsById {
  return annotations.map((annotation) => mapAnnotation(annotation, tr));
}

/** The state's annotations with the rest of the article's (`AnnotationMeta.loaded`), those in the drawn range drawn. */
function withLoaded(
  current: Pick<AnnotationPluginState, 'annotations' | 'ordered' | 'decorations'>,
  loaded: readonly EditorAnnotation[],
  doc: Node,
  selectedId: string | null,
  drawn: DrawnRange,
): Pick<AnnotationPluginState, 'annotations' | 'ordered' | 'decorations'> {
  return {
    annotations: LayeredMap.byId([...current.annotations.values(), ...loaded]),
    ordered: mergedInTextOrder(current.ordered, loaded),
    decorations: withAnnotationsIn(current.decorations, doc, loaded, drawn, selectedId),
  };
}

function applyTransaction(tr: Transaction, previous: AnnotationPluginState): AnnotationPluginState {
  const steps = annotationStepsOf(tr.steps);
  const textChanged = steps.length < tr.steps.length;
  const meta = tr.getMeta(annotationPluginKey) as AnnotationMeta | undefined;
  if (!textChanged && steps.length === 0 && meta === undefined) return previous;

  let annotations = previous.annotations;
  let { ordered, decorations, drawn } = previous;
  if (textChanged) {
    const mapped = mapAnnotations(annotations, tr);
    drawn = mapRange(drawn, tr.mapping);
    decorations = decorations.map(tr.mapping, tr.doc);
    // Spans that collapsed or came back are drawn anew; the rest moved with the mapping.
    for (const [id, annotation] of mapped) {
      const before = annotations.get(id)!;
      if ((before.from === before.to) !== (annotation.from === annotation.to)) {
        decorations = redraw(decorations, tr.doc, annotation, id === previous.selectedId, drawn);
      }
    }
    annotations = mapped;
    ordered = reordered(ordered, mapped);
  }
  if (meta?.loaded) ({ annotations, ordered, decorations } = withLoaded({ annotations, ordered, decorations }, meta.loaded, tr.doc, previous.selectedId, drawn));
  const requestedId = meta?.select !== undefined ? meta.select : previous.selectedId;
  // Drawn by the changes, and by a move of the drawn range, as the transaction leaves the selection
  // (a new annotation selected at once), not drawn once as they were and again for it.
  const redrawn = new Set<string>();
  if (steps.length > 0) {
    const working: Working = { annotations, ordered, decorations, redrawn };
    for (const { step, index } of steps) {
      // The step's positions refer to the document at its place in the transaction.
      const { change } = step.map(tr.mapping.slice(index + 1));
      applyChange(change, working, tr.doc, requestedId, drawn);
    }
    ({ annotations, ordered, decorations } = working);
  }

  const selectedId = requestedId !== null && annotations.has(requestedId) ? requestedId : null;
  if (meta?.drawn && !sameRange(meta.drawn, drawn)) {
    decorations = redrawnForRange(decorations, tr.doc, ordered, drawn, meta.drawn, selectedId);
    drawn = meta.drawn;
  }
  if (selectedId !== previous.selectedId) {
    const deselected = previous.selectedId === null ? undefined : annotations.get(previous.selectedId);
    if (deselected && !redrawn.has(deselected.id)) decorations = redraw(decorations, tr.doc, deselected, false, drawn);
    const selected = selectedId === null ? undefined : annotations.get(selectedId);
    if (selected && !redrawn.has(selected.id)) decorations = redraw(decorations, tr.doc, selected, true, drawn);
  }
  return { annotations, ordered, drawn, decorations, selectedId };
}

/** The plugin, starting with the given annotations (positions in `doc`) and the highlights a screen `screenHeight` pixels tall shows first. */
export function annotationPlugin(initial: readonly EditorAnnotation[], screenHeight: number): Plugin<AnnotationPluginState> {
  return new Plugin<AnnotationPluginState>({
    key: annotationPluginKey,
    state: {
      init(_config, state) {
        const ordered = [...initial].sort(compareInTextOrder);
        const drawn = openingRange(state.doc, screenHeight);
        return {
          annotations: LayeredMap.byId(initial),
          ordered,
          drawn,
          decorations: decorationsIn(state.doc, ordered, drawn, null),
          selectedId: null,
        };
      },
      apply: (tr, value) => applyTransaction(tr, value),
    },
    props: {
      decorations: (state) => annotationState(state).decorations,
    },
  });
}
