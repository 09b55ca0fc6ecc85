/** The editor's keys: `1`–`4` tag or relabel, Delete removes, Escape deselects, undo and redo. */
import { redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import type { Command, Plugin } from 'prosemirror-state';
import { labelList } from '../../shared/labels';
import { deleteAnnotation, selectAnnotation, tag } from './commands';

export function annotationKeymap(): Plugin {
  const bindings: Record<string, Command> = {
    Delete: deleteAnnotation(),
    Backspace: deleteAnnotation(),
    Escape: selectAnnotation(null),
    'Mod-z': undo,
    'Shift-Mod-z': redo,
    'Mod-y': redo,
  };
  for (const label of labelList) bindings[label.key] = tag(label.id);
  return keymap(bindings);
}
