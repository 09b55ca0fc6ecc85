/**
 * Annotation commands, in ProseMirror's command shape `(state, dispatch?) => boolean`: called
 * without `dispatch` they answer whether they apply, so toolbars can enable themselves.
 */
import { closeHistory } from 'prosemirror-history';
import { TextSelection, type Command, type EditorState, type Transaction } from 'prosemirror-state';
import { attributesForLabel, defaultAttributes } from '../../shared/attributes';
import type { LabelId } from '../../shared/labels';
import { AnnotationStep, type AnnotationChange } from './annotation-step';
import { annotationPluginKey, annotationState, type AnnotationMeta } from './annotations';
import { wordSnappedRange } from './navigation';
import type { EditorAnnotation } from './types';

export type AnnotationEdits = Partial<Pick<EditorAnnotation, 'note' | 'confidence' | 'attributes'>>;

function changeTransaction(state: EditorState, change: AnnotationChange, select?: string | null): Transaction {
  const tr = closeHistory(state.tr.step(new AnnotationStep(change)));
  if (select !== undefined) tr.setMeta(annotationPluginKey, { select } satisfies AnnotationMeta);
  return tr;
}

/** The selection's range without the whitespace a double-click or a drag often takes along. */
function trimmedSelection(state: EditorState): { from: number; to: number } | null {
  const { from, to } = state.selection;
  const text = state.doc.textBetween(from, to, '\n');
  const leading = text.length - text.trimStart().length;
  if (leading === text.length) return null;
  const trailing = text.length - text.trimEnd().length;
  return { from: from + positionsOf(state, from, leading), to: to - positionsOf(state, to, -trailing) };
}

/** How many positions `characters` whitespace characters span from `position` (backwards when negative). */
function positionsOf(state: EditorState, position: number, characters: number): number {
  let moved = 0;
  let remaining = Math.abs(characters);
  const step = characters < 0 ? -1 : 1;
  while (remaining > 0) {
    const here = position + moved * step;
    const $pos = state.doc.resolve(here);
    const atBoundary = step > 0 ? $pos.parentOffset === $pos.parent.content.size : $pos.parentOffset === 0;
    // Crossing from one paragraph into the next spends one character (the `\n`) but two positions.
    moved += atBoundary ? 2 : 1;
    remaining--;
  }
  return moved;
}

/**
 * Tags the selected text with a label, widened to whole words unless `exact`; with no text
 * selected, relabels the selected annotation.
 */
export function tag(label: LabelId, exact = false): Command {
  return (state, dispatch) => {
    if (state.selection.empty) return relabelSelected(label)(state, dispatch);
    const range = exact ? trimmedSelection(state) : wordSnappedRange(state, state.selection.from, state.selection.to);
    if (!range) return false;
    if (dispatch) {
      const annotation = {
        id: crypto.randomUUID(),
        label,
        ...range,
        note: '',
        confidence: null,
        attributes: defaultAttributes(label),
      } as EditorAnnotation;
      const tr = changeTransaction(state, { kind: 'add', annotation }, annotation.id);
      dispatch(tr.setSelection(TextSelection.create(tr.doc, range.to)));
    }
    return true;
  };
}

/** Gives the selected annotation another label, keeping the attributes both labels have. */
export function relabelSelected(label: LabelId): Command {
  return (state, dispatch) => {
    const { annotations, selectedId } = annotationState(state);
    const before = selectedId === null ? undefined : annotations.get(selectedId);
    if (!before || before.label === label) return false;
    if (dispatch) {
      const after = { ...before, label, attributes: attributesForLabel(label, before.attributes) } as EditorAnnotation;
      dispatch(changeTransaction(state, { kind: 'update', before, after }));
    }
    return true;
  };
}

/** Deletes an annotation (the selected one when no id is given). */
export function deleteAnnotation(id?: string): Command {
  return (state, dispatch) => {
    const { annotations, selectedId } = annotationState(state);
    const target = annotations.get(id ?? selectedId ?? '');
    if (!target) return false;
    if (dispatch) dispatch(changeTransaction(state, { kind: 'remove', annotation: target }));
    return true;
  };
}

/** Changes the note, confidence or attributes of an annotation. */
export function editAnnotation(id: string, edits: AnnotationEdits): Command {
  return (state, dispatch) => {
    const before = annotationState(state).annotations.get(id);
    if (!before) return false;
    const after = { ...before, ...edits } as EditorAnnotation;
    if (JSON.stringify(after) === JSON.stringify(before)) return false;
    if (dispatch) dispatch(changeTransaction(state, { kind: 'update', before, after }));
    return true;
  };
}

/** Selects an annotation, or clears the selection with `null`. */
export function selectAnnotation(id: string | null): Command {
  return (state, dispatch) => {
    if (id !== null && !annotationState(state).annotations.has(id)) return false;
    if (dispatch) dispatch(state.tr.setMeta(annotationPluginKey, { select: id } satisfies AnnotationMeta));
    return true;
  };
}
