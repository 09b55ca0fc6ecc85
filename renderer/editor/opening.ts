/**
 * An article as the editor opens it: its ProseMirror document and its stored annotations at
 * positions in it. Built when the document is read; the annotations are turned into positions as
 * they are first asked for, those of the first screen before the rest, and kept for a view
 * created again (after a panel's failure).
 */
import type { Node } from 'prosemirror-model';
import type { OpenedAnnotation } from '../../shared/model';
import { positionsOf, type ArticlePositions } from './positions';
import { articleDocument } from './schema';
import type { EditorAnnotation } from './types';

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

export class OpenedArticle {
  /** The first of the stored annotations, in positions. */
  private readonly converted: EditorAnnotation[] = [];

  constructor(
    readonly doc: Node,
    /** In text order, as the store lists them; let go of once all are converted. */
    private stored: readonly OpenedAnnotation[],
    private readonly positions: ArticlePositions,
  ) {}

  /** The annotations that start at or before `position`: the first of them in text order. */
  annotationsStartingBy(position: number): readonly EditorAnnotation[] {
    const { converted, stored } = this;
    while (converted.length < stored.length && (converted.length === 0 || converted.at(-1)!.from <= position)) {
      converted.push(editorAnnotationOf(stored[converted.length]!, this.positions));
    }
    let count = converted.length;
    while (count > 0 && converted[count - 1]!.from > position) count--;
    return converted.slice(0, count);
  }

  /** Every annotation, in text order. */
  annotations(): readonly EditorAnnotation[] {
    const { converted, stored } = this;
    while (converted.length < stored.length) converted.push(editorAnnotationOf(stored[converted.length]!, this.positions));
    // Held on to, the store's answer would stay in memory beside the editor's copies.
    this.stored = [];
    return converted;
  }
}

export function openedArticle(text: string, annotations: readonly OpenedAnnotation[]): OpenedArticle {
  const doc = articleDocument(text);
  return new OpenedArticle(doc, annotations, positionsOf(doc, text));
}
