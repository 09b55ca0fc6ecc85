/**
 * The Report view of the open document: the annotated report as the host makes it, shown in a
 * frame sandboxed with no permissions at all (nothing in it can run, submit or navigate the app),
 * with the Export buttons and a way back to the article. The report is made once the reviewer's
 * last changes are saved, so that it shows them.
 */
import { useEffect, useId, useRef } from 'react';
import type { Document } from '../../shared/model';
import { useEditorStore } from '../state/editor';
import { useNavigationStore } from '../state/navigation';
import { useSaveStore } from '../state/saving';
import { ReportExports } from './ReportExports';
import { useReportStore } from './report-store';

function backToArticle(): void {
  useNavigationStore.getState().show('document');
  // The article is shown again on the next frame; the reviewer carries on where they were.
  requestAnimationFrame(() => useEditorStore.getState().focus());
}

/** Whether the focus was left nowhere, on the body or on a control now out of reach behind the report. */
function focusIsLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active.closest('[inert]') !== null;
}

export function ReportView({ document: article }: { document: Document }) {
  const html = useReportStore((state) => state.html);
  const loading = useReportStore((state) => state.loading);
  const error = useReportStore((state) => state.error);
  const load = useReportStore((state) => state.load);
  const unsaved = useSaveStore((state) => state.pending.length);
  const saveFailure = useSaveStore((state) => state.failure);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const saved = unsaved === 0 || saveFailure !== null;

  useEffect(() => {
    if (focusIsLost()) heading.current?.focus();
  }, []);

  useEffect(() => {
    if (saved) void load(article.id);
  }, [article.id, saved, load]);

  return (
    <main
      className="fm-report"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) backToArticle();
      }}
    >
      <div className="fm-report-bar">
        <button type="button" onClick={backToArticle}>
          ← Back to the article
        </button>
        <h1 id={headingId} ref={heading} tabIndex={-1} className="fm-report-title">
          Report: {article.title}
        </h1>
        <ReportExports document={article} ready={html !== null} />
      </div>
      {saveFailure && (
        <p className="fm-report-message fm-field-error" role="alert">
          {unsaved} {unsaved === 1 ? 'change is' : 'changes are'} not saved ({saveFailure}): the report shows the article as last saved.
        </p>
      )}
      {!saved && (
        <p className="fm-report-message" role="status">
          Saving your last changes before making the report…
        </p>
      )}
      {loading && (
        <p className="fm-report-message" role="status">
          Making the report…
        </p>
      )}
      {error && (
        <div className="fm-report-message" role="alert">
          <p>The report could not be made: {error}</p>
          <button type="button" onClick={() => void load(article.id)}>
            Try again
          </button>
        </div>
      )}
      {html !== null && <iframe className="fm-report-frame" title={`Annotated report of ${article.title}`} sandbox="" srcDoc={html} />}
    </main>
  );
}
