/** What the store must do after a transaction: the text to save, and the annotation saves and deletions. */
import type { EditorState, Transaction } from 'prosemirror-state';
import type { AnnotationDraft } from '../../shared/model';
import { annotationStepsOf } from './annotation-step';
import { annotationState } from './annotations';
import { positionsOf } from './positions';
import { articleText } from './schema';
import type { EditorAnnotation } from './types';

export interface AnnotationSpan {
  id: string;
  start: number;
  end: number;
}

export type SaveOperation =
  | { kind: 'save'; draft: AnnotationDraft }
  | { kind: 'delete'; id: string }
  /** The corrected text, with where every annotation of the document now is. */
  | { kind: 'text'; documentId: string; text: string; spans: AnnotationSpan[] };

/** The stored form of an editor annotation: positions become code-point offsets into the text. */
export function draftOf(annotation: EditorAnnotation, documentId: string, state: EditorState): AnnotationDraft {
  const positions = positionsOf(state.doc);
  const { from, to, orphanedQuote: _, ...content } = annotation;
  return { ...content, documentId, start: positions.offsetOfPosition(from), end: positions.offsetOfPosition(to) } as AnnotationDraft;
}

function textSave(state: EditorState, documentId: string): SaveOperation {
  const positions = positionsOf(state.doc);
  const spans = [...annotationState(state).annotations.values()].map((annotation) => ({
    id: annotation.id,
    start: positions.offsetOfPosition(annotation.from),
    end: positions.offsetOfPosition(annotation.to),
  }));
  return { kind: 'text', documentId, text: articleText(state.doc), spans };
}

/** The operations a transaction calls for, given the state it produced. */
export function saveOperationsOf(tr: Transaction, state: EditorState, documentId: string): SaveOperation[] {
  const steps = annotationStepsOf(tr.steps);
  const operations: SaveOperation[] = steps.length < tr.steps.length ? [textSave(state, documentId)] : [];
  for (const { step, index } of steps) {
    const { change } = step.map(tr.mapping.slice(index + 1));
    if (change.kind === 'remove') operations.push({ kind: 'delete', id: change.annotation.id });
    else {
      // The annotation as the plugin holds it now: its text may have moved since the step.
      const current = annotationState(state).annotations.get(change.kind === 'add' ? change.annotation.id : change.after.id);
      if (current) operations.push({ kind: 'save', draft: draftOf(current, documentId, state) });
    }
  }
  return operations;
}
