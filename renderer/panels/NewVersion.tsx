/**
 * Importing a corrected version of the open article: its annotations are found again in the new
 * text, and the reviewer sees how many moved, how many need a look and how many are orphaned.
 */
import { useEffect, useRef, useState } from 'react';
import type { ApiResult } from '../../shared/api';
import { api, errorMessage } from '../api';
import { useDocumentStore } from '../state/document';
import { useListFilterStore } from '../state/list-filter';
import { saveAnswered, useSaveStore } from '../state/saving';
import { uploadOf } from '../uploads';

type Report = ApiResult<'importNewVersion'>;

const articleTypes = '.txt,.md,.markdown,.html,.htm,.docx,.pdf';

function ReportDialog({ report, onClose }: { report: Report; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const showForReview = useListFilterStore((state) => state.setNeedsReview);
  useEffect(() => dialog.current?.showModal(), []);
  const needsLook = report.fuzzy + report.orphaned;
  return (
    <dialog ref={dialog} className="fm-dialog" aria-labelledby="fm-new-version-title" onClose={onClose}>
      <h2 id="fm-new-version-title">New version imported</h2>
      <p>
        {report.total === 0
          ? 'The article had no annotations to find again.'
          : `Its ${report.total} annotations were looked for in the new text:`}
      </p>
      {report.total > 0 && (
        <ul className="fm-report-counts">
          <li>{report.unchanged} where they were</li>
          <li>{report.moved} moved with their text</li>
          <li>{report.fuzzy} found approximately: they need a look</li>
          <li>{report.orphaned} not found: kept as orphaned</li>
        </ul>
      )}
      <div className="fm-dialog-actions">
        {needsLook > 0 && (
          <button
            type="button"
            onClick={() => {
              showForReview(true);
              dialog.current?.close();
            }}
          >
            Show the {needsLook} that need a look
          </button>
        )}
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}

export function NewVersionButton({ documentId }: { documentId: string }) {
  const input = useRef<HTMLInputElement>(null);
  const reload = useDocumentStore((state) => state.reload);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);

  const importFile = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      // The annotations are found again from those stored: the changes still being saved go first.
      await saveAnswered();
      if (useSaveStore.getState().failure) {
        setError('Your latest changes are not saved yet: retry saving them, then import the corrected version.');
        return;
      }
      const result = await api.importNewVersion({ documentId, file: await uploadOf(file) });
      await reload();
      setReport(result);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" disabled={busy} onClick={() => input.current?.click()} title="Replace the text with a corrected version of the article; annotations are found again">
        {busy ? 'Importing…' : 'Import corrected version…'}
      </button>
      <input
        ref={input}
        type="file"
        accept={articleTypes}
        hidden
        aria-label="Corrected version of the article"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      {error && (
        <p className="fm-field-error" role="alert">
          {error}
        </p>
      )}
      {report && <ReportDialog report={report} onClose={() => setReport(null)} />}
    </>
  );
}
