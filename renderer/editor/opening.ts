/**
 * An article as the editor opens it: its ProseMirror document and its stored annotations at
 * positions in it. Built once when the document is read; the editor's state starts from the same
 * objects, so keeping them for a view created again (after a panel's failure) costs nothing more.
 */
import type { Node } from 'prosemirror-model';
import { labelIds } from '../../shared/labels';
import type { Annotation } from '../../shared/model';
import { RepeatedStrings } from '../repeated-strings';
import { positionsOf, type ArticlePositions } from './positions';
import { articleDocument } from './schema';
import type { EditorAnnotation } from './types';

export interface OpenedArticle {
  doc: Node;
  annotations: readonly EditorAnnotation[];
}

/** One copy of each label's name: parsed from JSON, every annotation's would be a string of its own. */
function sharedLabel(label: Annotation['label']): Annotation['label'] {
  return labelIds.find((id) => id === label) ?? label;
}

function editorAnnotationOf(annotation: Annotation, positions: ArticlePositions, repeated: RepeatedStrings): EditorAnnotation {
  const { id, note, confidence, attributes } = annotation;
  repeated.sharedIn(attributes);
  return {
    id,
    label: sharedLabel(annotation.label),
    note: repeated.shared('note', note),
    confidence,
    attributes,
    from: positions.positionOfOffset(annotation.start),
    to: positions.positionOfOffset(annotation.end),
  } as EditorAnnotation;
}

export function openedArticle(text: string, annotations: readonly Annotation[]): OpenedArticle {
  const doc = articleDocument(text);
  const positions = positionsOf(doc, text);
  const repeated = new RepeatedStrings();
  return { doc, annotations: annotations.map((annotation) => editorAnnotationOf(annotation, positions, repeated)) };
}
