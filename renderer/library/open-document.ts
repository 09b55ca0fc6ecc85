/**
 * Opening a document from the library in the editor, at a search match: once the editor shows
 * the document, the annotation whose note matched is selected, or the matched words are selected
 * and scrolled into view.
 */
import type { Node } from 'prosemirror-model';
import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { TextIndex } from '../../shared/text/offsets';
import { useDocumentStore } from '../state/document';
import { useEditorStore } from '../state/editor';
import { useNavigationStore } from '../state/navigation';

/** Where to go in the document: code-point offsets into its text, and the annotation that matched, if any. */
export interface DocumentTarget {
  start: number;
  end: number;
  annotationId: string | null;
}

/** How long to wait for the editor to show the document before giving up on going to the match. */
const EDITOR_WAIT_MS = 10_000;

/** The editor's view once it shows a freshly opened document (it mounts after the document arrives). */
function nextEditorView(): Promise<EditorView | null> {
  return new Promise((resolve) => {
    const done = (view: EditorView | null) => {
      clearTimeout(timer);
      unsubscribe();
      resolve(view);
    };
    const timer = setTimeout(() => done(null), EDITOR_WAIT_MS);
    const check = (view: EditorView | null) => {
      // A frame later, so that a view mounted and at once replaced (React's strict mode) is not taken.
      if (view) requestAnimationFrame(() => (useEditorStore.getState().view === view && !view.isDestroyed ? done(view) : undefined));
    };
    const unsubscribe = useEditorStore.subscribe((state, previous) => {
      if (state.view !== previous.view) check(state.view);
    });
  });
}

/**
 * The document position of a UTF-16 index into the text. The editor holds one textblock per
 * paragraph of the text, in order, whatever nodes group them.
 */
function positionOfText(doc: Node, index: number): number {
  let paragraphStart = 0;
  let found: number | null = null;
  doc.descendants((node, position) => {
    if (found !== null) return false;
    if (!node.isTextblock) return true;
    const length = node.textContent.length;
    if (index <= paragraphStart + length) found = position + 1 + Math.max(0, index - paragraphStart);
    paragraphStart += length + 1;
    return false;
  });
  return found ?? doc.content.size;
}

function selectText(view: EditorView, start: number, end: number): void {
  const { doc } = view.state;
  const text = new TextIndex(doc.textBetween(0, doc.content.size, '\n'));
  const selection = TextSelection.create(doc, positionOfText(doc, text.toUtf16(start)), positionOfText(doc, text.toUtf16(end)));
  view.dispatch(view.state.tr.setSelection(selection).scrollIntoView());
  view.focus();
}

/** Shows the document in the editor; with a target, goes to it once the editor shows the text. */
export async function openDocument(id: string, target?: DocumentTarget): Promise<void> {
  useNavigationStore.getState().show('document');
  const editorShown = nextEditorView();
  await useDocumentStore.getState().openDocument(id);
  if (useDocumentStore.getState().document?.id !== id) return;
  const view = await editorShown;
  if (!view || !target) return;
  if (target.annotationId && useEditorStore.getState().select(target.annotationId)) return;
  selectText(view, target.start, target.end);
}
