/** What the panels show of the editor's annotations: the list in text order and the selection. */
import type { Node } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
import { create } from 'zustand';
import { annotationState } from '../editor/annotations';
import { isEditingText } from '../editor/text-editing';
import type { EditorAnnotation } from '../editor/types';

interface AnnotationListState {
  /** In text order: by start, the longer of two spans that start together first. */
  annotations: readonly EditorAnnotation[];
  selectedId: string | null;
  /** Whether text is selected in the editor, so that tagging applies. */
  hasTextSelection: boolean;
  doc: Node | null;
  /** Whether the reviewer is correcting the article's text. */
  editingText: boolean;
  /** Takes the editor's state after a transaction; only what changed is replaced. */
  followEditor(state: EditorState): void;
  /** Forgets the last article's annotations while another is opened. */
  clear(): void;
}

/** What the panels show with no article open. */
const noArticle = { annotations: [], selectedId: null, hasTextSelection: false, doc: null, editingText: false } satisfies Partial<AnnotationListState>;

export const useAnnotationStore = create<AnnotationListState>((set, get) => ({
  ...noArticle,
  followEditor(state) {
    const plugin = annotationState(state);
    const changes: Partial<AnnotationListState> = {};
    if (plugin.ordered !== get().annotations) changes.annotations = plugin.ordered;
    if (plugin.selectedId !== get().selectedId) changes.selectedId = plugin.selectedId;
    if (state.selection.empty === get().hasTextSelection) changes.hasTextSelection = !state.selection.empty;
    if (state.doc !== get().doc) changes.doc = state.doc;
    if (isEditingText(state) !== get().editingText) changes.editingText = isEditingText(state);
    if (Object.keys(changes).length > 0) set(changes);
  },
  clear: () => set(noArticle),
}));

/** The text an annotation covers. */
export function quoteOf(doc: Node, annotation: EditorAnnotation): string {
  return doc.textBetween(annotation.from, annotation.to, '\n');
}
