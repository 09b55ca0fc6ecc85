/**
 * Keeps the article's text as it is, unless the reviewer is correcting it, while leaving the view
 * editable so that the browser's caret and keyboard selection keep working: typing, deleting,
 * pasting, dropping and cutting are refused, and only annotation changes get through.
 */
import { Plugin } from 'prosemirror-state';
import { AnnotationStep } from './annotation-step';
import { isEditingText } from './text-editing';

export function readOnlyText(): Plugin {
  return new Plugin({
    filterTransaction: (tr, state) => isEditingText(state) || tr.steps.every((step) => step instanceof AnnotationStep),
    props: {
      handleTextInput: (view) => !isEditingText(view.state),
      handlePaste: (view) => !isEditingText(view.state),
      handleDrop: (view) => !isEditingText(view.state),
      handleDOMEvents: {
        beforeinput: (view, event) => {
          if (isEditingText(view.state)) return false;
          event.preventDefault();
          return true;
        },
      },
    },
  });
}
