/** The article editor: a ProseMirror view of the document, with its annotations as decorations. */
import { history } from 'prosemirror-history';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { useEffect, useRef } from 'react';
import type { Annotation, Document } from '../../shared/model';
import type { TextIndex } from '../../shared/text/offsets';
import { useAnnotationStore } from '../state/annotations';
import { useEditorStore } from '../state/editor';
import { useFindStore } from '../state/find';
import { useSaveStore } from '../state/saving';
import { useUiStore } from '../state/ui';
import { annotationPlugin } from './annotations';
import { findPlugin } from './find';
import { annotationKeymap } from './keymap';
import { annotationPointer } from './pointer';
import { positionOfOffset, textIndexOf } from './positions';
import { readOnlyText } from './read-only';
import { saveOperationsOf } from './save-operations';
import { textEditing } from './text-editing';
import { selectionSync } from './selection-sync';
import { articleDocument } from './schema';
import type { EditorAnnotation } from './types';

function editorAnnotationOf(annotation: Annotation, index: TextIndex): EditorAnnotation {
  const { id, label, note, confidence, attributes } = annotation;
  return {
    id,
    label,
    note,
    confidence,
    attributes,
    from: positionOfOffset(index, annotation.start),
    to: positionOfOffset(index, annotation.end),
  } as EditorAnnotation;
}

function createEditorState(document: Document, annotations: readonly Annotation[]): EditorState {
  const doc = articleDocument(document.text);
  const index = textIndexOf(doc);
  const ui = useUiStore.getState();
  return EditorState.create({
    doc,
    plugins: [
      selectionSync(),
      ...annotationKeymap({
        openDetails: ui.focusDetails,
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
      annotationPlugin(annotations.map((annotation) => editorAnnotationOf(annotation, index))),
      findPlugin(),
    ],
  });
}

interface ArticleViewProps {
  document: Document;
  storedAnnotations: readonly Annotation[];
}

export function ArticleView({ document, storedAnnotations }: ArticleViewProps) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const view: EditorView = new EditorView(host.current, {
      state: createEditorState(document, storedAnnotations),
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
        useAnnotationStore.getState().followEditor(next);
        useFindStore.getState().followEditor(next);
        useSaveStore.getState().enqueue(saveOperationsOf(tr, next, document.id));
      },
    });
    useEditorStore.getState().attach(view);
    useAnnotationStore.getState().followEditor(view.state);
    return () => {
      useEditorStore.getState().attach(null);
      view.destroy();
    };
  }, [document, storedAnnotations]);

  return <div ref={host} className="fm-article-host" />;
}
