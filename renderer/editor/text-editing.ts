/**
 * Whether the reviewer is correcting the article's text. Outside this mode the text is read-only;
 * in it, typing edits the text and the annotations follow their text (see annotations.ts).
 */
import { Plugin, PluginKey, type Command, type EditorState } from 'prosemirror-state';

export const textEditingKey = new PluginKey<boolean>('textEditing');

export function textEditing(): Plugin<boolean> {
  return new Plugin<boolean>({
    key: textEditingKey,
    state: {
      init: () => false,
      apply: (tr, editing) => (tr.getMeta(textEditingKey) as boolean | undefined) ?? editing,
    },
    props: {
      attributes: (state): Record<string, string> =>
        textEditingKey.getState(state) ? { class: 'fm-article--editing', 'aria-readonly': 'false' } : { 'aria-readonly': 'true' },
    },
  });
}

export function isEditingText(state: EditorState): boolean {
  return textEditingKey.getState(state) ?? false;
}

/** Enters or leaves text editing. */
export function setTextEditing(editing: boolean): Command {
  return (state, dispatch) => {
    if (isEditingText(state) === editing) return false;
    if (dispatch) dispatch(state.tr.setMeta(textEditingKey, editing));
    return true;
  };
}
