/**
 * The article's keys. While reading: `1`–`4` tag the selection (widened to whole words; with Alt,
 * exactly as selected) or relabel the selected annotation; Tab/Shift+Tab and j/k move between
 * annotations; Enter opens the selected one's details; Delete removes it; `?` lists the keys.
 * Always: undo and redo, find, and Escape (leaves text editing, or deselects).
 */
import { baseKeymap } from 'prosemirror-commands';
import { redo, undo } from 'prosemirror-history';
import { keydownHandler, keymap } from 'prosemirror-keymap';
import { Plugin, type Command, type EditorState } from 'prosemirror-state';
import { labelList } from '../../shared/labels';
import { annotationState } from './annotations';
import { deleteAnnotation, selectAnnotation, tag } from './commands';
import { extendBySentence, moveToAnnotation } from './navigation';
import { isEditingText, setTextEditing } from './text-editing';

export interface KeymapHandlers {
  /** Moves the focus to the details of the selected annotation in `state`. */
  openDetails(state: EditorState): void;
  showShortcuts(): void;
  openFind(): void;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The key that extends a selection by a sentence (the platform's word keys already extend by word). */
export const sentenceKey = isMac ? 'Ctrl-Shift' : 'Alt-Shift';

function run(action: () => void): Command {
  return () => {
    action();
    return true;
  };
}

function readingBindings(handlers: KeymapHandlers): Record<string, Command> {
  const bindings: Record<string, Command> = {
    Delete: deleteAnnotation(),
    Backspace: deleteAnnotation(),
    Enter: (state) => annotationState(state).selectedId !== null && run(() => handlers.openDetails(state))(state),
    Tab: moveToAnnotation(1),
    'Shift-Tab': moveToAnnotation(-1),
    j: moveToAnnotation(1),
    k: moveToAnnotation(-1),
    [`${sentenceKey}-ArrowRight`]: extendBySentence(1),
    [`${sentenceKey}-ArrowLeft`]: extendBySentence(-1),
    '?': run(handlers.showShortcuts),
  };
  for (const label of labelList) {
    bindings[label.key] = tag(label.id);
    bindings[`Alt-${label.key}`] = tag(label.id, true);
  }
  return bindings;
}

function alwaysBindings(handlers: KeymapHandlers): Record<string, Command> {
  return {
    Escape: (state, dispatch) => setTextEditing(false)(state, dispatch) || selectAnnotation(null)(state, dispatch),
    'Mod-f': run(handlers.openFind),
    'Mod-z': undo,
    'Shift-Mod-z': redo,
    'Mod-y': redo,
  };
}

/** The annotation keys, and below them the usual text-editing keys for when the text is being corrected. */
export function annotationKeymap(handlers: KeymapHandlers): Plugin[] {
  const reading = keydownHandler(readingBindings(handlers));
  const always = keydownHandler(alwaysBindings(handlers));
  return [
    new Plugin({
      props: {
        handleKeyDown: (view, event) => always(view, event) || (!isEditingText(view.state) && reading(view, event)),
      },
    }),
    keymap(baseKeymap),
  ];
}
