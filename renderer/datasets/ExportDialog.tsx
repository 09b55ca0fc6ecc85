/** The Export dialog: format, documents, labels, split and destination; then the job's progress and what it wrote. */
import { useEffect, useState } from 'react';
import type { ExportResult } from '../../shared/datasets';
import { formats } from '../../shared/formats';
import { JobProgress } from '../panels/JobProgress';
import { useDocumentStore } from '../state/document';
import { useJob } from '../state/jobs';
import { counted } from './counted';
import { useDatasetDialogs } from './dialogs';
import { defaultExportName, defaultExportPath, exportRequestOf, initialExportForm, writesFolder, type ExportForm } from './export-form';
import { exportResultOf, useExportStore } from './export-state';
import { DestinationField, DocumentFields, FormatFields, LabelFields, SplitFields } from './ExportFields';
import { ModalDialog } from './ModalDialog';

function ExportSummary({ result }: { result: ExportResult }) {
  const splits = result.splits.map((split) => `${split.name}: ${split.documents.toLocaleString()}`).join(', ');
  const noticeCount = result.notices.length + result.noticesLeftOut;
  return (
    <div className="fm-datasets-outcome" role="status">
      <p>
        Exported {counted(result.documents, 'document')} and {counted(result.annotations, 'annotation')} to <code>{result.path}</code>
        {splits && ` (${splits})`}.
      </p>
      {noticeCount > 0 && (
        <details>
          <summary>{counted(noticeCount, 'thing')} left out or worth knowing</summary>
          <ul className="fm-datasets-problems">
            {result.notices.map((notice, position) => (
              <li key={position}>{notice.message}</li>
            ))}
            {result.noticesLeftOut > 0 && <li>… and {result.noticesLeftOut.toLocaleString()} more</li>}
          </ul>
        </details>
      )}
    </div>
  );
}

export function ExportDialog() {
  const open = useDatasetDialogs((state) => state.open === 'export');
  const options = useDatasetDialogs((state) => state.options);
  const optionsError = useDatasetDialogs((state) => state.optionsError);
  const close = useDatasetDialogs((state) => state.close);
  const openDocument = useDocumentStore((state) => state.document);
  const { jobId, error, start, chooseDestination } = useExportStore();
  const { status, error: pollError } = useJob(jobId);
  const [form, setForm] = useState<ExportForm>(initialExportForm);
  const [problem, setProblem] = useState<string | null>(null);
  const change = (changes: Partial<ExportForm>) => setForm((current) => ({ ...current, ...changes }));

  // Until the user gives a path, it follows the format: a file name or a folder name.
  useEffect(() => {
    if (options && !form.pathEdited) change({ path: defaultExportPath(form, options) });
  }, [options, form.format, form.split, form.pathEdited]);

  const running = status?.state === 'running' || (jobId !== null && status === null);
  const result = exportResultOf(status);

  const submit = () => {
    if (running) return;
    const request = exportRequestOf(form, openDocument?.id ?? null);
    setProblem(typeof request === 'string' ? request : null);
    if (typeof request !== 'string') void start(request);
  };

  const choose = async () => {
    const extension = writesFolder(form) ? null : formats[form.format].extension.slice(1);
    const path = await chooseDestination('Export dataset', form.pathEdited ? form.path : defaultExportName(form), extension);
    if (path) change({ path, pathEdited: true });
  };

  return (
    <ModalDialog title="Export dataset" open={open} onClose={close}>
      <form
        className="fm-datasets-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <FormatFields form={form} change={change} />
        <div className="fm-datasets-columns">
          <DocumentFields form={form} change={change} openTitle={openDocument?.title ?? null} reviewers={options?.reviewers ?? []} />
          <div className="fm-datasets-form">
            <LabelFields form={form} change={change} />
            <SplitFields form={form} change={change} />
          </div>
        </div>
        <DestinationField form={form} change={change} nativeDialogs={options?.nativeDialogs ?? false} choose={() => void choose()} />
        {[problem, error, pollError, optionsError].filter(Boolean).map((message) => (
          <p key={message} className="fm-field-error" role="alert">
            {message}
          </p>
        ))}
        {jobId && status?.state !== 'done' && <JobProgress label="Export" status={status} />}
        {result && <ExportSummary result={result} />}
        <div className="fm-dialog-actions">
          {/* Not disabled while running: the focus stays on it rather than falling out of the dialog. */}
          <button type="submit" className="fm-primary" aria-disabled={running}>
            Export
          </button>
          <button type="button" onClick={close}>
            Close
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
