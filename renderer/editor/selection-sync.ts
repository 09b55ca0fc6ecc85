/**
 * Before a key acts on the selection, takes the selection the browser shows. The browser
 * reports selection changes asynchronously, so a fast `Shift+→` then `3` could otherwise tag
 * the selection as it was one key earlier.
 */
import { Plugin, TextSelection } from 'prosemirror-state';

export function selectionSync(): Plugin {
  return new Plugin({
    props: {
      handleKeyDown(view) {
        const selection = view.dom.ownerDocument.getSelection();
        const { anchorNode, focusNode } = selection ?? {};
        if (!selection || !anchorNode || !focusNode || !view.dom.contains(anchorNode) || !view.dom.contains(focusNode)) return false;
        const anchor = view.posAtDOM(anchorNode, selection.anchorOffset);
        const head = view.posAtDOM(focusNode, selection.focusOffset);
        const current = view.state.selection;
        if (anchor !== current.anchor || head !== current.head) {
          const { doc } = view.state;
          view.dispatch(view.state.tr.setSelection(TextSelection.between(doc.resolve(anchor), doc.resolve(head))));
        }
        return false;
      },
    },
  });
}
