/**
 * Moving through the article from the keyboard: from annotation to annotation, and extending a
 * selection by whole sentences. Commands, in ProseMirror's shape.
 */
import { TextSelection, type Command, type EditorState } from 'prosemirror-state';
import { nextSentenceBoundary, previousSentenceBoundary, snapToWords } from '../../shared/text/boundaries';
import { annotationPluginKey, annotationState, type AnnotationMeta } from './annotations';
import { positionsOf } from './positions';
import type { EditorAnnotation } from './types';

/**
 * Selects the next (1) or previous (-1) annotation in text order, from the selected one or from
 * the cursor, and puts the cursor at its start so that the keys that follow act on it.
 */
export function moveToAnnotation(direction: 1 | -1): Command {
  return (state, dispatch) => {
    const list = annotationState(state).ordered;
    if (list.length === 0) return false;
    const { selectedId } = annotationState(state);
    const current = list.findIndex((annotation) => annotation.id === selectedId);
    let target: EditorAnnotation | undefined;
    if (current >= 0) target = list[current + direction];
    else {
      const cursor = state.selection.from;
      target = direction === 1 ? list.find((a) => a.from >= cursor) : list.findLast((a) => a.from < cursor);
    }
    target ??= direction === 1 ? list[0] : list.at(-1);
    if (!target) return false;
    if (dispatch) {
      const tr = state.tr.setSelection(TextSelection.create(state.doc, target.from));
      dispatch(tr.setMeta(annotationPluginKey, { select: target.id } satisfies AnnotationMeta).scrollIntoView());
    }
    return true;
  };
}

/** Moves the selection's head to the next (1) or previous (-1) sentence boundary, keeping its anchor. */
export function extendBySentence(direction: 1 | -1): Command {
  return (state, dispatch) => {
    const positions = positionsOf(state.doc);
    const head = positions.offsetOfPosition(state.selection.head);
    const next = direction === 1 ? nextSentenceBoundary(positions.index, head) : previousSentenceBoundary(positions.index, head);
    if (next === head) return false;
    if (dispatch) {
      const selection = TextSelection.create(state.doc, state.selection.anchor, positions.positionOfOffset(next));
      dispatch(state.tr.setSelection(selection).scrollIntoView());
    }
    return true;
  };
}

/** The selection widened to whole words, as positions; null when it holds nothing but blanks. */
export function wordSnappedRange(state: EditorState, from: number, to: number): { from: number; to: number } | null {
  const positions = positionsOf(state.doc);
  const snapped = snapToWords(positions.index, positions.offsetOfPosition(from), positions.offsetOfPosition(to));
  if (snapped.start >= snapped.end || positions.index.slice(snapped.start, snapped.end).trim() === '') return null;
  return { from: positions.positionOfOffset(snapped.start), to: positions.positionOfOffset(snapped.end) };
}

/** Widens a text selection to whole words. */
export const snapSelectionToWords: Command = (state, dispatch) => {
  if (state.selection.empty) return false;
  const range = wordSnappedRange(state, state.selection.from, state.selection.to);
  if (!range || (range.from === state.selection.from && range.to === state.selection.to)) return false;
  if (dispatch) {
    const backwards = state.selection.head < state.selection.anchor;
    const [anchor, head] = backwards ? [range.to, range.from] : [range.from, range.to];
    dispatch(state.tr.setSelection(TextSelection.create(state.doc, anchor, head)));
  }
  return true;
};
