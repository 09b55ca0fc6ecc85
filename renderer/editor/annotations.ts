/**
 * The annotation plugin. Its state holds the document's annotations and their decorations;
 * each transaction changes only what its annotation steps and meta say changed, and maps the
 * rest through the transaction's text changes.
 */
import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { DecorationSet } from 'prosemirror-view';
import { compareInTextOrder, reordered, withInserted, withRemoved } from './annotation-order';
import { annotationStepsOf, type AnnotationChange } from './annotation-step';
import { annotationDecorations, type AnnotationDecorationSpec } from './decorations';
import type { EditorAnnotation } from './types';

export interface AnnotationPluginState {
  annotations: ReadonlyMap<string, EditorAnnotation>;
  /** The same annotations in text order. */
  ordered: readonly EditorAnnotation[];
  decorations: DecorationSet;
  selectedId: string | null;
}

/** Meta a transaction carries to change which annotation is selected. */
export interface AnnotationMeta {
  select: string | null;
}

export const annotationPluginKey = new PluginKey<AnnotationPluginState>('annotations');

export function annotationState(state: EditorState): AnnotationPluginState {
  return annotationPluginKey.getState(state)!;
}

function withoutAnnotation(decorations: DecorationSet, annotation: EditorAnnotation): DecorationSet {
  const own = decorations.find(annotation.from, annotation.to, (spec: AnnotationDecorationSpec) => spec.annotationId === annotation.id);
  return decorations.remove(own);
}

function redraw(decorations: DecorationSet, doc: Node, annotation: EditorAnnotation, selected: boolean): DecorationSet {
  return withoutAnnotation(decorations, annotation).add(doc, annotationDecorations(annotation, selected));
}

interface Working {
  annotations: Map<string, EditorAnnotation>;
  ordered: readonly EditorAnnotation[];
  decorations: DecorationSet;
}

function applyChange(change: AnnotationChange, working: Working, doc: Node, selectedId: string | null): void {
  if (change.kind === 'add') {
    working.annotations.set(change.annotation.id, change.annotation);
    working.ordered = withInserted(working.ordered, change.annotation);
    working.decorations = working.decorations.add(doc, annotationDecorations(change.annotation, change.annotation.id === selectedId));
    return;
  }
  const current = working.annotations.get(change.kind === 'remove' ? change.annotation.id : change.before.id);
  if (!current) return;
  working.ordered = withRemoved(working.ordered, current);
  working.decorations = withoutAnnotation(working.decorations, current);
  if (change.kind === 'remove') {
    working.annotations.delete(current.id);
    return;
  }
  working.annotations.set(current.id, change.after);
  working.ordered = withInserted(working.ordered, change.after);
  working.decorations = working.decorations.add(doc, annotationDecorations(change.after, current.id === selectedId));
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

function mapAnnotations(annotations: ReadonlyMap<string, EditorAnnotation>, tr: Transaction): Map<string, EditorAnnotation> {
  const mapped = new Map<string, EditorAnnotation>();
  for (const [id, annotation] of annotations) mapped.set(id, mapAnnotation(annotation, tr));
  return mapped;
}

function applyTransaction(tr: Transaction, previous: AnnotationPluginState): AnnotationPluginState {
  const steps = annotationStepsOf(tr.steps);
  const textChanged = steps.length < tr.steps.length;
  const meta = tr.getMeta(annotationPluginKey) as AnnotationMeta | undefined;
  if (!textChanged && steps.length === 0 && meta === undefined) return previous;

  let annotations: ReadonlyMap<string, EditorAnnotation> = previous.annotations;
  let { ordered, decorations } = previous;
  if (textChanged) {
    const mapped = mapAnnotations(annotations, tr);
    decorations = decorations.map(tr.mapping, tr.doc);
    // Spans that collapsed or came back are drawn anew; the rest moved with the mapping.
    for (const [id, annotation] of mapped) {
      const before = annotations.get(id)!;
      if ((before.from === before.to) !== (annotation.from === annotation.to)) {
        decorations = redraw(decorations, tr.doc, annotation, id === previous.selectedId);
      }
    }
    annotations = mapped;
    ordered = reordered(ordered, mapped);
  }
  if (steps.length > 0) {
    const working: Working = { annotations: new Map(annotations), ordered, decorations };
    for (const { step, index } of steps) {
      // The step's positions refer to the document at its place in the transaction.
      const { change } = step.map(tr.mapping.slice(index + 1));
      applyChange(change, working, tr.doc, previous.selectedId);
    }
    ({ annotations, ordered, decorations } = working);
  }

  let selectedId = meta ? meta.select : previous.selectedId;
  if (selectedId !== null && !annotations.has(selectedId)) selectedId = null;
  if (selectedId !== previous.selectedId) {
    const deselected = previous.selectedId === null ? undefined : annotations.get(previous.selectedId);
    if (deselected) decorations = redraw(decorations, tr.doc, deselected, false);
    const selected = selectedId === null ? undefined : annotations.get(selectedId);
    if (selected) decorations = redraw(decorations, tr.doc, selected, true);
  }
  return { annotations, ordered, decorations, selectedId };
}

/** The plugin, starting with the given annotations (positions in `doc`). */
export function annotationPlugin(initial: readonly EditorAnnotation[]): Plugin<AnnotationPluginState> {
  return new Plugin<AnnotationPluginState>({
    key: annotationPluginKey,
    state: {
      init: (_config, state) => ({
        annotations: new Map(initial.map((annotation) => [annotation.id, annotation])),
        ordered: [...initial].sort(compareInTextOrder),
        decorations: DecorationSet.create(
          state.doc,
          initial.flatMap((annotation) => annotationDecorations(annotation, false)),
        ),
        selectedId: null,
      }),
      apply: (tr, value) => applyTransaction(tr, value),
    },
    props: {
      decorations: (state) => annotationPluginKey.getState(state)!.decorations,
    },
  });
}
