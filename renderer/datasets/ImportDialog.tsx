/** The Import-annotations dialog: choose files (paths on the host, or files picked here), preview, then apply or cancel. */
import { useState } from 'react';
import type { ConflictChoice, ImportPreview, ImportResult, ImportSource } from '../../shared/datasets';
import { formatList } from '../../shared/formats';
import { counted } from './counted';
import { useDatasetDialogs } from './dialogs';
import { Field } from './fields';
import { useImportStore } from './import-state';
import { ImportPreviewView } from './ImportPreview';
import { ModalDialog } from './ModalDialog';

const readableFormats = formatList.filter((format) => format.canRead);
const accepted = [...new Set(readableFormats.flatMap((format) => (format.companionExtension ? [format.extension, format.companionExtension] : [format.extension])))].join(',');

function ImportSummary({ result }: { result: ImportResult }) {
  const refused = result.files.filter((file) => !file.imported).length;
  return (
    <p className="fm-datasets-outcome" role="status">
      Imported {counted(result.annotationsCreated, 'annotation')}, updated {result.annotationsUpdated.toLocaleString()}
      {result.documentsCreated > 0 && `, created ${counted(result.documentsCreated, 'document')}`}
      {refused > 0 && `; ${counted(refused, 'file')} with errors imported nothing`}.
    </p>
  );
}

/** Whether applying the preview would change anything: a file without errors that adds, replaces or creates. */
function changesSomething(preview: ImportPreview): boolean {
  const readable = preview.files.some((file) => file.errors.length === 0);
  const { outcomes } = preview;
  return readable && (outcomes.new + outcomes.changed > 0 || preview.documents.some((document) => document.match === 'new'));
}

function SourceFields({ nativeDialogs, onClose }: { nativeDialogs: boolean; onClose(): void }) {
  const { phase, previewSource, choosePaths } = useImportStore();
  const [paths, setPaths] = useState('');
  const [format, setFormat] = useState<ImportSource['format']>(undefined);
  const [picked, setPicked] = useState<File[]>([]);
  const pathList = paths.split('\n').map((path) => path.trim()).filter(Boolean);

  const choose = async () => {
    const chosen = await choosePaths();
    if (chosen) setPaths(chosen.join('\n'));
  };

  return (
    <form
      className="fm-datasets-form"
      onSubmit={(event) => {
        event.preventDefault();
        void previewSource({ paths: pathList, files: picked, format });
      }}
    >
      <Field label="Paths of files or folders" hint="One per line, on the computer running the app. A brat .ann is read with the .txt beside it.">
        {(props) => (
          <div className="fm-datasets-path">
            <textarea {...props} rows={2} autoFocus value={paths} spellCheck={false} onChange={(event) => setPaths(event.target.value)} />
            {nativeDialogs && (
              <button type="button" onClick={() => void choose()}>
                Choose…
              </button>
            )}
          </div>
        )}
      </Field>
      {!nativeDialogs && (
        <Field label="Or pick files here" hint="For brat, pick each .ann with its .txt.">
          {(props) => (
            <input {...props} type="file" multiple accept={accepted} onChange={(event) => setPicked([...(event.target.files ?? [])])} />
          )}
        </Field>
      )}
      <Field label="Format">
        {(props) => (
          <select {...props} value={format ?? ''} onChange={(event) => setFormat((event.target.value || undefined) as ImportSource['format'])}>
            <option value="">Tell from each file</option>
            {readableFormats.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="fm-dialog-actions">
        <button type="submit" className="fm-primary" disabled={phase === 'reading' || pathList.length + picked.length === 0}>
          {phase === 'reading' ? 'Reading…' : 'Preview'}
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </form>
  );
}

export function ImportDialog() {
  const open = useDatasetDialogs((state) => state.open === 'import');
  const options = useDatasetDialogs((state) => state.options);
  const closeDialog = useDatasetDialogs((state) => state.close);
  const { phase, preview, result, error, apply, discard } = useImportStore();
  const [choice, setChoice] = useState<ConflictChoice>('keep');

  const close = () => {
    if (phase === 'previewed') void discard();
    closeDialog();
  };
  const importable = preview ? changesSomething(preview) : false;

  return (
    <ModalDialog title="Import annotations" open={open} onClose={close}>
      {(phase === 'choosing' || phase === 'reading') && <SourceFields nativeDialogs={options?.nativeDialogs ?? false} onClose={close} />}
      {preview && phase !== 'applied' && <ImportPreviewView preview={preview} />}
      {preview && phase !== 'applied' && preview.outcomes.changed > 0 && (
        <fieldset className="fm-datasets-group">
          <legend>Annotations changed in the file</legend>
          <label className="fm-radio">
            <input type="radio" name="fm-import-conflict" checked={choice === 'keep'} onChange={() => setChoice('keep')} />
            Keep the library’s
          </label>
          <label className="fm-radio">
            <input type="radio" name="fm-import-conflict" checked={choice === 'replace'} onChange={() => setChoice('replace')} />
            Replace them with the file’s
          </label>
        </fieldset>
      )}
      {error && (
        <p className="fm-field-error" role="alert">
          {error}
        </p>
      )}
      {result && <ImportSummary result={result} />}
      {preview && phase !== 'applied' && (
        <div className="fm-dialog-actions">
          <button
            type="button"
            className="fm-primary"
            autoFocus={importable}
            disabled={!importable}
            onClick={() => {
              if (phase !== 'applying') void apply(choice);
            }}
          >
            {phase === 'applying' ? 'Importing…' : 'Apply'}
          </button>
          <button type="button" autoFocus={!importable} onClick={() => void discard()}>
            Cancel
          </button>
        </div>
      )}
      {phase === 'applied' && (
        <div className="fm-dialog-actions">
          <button type="button" onClick={() => void discard()}>
            Import more
          </button>
          <button type="button" className="fm-primary" autoFocus onClick={close}>
            Done
          </button>
        </div>
      )}
    </ModalDialog>
  );
}
