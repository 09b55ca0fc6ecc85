/** What an import of annotations would do: the files and their errors, the documents matched, and the conflicts. */
import type { DatasetProblem, DocumentPreview, ImportPreview } from '../../shared/datasets';
import { formats } from '../../shared/formats';
import { counted } from './counted';

const matchNames: Record<DocumentPreview['match'], string> = {
  id: 'found by id',
  text: 'found by its text',
  new: 'new: will be created',
  changed: 'not imported: its text differs from the library’s',
  ambiguous: 'not imported: several documents have this text',
  not_found: 'not imported: not in the library',
};

function ProblemList({ problems, leftOut = 0 }: { problems: readonly DatasetProblem[]; leftOut?: number }) {
  return (
    <ul className="fm-datasets-problems">
      {problems.map((problem, position) => (
        <li key={position}>{problem.message}</li>
      ))}
      {leftOut > 0 && <li>… and {leftOut.toLocaleString()} more</li>}
    </ul>
  );
}

function FileTable({ preview }: { preview: ImportPreview }) {
  return (
    <table className="fm-datasets-table">
      <caption>Files</caption>
      <thead>
        <tr>
          <th scope="col">File</th>
          <th scope="col">Format</th>
          <th scope="col">Documents</th>
          <th scope="col">Annotations</th>
          <th scope="col">Import</th>
        </tr>
      </thead>
      <tbody>
        {preview.files.map((file) => (
          <tr key={file.file}>
            <th scope="row">{file.file}</th>
            <td>{file.format ? formats[file.format].name : 'unknown'}</td>
            <td>{file.documents.toLocaleString()}</td>
            <td>{file.annotations.toLocaleString()}</td>
            <td>{file.errors.length > 0 ? `no: ${counted(file.errors.length, 'error')}` : 'yes'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DocumentTable({ preview }: { preview: ImportPreview }) {
  if (preview.documents.length === 0) return null;
  return (
    <table className="fm-datasets-table">
      <caption>Documents</caption>
      <thead>
        <tr>
          <th scope="col">In the file</th>
          <th scope="col">In the library</th>
          <th scope="col">Annotations</th>
        </tr>
      </thead>
      <tbody>
        {preview.documents.map((document, position) => (
          <tr key={position}>
            <th scope="row">
              {document.title ?? document.fileDocumentId ?? 'untitled'}
              {document.line !== undefined && <span className="fm-datasets-muted"> (line {document.line})</span>}
            </th>
            <td>
              {document.libraryTitle && document.match !== 'new' ? `${document.libraryTitle}, ` : ''}
              {matchNames[document.match]}
            </td>
            <td>{document.annotations.toLocaleString()}</td>
          </tr>
        ))}
        {preview.documentsLeftOut > 0 && (
          <tr>
            <td colSpan={3}>… and {counted(preview.documentsLeftOut, 'more document')}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

/** The preview, for the user to apply or cancel. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const errors = preview.files.flatMap((file) => file.errors);
  const { outcomes } = preview;
  const conflictCount = preview.conflicts.length + preview.conflictsLeftOut;
  return (
    <section className="fm-datasets-preview" aria-label="Preview">
      <FileTable preview={preview} />
      {errors.length > 0 && (
        <div role="alert">
          <h3>Errors: these files import nothing</h3>
          <ProblemList problems={errors} />
        </div>
      )}
      <p className="fm-datasets-outcomes" role="status">
        <strong>{counted(outcomes.new, 'new annotation')}</strong>, {outcomes.unchanged.toLocaleString()} already there unchanged,{' '}
        {outcomes.changed.toLocaleString()} changed, {counted(outcomes.duplicate, 'duplicate')},{' '}
        {(outcomes.elsewhere + outcomes.no_document).toLocaleString()} without a matching document.
      </p>
      <DocumentTable preview={preview} />
      {conflictCount > 0 && (
        <details open={conflictCount <= 10}>
          <summary>{counted(conflictCount, 'conflict')} with the library</summary>
          <ProblemList problems={preview.conflicts} leftOut={preview.conflictsLeftOut} />
        </details>
      )}
    </section>
  );
}
