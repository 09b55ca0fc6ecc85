/**
 * The editor view and the actions the panels run on it. Every action is an editor command, so
 * that it goes through the same transactions, history and saving as a key press.
 */
import { redo, undo } from 'prosemirror-history';
import type { Command } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { create } from 'zustand';
import type { LabelId } from '../../shared/labels';
import { annotationState } from '../editor/annotations';
import { deleteAnnotation, editAnnotation, selectAnnotation, tag, type AnnotationEdits } from '../editor/commands';

interface EditorStore {
  view: EditorView | null;
  attach(view: EditorView | null): void;
  /** Runs a command on the view; answers whether it applied. */
  run(command: Command): boolean;
  tag(label: LabelId): boolean;
  remove(id?: string): boolean;
  edit(id: string, edits: AnnotationEdits): boolean;
  /** Selects an annotation and scrolls its text into view. */
  select(id: string | null): boolean;
  undo(): boolean;
  redo(): boolean;
  focus(): void;
}

/** Screens away within which the article glides to a picked annotation; farther, it jumps there at once. */
const GLIDE_SCREENS = 2;

function isNearScreen(element: Element): boolean {
  const { top } = element.getBoundingClientRect();
  return Math.abs(top - window.innerHeight / 2) <= GLIDE_SCREENS * window.innerHeight;
}

export const useEditorStore = create<EditorStore>((set, get) => ({
  view: null,
  attach: (view) => set({ view }),
  run(command) {
    const view = get().view;
    return view ? command(view.state, view.dispatch, view) : false;
  },
  tag: (label) => get().run(tag(label)),
  remove: (id) => get().run(deleteAnnotation(id)),
  edit: (id, edits) => get().run(editAnnotation(id, edits)),
  select(id) {
    const applied = get().run(selectAnnotation(id));
    const view = get().view;
    const annotation = id && view ? annotationState(view.state).annotations.get(id) : undefined;
    if (applied && view && annotation) {
      // Found by position: an annotation far from the screen is not drawn until it comes near.
      const { node } = view.domAtPos(annotation.from, 1);
      const element = node instanceof Element ? node : node.parentElement;
      element?.scrollIntoView({ block: 'center', behavior: isNearScreen(element) ? 'smooth' : 'instant' });
    }
    return applied;
  },
  undo: () => get().run(undo),
  redo: () => get().run(redo),
  focus: () => get().view?.focus(),
}));

/**
 * The store's actions, which never change: a panel that only runs them reads them here rather than
 * subscribing to the store, so that it is not drawn again when a view is attached or detached.
 */
export function editorActions(): Omit<EditorStore, 'view' | 'attach'> {
  return useEditorStore.getState();
}
