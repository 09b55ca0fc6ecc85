/** The article editor: a ProseMirror view of the document, with its annotations as decorations. */
import { history } from 'prosemirror-history';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { useEffect, useRef } from 'react';
import type { Node } from 'prosemirror-model';
import type { Document } from '../../shared/model';
import { useAnnotationStore } from '../state/annotations';
import { useEditorStore } from '../state/editor';
import { useFindStore } from '../state/find';
import { saveAnswered, useSaveStore } from '../state/saving';
import { useUiStore } from '../state/ui';
import { afterNextPaint, afterNextPaintAndPending, mark, markAfterPaint } from '../timing';
import { annotationPlugin, annotationPluginKey, type AnnotationMeta } from './annotations';
import { openingRange } from './drawn-range';
import { findPlugin } from './find';
import { annotationKeymap } from './keymap';
import { annotationPointer } from './pointer';
import type { OpenedArticle } from './opening';
import { readOnlyText } from './read-only';
import { saveOperationsOf } from './save-operations';
import { textEditing } from './text-editing';
import { selectionSync } from './selection-sync';
import type { EditorAnnotation } from './types';
import { viewportPlugin } from './viewport';

/** How long the panels wait for the store to answer a save before they follow the editor regardless. */
const SAVE_ANSWER_WAIT_MS = 100;

/**
 * The annotation panels follow the editor once its change has been painted and the store has
 * answered the save (within a limit), and once however many transactions came meanwhile: neither
 * the highlight under the reviewer's eyes nor the acknowledgement of the save is held up by a
 * list, and the panels show the change as stored. (The find bar follows at once: its input shows
 * the query the editor holds.)
 */
const waitingToFollow = new WeakSet<EditorView>();
function followAfterPaint(view: EditorView): void {
  if (waitingToFollow.has(view)) return;
  waitingToFollow.add(view);
  afterNextPaintAndPending(() => {
    void saveAnswered(SAVE_ANSWER_WAIT_MS).then(() => {
      waitingToFollow.delete(view);
      if (view.isDestroyed) return;
      useAnnotationStore.getState().followEditor(view.state);
    });
  });
}

function createEditorState(doc: Node, firstScreen: readonly EditorAnnotation[]): EditorState {
  const ui = useUiStore.getState();
  return EditorState.create({
    doc,
    plugins: [
      selectionSync(),
      ...annotationKeymap({
        // The panels may not have followed the last change yet (they wait for its save): they do now,
        // so that the details to focus are those of the annotation just made or selected.
        openDetails: (state) => {
          useAnnotationStore.getState().followEditor(state);
          ui.focusDetails();
        },
        showShortcuts: () => ui.setShortcutsOpen(true),
        openFind: () => ui.setFindOpen(true),
      }),
      history(),
      textEditing(),
      readOnlyText(),
      annotationPointer({
        onAmbiguousClick: (annotationIds, x, y) => ui.openPicker({ annotationIds, x, y }),
        onContextMenu: (annotationIds, x, y) => ui.openContextMenu({ annotationIds, x, y }),
      }),
      annotationPlugin(firstScreen, window.innerHeight),
      findPlugin(),
      viewportPlugin(),
    ],
  });
}

interface ArticleViewProps {
  document: Document;
  opened: OpenedArticle;
}

/**
 * Adds the article's annotations after those of the first screen, once it is painted: turning ten
 * thousand into positions, and ordering them, need not hold up the article's first frame. The
 * panels follow later still, so they show them all from the start.
 */
function addTheRest(view: EditorView, opened: OpenedArticle, added: number): void {
  afterNextPaint(() => {
    if (view.isDestroyed) return;
    const loaded = opened.annotations().slice(added);
    if (loaded.length === 0) return;
    view.dispatch(view.state.tr.setMeta(annotationPluginKey, { loaded } satisfies AnnotationMeta).setMeta('addToHistory', false));
  });
}

export function ArticleView({ document, opened }: ArticleViewProps) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // The annotations of the first screen; the rest follow once it is painted.
    const firstScreen = opened.annotationsStartingBy(openingRange(opened.doc, window.innerHeight).to);
    const view: EditorView = new EditorView(host.current, {
      state: createEditorState(opened.doc, firstScreen),
      attributes: {
        class: 'fm-article',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': 'Article text',
        spellcheck: 'false',
      },
      dispatchTransaction(tr) {
        const previous = view.state;
        const next = previous.apply(tr);
        if (next === previous) return;
        view.updateState(next);
        useFindStore.getState().followEditor(next);
        useSaveStore.getState().enqueue(saveOperationsOf(tr, next, document.id));
        if (tr.steps.length > 0) {
          mark('fm:change-applied');
          // Before the panels are asked to follow, so that the mark is not held up by their work.
          markAfterPaint('fm:change-painted');
        }
        followAfterPaint(view);
      },
    });
    // React reads and restores the selection of a focused element whose contentEditable is "true"
    // around every commit, walking the text to do so: in a long article every panel update would
    // cost tens of milliseconds. "plaintext-only" keeps the editing the view needs and spares it.
    view.dom.setAttribute('contenteditable', 'plaintext-only');
    useEditorStore.getState().attach(view);
    markAfterPaint('fm:editor-painted');
    addTheRest(view, opened, firstScreen.length);
    // The article is painted first; its list of ten thousand annotations a frame later.
    followAfterPaint(view);
    return () => {
      useEditorStore.getState().attach(null);
      view.destroy();
    };
  }, [document, opened]);

  return <div ref={host} className="fm-article-host" />;
}
