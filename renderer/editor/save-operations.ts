/** What the store must do after a transaction: the annotation saves and deletions its steps call for. */
import type { Transaction } from 'prosemirror-state';
import type { AnnotationDraft } from '../../shared/model';
import { annotationStepsOf } from './annotation-step';
import { offsetOfPosition, textIndexOf } from './positions';
import type { EditorAnnotation } from './types';

export type SaveOperation = { kind: 'save'; draft: AnnotationDraft } | { kind: 'delete'; id: string };

/** The stored form of an editor annotation: positions become code-point offsets into the text. */
export function draftOf(annotation: EditorAnnotation, documentId: string, tr: Transaction): AnnotationDraft {
  const index = textIndexOf(tr.doc);
  const { from, to, ...content } = annotation;
  return { ...content, documentId, start: offsetOfPosition(index, from), end: offsetOfPosition(index, to) } as AnnotationDraft;
}

export function saveOperationsOf(tr: Transaction, documentId: string): SaveOperation[] {
  return annotationStepsOf(tr.steps).map(({ step, index }) => {
    const { change } = step.map(tr.mapping.slice(index + 1));
    if (change.kind === 'remove') return { kind: 'delete', id: change.annotation.id };
    return { kind: 'save', draft: draftOf(change.kind === 'add' ? change.annotation : change.after, documentId, tr) };
  });
}
