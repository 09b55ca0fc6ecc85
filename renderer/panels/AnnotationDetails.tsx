/** The selected annotation: its label, quote and note, and a way to delete it. */
import { useEffect, useRef, useState } from 'react';
import { labelIds, labels, type LabelId } from '../../shared/labels';
import { relabelSelected } from '../editor/commands';
import type { EditorAnnotation } from '../editor/types';
import { quoteOf, useAnnotationStore } from '../state/annotations';
import { useEditorStore } from '../state/editor';

/** How long typing may pause before the note is saved. */
const NOTE_SAVE_DELAY_MS = 400;

function NoteField({ annotation }: { annotation: EditorAnnotation }) {
  const edit = useEditorStore((state) => state.edit);
  const [note, setNote] = useState(annotation.note);
  const unsaved = useRef<string | null>(null);

  const save = () => {
    if (unsaved.current !== null) edit(annotation.id, { note: unsaved.current });
    unsaved.current = null;
  };

  useEffect(() => {
    if (unsaved.current === null) setNote(annotation.note);
  }, [annotation.note]);

  useEffect(() => {
    if (unsaved.current === null) return;
    const timer = setTimeout(save, NOTE_SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  });

  // Leaving the annotation saves what was typed.
  useEffect(() => save, []);

  return (
    <label className="fm-field">
      <span>Note</span>
      <textarea
        value={note}
        rows={4}
        placeholder="Why is this span what it is? Sources, doubts, follow-ups"
        onChange={(event) => {
          setNote(event.target.value);
          unsaved.current = event.target.value;
        }}
        onBlur={save}
      />
    </label>
  );
}

export function AnnotationDetails() {
  const selected = useAnnotationStore((state) =>
    state.annotations.find((annotation) => annotation.id === state.selectedId),
  );
  const doc = useAnnotationStore((state) => state.doc);
  const { run, remove, select } = useEditorStore();

  if (!selected || !doc) return null;
  return (
    <section className="fm-details" aria-labelledby="fm-details-heading">
      <div className="fm-details-top">
        <h2 id="fm-details-heading">Selected annotation</h2>
        <button type="button" className="fm-quiet" onClick={() => select(null)} aria-label="Close (Escape)">
          ✕
        </button>
      </div>
      <label className="fm-field">
        <span>Label</span>
        <select value={selected.label} onChange={(event) => run(relabelSelected(event.target.value as LabelId))}>
          {labelIds.map((id) => (
            <option key={id} value={id}>
              {labels[id].key} · {labels[id].name}
            </option>
          ))}
        </select>
      </label>
      <blockquote className={`fm-details-quote fm-label-${selected.label}`}>{quoteOf(doc, selected)}</blockquote>
      <NoteField key={selected.id} annotation={selected} />
      <button type="button" className="fm-danger" onClick={() => remove(selected.id)}>
        Delete annotation
      </button>
    </section>
  );
}
