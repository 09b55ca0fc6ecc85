/** The Report view's Export buttons, and what the last export did, in words. */
import { reportExportChoices } from './export-choices';
import { outcomeText } from './outcome';
import { ReportExportDialog } from './ReportExportDialog';
import { useReportExportStore, type ReportDocument } from './report-export-store';

interface ReportExportsProps {
  document: ReportDocument;
  /** False until the report is shown: there is nothing to export yet. */
  ready: boolean;
}

export function ReportExports({ document, ready }: ReportExportsProps) {
  const outcome = useReportExportStore((state) => state.outcome);
  const pending = useReportExportStore((state) => state.pending);
  const begin = useReportExportStore((state) => state.begin);
  const running = outcome?.state === 'running';
  // While the dialog is open it tells the outcome itself.
  const told = outcome && !pending ? outcome : null;
  return (
    <div className="fm-report-exports">
      <div className="fm-report-buttons" role="group" aria-label="Export report">
        {reportExportChoices.map((choice) => (
          // Not disabled while an export runs: the focus stays on the button rather than being lost.
          <button
            key={choice.id}
            type="button"
            disabled={!ready}
            aria-disabled={running}
            onClick={() => (running ? undefined : void begin(choice, document))}
          >
            Export {choice.name}
          </button>
        ))}
      </div>
      <p className="fm-report-outcome" role="status">
        {told && told.state !== 'failed' ? outcomeText(told) : ''}
      </p>
      {told?.state === 'failed' && (
        <p className="fm-report-outcome fm-field-error" role="alert">
          {outcomeText(told)}
        </p>
      )}
      <ReportExportDialog />
    </div>
  );
}
