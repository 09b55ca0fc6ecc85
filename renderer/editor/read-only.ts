/**
 * Keeps the article's text as it is while leaving the view editable, so that the browser's
 * caret and keyboard selection keep working: typing, deleting, pasting, dropping and cutting
 * are refused, and only transactions whose steps are annotation changes get through.
 */
import { Plugin } from 'prosemirror-state';
import { AnnotationStep } from './annotation-step';

export function readOnlyText(): Plugin {
  return new Plugin({
    filterTransaction: (tr) => tr.steps.every((step) => step instanceof AnnotationStep),
    props: {
      handleTextInput: () => true,
      handlePaste: () => true,
      handleDrop: () => true,
      handleDOMEvents: {
        beforeinput: (_view, event) => {
          event.preventDefault();
          return true;
        },
      },
    },
  });
}
