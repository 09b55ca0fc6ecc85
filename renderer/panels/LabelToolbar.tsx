/** The label buttons, which double as the legend (each shows its key, chip and underline), and the switch to correct the text. */
import { labelList } from '../../shared/labels';
import { useAnnotationStore } from '../state/annotations';
import { setTextEditing } from '../editor/text-editing';
import { editorActions } from '../state/editor';

function hint(hasTextSelection: boolean, hasSelectedAnnotation: boolean, editingText: boolean): string {
  if (editingText) return 'Correcting the text: annotations follow your edits. Escape when done';
  if (hasTextSelection) return 'Press 1–4 to tag the selected text';
  if (hasSelectedAnnotation) return 'Press 1–4 to change the label, Delete to remove it';
  return 'Select text in the article, then press 1–4';
}

export function LabelToolbar() {
  const hasTextSelection = useAnnotationStore((state) => state.hasTextSelection);
  const hasSelectedAnnotation = useAnnotationStore((state) => state.selectedId !== null);
  const editingText = useAnnotationStore((state) => state.editingText);
  const { tag, run, focus } = editorActions();

  return (
    <div className="fm-toolbar" role="toolbar" aria-label="Labels">
      {labelList.map((label) => (
        <button
          key={label.id}
          type="button"
          className={`fm-label-button fm-label-${label.id}`}
          title={label.definition}
          aria-keyshortcuts={label.key}
          disabled={!hasTextSelection && !hasSelectedAnnotation}
          // Keep the text selection: the button must not take focus from the article on press.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => tag(label.id)}
        >
          <kbd>{label.key}</kbd>
          <span className="fm-label-sample">{label.name}</span>
        </button>
      ))}
      <span className="fm-toolbar-hint" aria-live="polite">
        {hint(hasTextSelection, hasSelectedAnnotation, editingText)}
      </span>
      <button
        type="button"
        className="fm-edit-toggle"
        aria-pressed={editingText}
        onClick={() => {
          run(setTextEditing(!editingText));
          focus();
        }}
      >
        {editingText ? 'Done correcting' : 'Correct text'}
      </button>
    </div>
  );
}
