/**
 * Mouse on annotations: a click inside annotated text selects the annotation, or asks which one
 * when several cover the clicked character; a right click opens the tagging menu; a selection
 * made by dragging widens to whole words.
 */
import { Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { selectAnnotation } from './commands';
import { snapSelectionToWords } from './navigation';
import { isEditingText } from './text-editing';

/** The annotations covering the element under the pointer, innermost first. */
export function annotationIdsAt(target: EventTarget | null, root: HTMLElement): string[] {
  const ids: string[] = [];
  for (let element = target instanceof Element ? target : null; element && element !== root; element = element.parentElement) {
    const id = element.getAttribute('data-annotation-id');
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

export interface PointerHandlers {
  /** Several annotations cover the clicked character: let the user pick. */
  onAmbiguousClick(ids: string[], x: number, y: number): void;
  onContextMenu(ids: string[], x: number, y: number): void;
}

export function annotationPointer(handlers: PointerHandlers): Plugin {
  return new Plugin({
    props: {
      handleClick(view: EditorView, _pos, event) {
        if (!view.state.selection.empty || isEditingText(view.state)) return false;
        const ids = annotationIdsAt(event.target, view.dom);
        if (ids.length > 1) handlers.onAmbiguousClick(ids, event.clientX, event.clientY);
        else selectAnnotation(ids[0] ?? null)(view.state, view.dispatch);
        return false;
      },
      handleDOMEvents: {
        // A selection made with the mouse widens to whole words, unless Alt is held. The view
        // settles the selection in a timer after the button is released: snap after it.
        mouseup(view, event) {
          if (!event.altKey && !isEditingText(view.state)) setTimeout(() => snapSelectionToWords(view.state, view.dispatch));
          return false;
        },
        contextmenu(view, event) {
          event.preventDefault();
          handlers.onContextMenu(annotationIdsAt(event.target, view.dom), event.clientX, event.clientY);
          return true;
        },
      },
    },
  });
}
