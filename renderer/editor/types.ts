/** An annotation as the editor holds it: positions in the ProseMirror document instead of text offsets. */
import type { AnnotationDraft } from '../../shared/model';

type WithoutSpan<T> = T extends unknown ? Omit<T, 'documentId' | 'start' | 'end'> : never;

export type EditorAnnotation = WithoutSpan<AnnotationDraft> & {
  from: number;
  to: number;
  /** The text it covered before an edit deleted all of it; it re-anchors if that text comes back. */
  orphanedQuote?: string;
};
