/**
 * Mouse on annotations: a click inside annotated text selects the annotation, or asks which one
 * when several cover the clicked character; a right click opens the tagging menu.
 */
import { Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { selectAnnotation } from './commands';

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
        if (!view.state.selection.empty) return false;
        const ids = annotationIdsAt(event.target, view.dom);
        if (ids.length > 1) handlers.onAmbiguousClick(ids, event.clientX, event.clientY);
        else selectAnnotation(ids[0] ?? null)(view.state, view.dispatch);
        return false;
      },
      handleDOMEvents: {
        contextmenu(view, event) {
          event.preventDefault();
          handlers.onContextMenu(annotationIdsAt(event.target, view.dom), event.clientX, event.clientY);
          return true;
        },
      },
    },
  });
}
