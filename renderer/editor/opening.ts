/**
 * An article as the editor opens it: its ProseMirror document and its stored annotations at
 * positions in it. Built once when the document is read; the editor's state starts from the same
 * objects, so keeping them for a view created again (after a panel's failure) costs nothing more.
 */
import type { Node } from 'prosemirror-model';
import type { OpenedAnnotation } from '../../shared/model';
import { positionsOf, type ArticlePositions } from './positions';
import { articleDocument } from './schema';
import type { EditorAnnotation } from './types';

export interface OpenedArticle {
  doc: Node;
  annotations: readonly EditorAnnotation[];
}

function editorAnnotationOf(annotation: OpenedAnnotation, positions: ArticlePositions): EditorAnnotation {
  const { id, label, note, confidence, attributes } = annotation;
  return {
    id,
    label,
    note,
    confidence,
    attributes,
    from: positions.positionOfOffset(annotation.start),
    to: positions.positionOfOffset(annotation.end),
  } as EditorAnnotation;
}

export function openedArticle(text: string, annotations: readonly OpenedAnnotation[]): OpenedArticle {
  const doc = articleDocument(text);
  const positions = positionsOf(doc, text);
  return { doc, annotations: annotations.map((annotation) => editorAnnotationOf(annotation, positions)) };
}
