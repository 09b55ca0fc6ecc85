/** Editing a document's details: title (renaming it), source, author, address, date, credit and language. */
import { useEffect, useRef, useState } from 'react';
import { editableMetadataSchema, type LibraryRow } from '../../shared/library';
import { errorMessage } from '../api';
import { saveMetadata } from './document-actions';

const fields = [
  { key: 'title', name: 'Title', type: 'text' },
  { key: 'publication', name: 'Source', type: 'text' },
  { key: 'author', name: 'Author', type: 'text' },
  { key: 'url', name: 'Address (URL)', type: 'url' },
  { key: 'publishedAt', name: 'Publication date', type: 'date' },
  { key: 'credit', name: 'Credit', type: 'text' },
  { key: 'language', name: 'Language', type: 'text' },
] as const;

type FieldKey = (typeof fields)[number]['key'];
type Values = Record<FieldKey, string>;

function valuesOf(row: LibraryRow): Values {
  return Object.fromEntries(fields.map(({ key }) => [key, row[key] ?? ''])) as Values;
}

/** The form's values as metadata: empty fields are left unset. */
function metadataOf(values: Values) {
  const value = (key: FieldKey) => (values[key].trim() === '' ? null : values[key].trim());
  return editableMetadataSchema.safeParse({ ...Object.fromEntries(fields.map(({ key }) => [key, value(key)])), title: values.title });
}

export function MetadataDialog({ row, onClose }: { row: LibraryRow; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [values, setValues] = useState<Values>(() => valuesOf(row));
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => dialog.current?.showModal(), []);
  const parsed = metadataOf(values);
  const problems = new Map(parsed.success ? [] : parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));

  const save = async () => {
    if (!parsed.success) return;
    setSaving(true);
    setFailure(null);
    try {
      await saveMetadata(row.id, parsed.data);
      dialog.current?.close();
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <dialog ref={dialog} className="fm-dialog" aria-labelledby="fm-metadata-title" onClose={onClose}>
      <h2 id="fm-metadata-title">Details of the document</h2>
      <form
        className="fm-form fm-metadata-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {fields.map(({ key, name, type }) => (
          <label key={key} className="fm-field">
            {name}
            <input
              type={type}
              value={values[key]}
              aria-invalid={problems.has(key)}
              aria-describedby={problems.has(key) ? `fm-metadata-${key}-problem` : undefined}
              onChange={(event) => setValues({ ...values, [key]: event.target.value })}
            />
            {problems.has(key) && (
              <span id={`fm-metadata-${key}-problem`} className="fm-field-error">
                {problems.get(key)}
              </span>
            )}
          </label>
        ))}
        {failure && (
          <p className="fm-field-error" role="alert">
            {failure}
          </p>
        )}
        <div className="fm-dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" disabled={!parsed.success || saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
