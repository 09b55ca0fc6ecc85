/** The selected annotation: its label, quote, attributes, note, confidence and history, and a way to delete it. */
import { useEffect, useRef, useState } from 'react';
import { labelIds, labels } from '../../shared/labels';
import { confidences } from '../../shared/model';
import { relabelSelected } from '../editor/commands';
import { draftOf } from '../editor/save-operations';
import type { EditorAnnotation } from '../editor/types';
import { quoteOf, useAnnotationStore } from '../state/annotations';
import { useDocumentStore } from '../state/document';
import { editorActions, useEditorStore } from '../state/editor';
import { useRecordStore } from '../state/records';
import { useSaveStore } from '../state/saving';
import { useUiStore } from '../state/ui';
import { AnnotationHistory } from './AnnotationHistory';
import { AttributeFields } from './attributes/AttributeFields';
import { Suggestions } from './Suggestions';
import { SelectField } from './attributes/fields';

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

/** For an annotation found only approximately in a new version: confirming that it is in the right place. */
function ConfirmPosition({ annotation }: { annotation: EditorAnnotation }) {
  const approximate = useRecordStore((state) => state.records.get(annotation.id)?.anchor === 'fuzzy');
  const documentId = useDocumentStore((state) => state.document?.id);
  const view = useEditorStore((state) => state.view);
  if (!approximate || !documentId || !view) return null;
  return (
    <p className="fm-warning">
      Found approximately in the new version of the article. Check that it covers the right words.{' '}
      <button type="button" onClick={() => useSaveStore.getState().enqueue([{ kind: 'save', draft: draftOf(annotation, documentId, view.state) }])}>
        It is right
      </button>
    </p>
  );
}

export function AnnotationDetails() {
  const selected = useAnnotationStore((state) =>
    state.annotations.find((annotation) => annotation.id === state.selectedId),
  );
  const doc = useAnnotationStore((state) => state.doc);
  const { run, remove, select, edit, focus } = editorActions();
  const focusRequest = useUiStore((state) => state.detailsFocusRequest);
  const section = useRef<HTMLElement>(null);
  const handledRequest = useRef(focusRequest);

  useEffect(() => {
    if (focusRequest === handledRequest.current) return;
    handledRequest.current = focusRequest;
    const target =
      section.current?.querySelector<HTMLElement>('[data-autofocus]') ??
      section.current?.querySelector<HTMLElement>('.fm-attribute-fields :is(input, select, textarea, button)') ??
      section.current?.querySelector<HTMLElement>('select');
    target?.focus();
  }, [focusRequest]);

  if (!selected || !doc) return null;
  const orphaned = selected.from === selected.to;
  return (
    <section
      ref={section}
      className="fm-details"
      aria-labelledby="fm-details-heading"
      onKeyDown={(event) => {
        // Escape leaves the form for the text, keeping the annotation selected.
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        focus();
      }}
    >
      <div className="fm-details-top">
        <h2 id="fm-details-heading">Selected annotation</h2>
        <button type="button" className="fm-quiet" onClick={() => select(null)} aria-label="Close (Escape)">
          ✕
        </button>
      </div>
      <SelectField
        label="Label"
        value={selected.label}
        options={labelIds}
        optionLabel={(id) => `${labels[id].key} · ${labels[id].name}`}
        onChange={(label) => label && run(relabelSelected(label))}
      />
      <blockquote className={`fm-details-quote fm-label-${selected.label}`}>
        {orphaned ? <em>Orphaned: its text was deleted.</em> : quoteOf(doc, selected)}
      </blockquote>
      <ConfirmPosition annotation={selected} />
      <Suggestions annotation={selected} doc={doc} />
      <div className="fm-attribute-fields">
        <AttributeFields annotation={selected} />
      </div>
      <NoteField key={selected.id} annotation={selected} />
      <SelectField
        label="Confidence"
        value={selected.confidence ?? undefined}
        options={confidences}
        optionLabel={(confidence) => confidence[0]!.toUpperCase() + confidence.slice(1)}
        emptyLabel="Not set"
        onChange={(confidence) => edit(selected.id, { confidence: confidence ?? null })}
      />
      <AnnotationHistory annotationId={selected.id} />
      <button type="button" className="fm-danger" onClick={() => remove(selected.id)}>
        Delete annotation
      </button>
    </section>
  );
}
