/**
 * Where an exported report goes, when the host has no save dialog (the browser: a path typed on
 * the computer running the app) or the format needs more (ClaimReview: the fact check's address).
 */
import { useState } from 'react';
import { APP_NAME } from '../../shared/app';
import { Field } from '../datasets/fields';
import { ModalDialog } from '../datasets/ModalDialog';
import { outcomeText } from './outcome';
import { useReportExportStore, type PendingReportExport } from './report-export-store';

function ExportForm({ pending }: { pending: PendingReportExport }) {
  const { options, outcome, claimReview, choosePath, write, closeDialog } = useReportExportStore();
  const [path, setPath] = useState(pending.suggestedPath);
  const [reviewUrl, setReviewUrl] = useState(claimReview?.reviewUrl ?? '');
  const [publisher, setPublisher] = useState(claimReview?.publisher ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const isClaimReview = pending.choice.format === 'claimreview';
  const running = outcome?.state === 'running';

  const submit = () => {
    if (running) return;
    const missing = path.trim() === '' ? 'Give the path of the file to write.' : isClaimReview && reviewUrl.trim() === '' ? 'Give the address of the page that publishes the fact check.' : null;
    setProblem(missing);
    if (missing) return;
    const details = isClaimReview ? { reviewUrl: reviewUrl.trim(), ...(publisher.trim() ? { publisher: publisher.trim() } : {}) } : undefined;
    void write(pending, path.trim(), details);
  };

  const choose = async () => {
    const chosen = await choosePath(pending, path);
    if (chosen) setPath(chosen);
  };

  return (
    <form
      className="fm-datasets-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {isClaimReview && (
        <>
          <Field label="Address of the fact check" hint="The page that will publish this fact check, http or https: each ClaimReview points to it.">
            {(props) => <input {...props} type="url" value={reviewUrl} spellCheck={false} onChange={(event) => setReviewUrl(event.target.value)} />}
          </Field>
          <Field label="Publisher (optional)" hint="The organisation publishing the fact check; without it, each claim’s reviewer is named.">
            {(props) => <input {...props} value={publisher} onChange={(event) => setPublisher(event.target.value)} />}
          </Field>
        </>
      )}
      <Field label="Save to file" hint={`A file on the computer running ${APP_NAME}; one already there is replaced.`}>
        {(props) => (
          <div className="fm-datasets-path">
            <input {...props} value={path} spellCheck={false} onChange={(event) => setPath(event.target.value)} />
            {options?.nativeDialogs && (
              <button type="button" onClick={() => void choose()}>
                Choose…
              </button>
            )}
          </div>
        )}
      </Field>
      {problem && (
        <p className="fm-field-error" role="alert">
          {problem}
        </p>
      )}
      {outcome?.state === 'failed' && (
        <p className="fm-field-error" role="alert">
          {outcomeText(outcome)}
        </p>
      )}
      {running && <p role="status">{outcomeText(outcome)}</p>}
      <div className="fm-dialog-actions">
        {/* Not disabled while running: the focus stays on it rather than falling out of the dialog. */}
        <button type="submit" className="fm-primary" aria-disabled={running}>
          Export
        </button>
        <button type="button" onClick={closeDialog}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function ReportExportDialog() {
  const pending = useReportExportStore((state) => state.pending);
  const closeDialog = useReportExportStore((state) => state.closeDialog);
  return (
    <ModalDialog title={pending ? `Export report as ${pending.choice.name}` : 'Export report'} open={pending !== null} onClose={closeDialog}>
      {pending && <ExportForm key={`${pending.document.id}:${pending.choice.id}`} pending={pending} />}
    </ModalDialog>
  );
}
