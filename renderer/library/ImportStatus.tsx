/**
 * How an import is going and how it went: a progress bar with counts and Cancel while it runs;
 * then what was imported, each file that failed and why, and the articles that may be new
 * versions of documents already in the library, each with the choice to merge or keep both.
 */
import type { ImportSummary, PossibleVersion } from '../../shared/library';
import { counted } from './names';
import { useImportStore, type VersionDecision } from './import-store';
import { openDocument } from './open-document';

function Progress() {
  const what = useImportStore((state) => state.what);
  const status = useImportStore((state) => state.status)!;
  const cancel = useImportStore((state) => state.cancel);
  const known = status.total !== null && status.total > 0;
  const percent = known ? Math.floor((100 * status.done) / status.total!) : null;
  return (
    <div className="fm-import-status" role="group" aria-label="Import progress">
      <p className="fm-import-line">
        <span>
          Importing {what}: {status.message}
        </span>
        {percent !== null && <span className="fm-job-counts">{percent}%</span>}
      </p>
      <div className="fm-import-line">
        <progress aria-label="Import progress" value={known ? status.done : undefined} max={known ? status.total! : undefined} />
        <button type="button" onClick={() => void cancel()}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function decisionText(version: PossibleVersion, decision: VersionDecision | undefined): string | null {
  if (!decision) return null;
  if (decision.state === 'merging') return 'Finding its annotations again…';
  if (decision.state === 'kept') return 'Both documents are kept.';
  if (decision.state === 'failed') return decision.message;
  const { report } = decision;
  return report.total === 0
    ? `“${version.existingTitle}” now has the new text; it had no annotations.`
    : `“${version.existingTitle}” now has the new text. Of its ${counted(report.total, 'annotation')}: ${report.unchanged} where they were, ${report.moved} moved, ${report.fuzzy} found approximately (check them), ${report.orphaned} not found (kept as orphaned).`;
}

function PossibleVersions({ summary }: { summary: ImportSummary }) {
  const decisions = useImportStore((state) => state.decisions);
  const merge = useImportStore((state) => state.merge);
  const keepBoth = useImportStore((state) => state.keepBoth);
  if (summary.possibleVersionCount === 0) return null;
  const unlisted = summary.possibleVersionCount - summary.possibleVersions.length;
  return (
    <section aria-label="Possible new versions">
      <h3>
        {summary.possibleVersionCount === 1
          ? '1 imported article may be a new version of a document already in the library'
          : `${counted(summary.possibleVersionCount, 'imported article')} may be new versions of documents already in the library`}
      </h3>
      <ul className="fm-import-versions">
        {summary.possibleVersions.map((version) => {
          const decision = decisions.get(version.documentId);
          const undecided = !decision || decision.state === 'failed';
          return (
            <li key={version.documentId}>
              <span>
                “{version.title}” has the same {version.matchedBy === 'url' ? 'address' : 'title'} as “{version.existingTitle}”.
              </span>
              {undecided && version.mergeable && (
                <span className="fm-import-version-actions">
                  <button type="button" onClick={() => void merge(version)}>
                    Import as new version of “{version.existingTitle}”
                  </button>
                  <button type="button" className="fm-quiet" onClick={() => keepBoth(version)}>
                    Keep both
                  </button>
                </span>
              )}
              {!version.mergeable && <span className="fm-library-hint"> Both are kept: annotations are carried over only from text, Markdown and HTML files.</span>}
              {decisionText(version, decision) && (
                <span className={decision?.state === 'failed' ? 'fm-field-error' : 'fm-library-hint'} role={decision?.state === 'failed' ? 'alert' : undefined}>
                  {' '}
                  {decisionText(version, decision)}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {unlisted > 0 && <p className="fm-library-hint">{counted(unlisted, 'more is', 'more are')} not listed; find them by title in the library.</p>}
    </section>
  );
}

/** The document an import of one article brought in, or the one it became the new version of. */
function importedDocument(summary: ImportSummary, decisions: ReadonlyMap<string, VersionDecision>): string | null {
  const merged = summary.possibleVersions.find((version) => version.documentId === summary.onlyDocumentId && decisions.get(version.documentId)?.state === 'merged');
  return merged ? merged.existingId : summary.onlyDocumentId;
}

function Summary({ summary }: { summary: ImportSummary }) {
  const what = useImportStore((state) => state.what);
  const dismiss = useImportStore((state) => state.dismiss);
  const decisions = useImportStore((state) => state.decisions);
  const opened = importedDocument(summary, decisions);
  return (
    <div className="fm-import-status" role="group" aria-label="Import summary">
      <p className="fm-import-line">
        <span role="status">
          {summary.imported === 0 ? `Nothing was imported from ${what}.` : `Imported ${counted(summary.imported, 'article')} from ${what}.`}
          {opened && (
            <>
              {' '}
              <button type="button" className="fm-link" onClick={() => void openDocument(opened)}>
                Open it
              </button>
            </>
          )}
        </span>
        <button type="button" className="fm-quiet" onClick={dismiss}>
          Dismiss
        </button>
      </p>
      {summary.failed.length > 0 && (
        <section aria-label="Files that failed">
          <h3>{counted(summary.failed.length, 'file')} could not be imported; nothing of {summary.failed.length === 1 ? 'it' : 'them'} was kept</h3>
          <ul className="fm-import-failures">
            {summary.failed.map((failure) => (
              <li key={`${failure.file}:${failure.line ?? ''}`}>
                <strong>
                  {failure.file}
                  {failure.line !== null && `, line ${failure.line.toLocaleString()}`}
                </strong>
                : {failure.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      {summary.skipped.length > 0 && (
        <details>
          <summary>{counted(summary.skipped.length, 'file')} left out of the folder: types that cannot be imported</summary>
          <ul className="fm-import-failures">
            {summary.skipped.map((skipped) => (
              <li key={skipped.file}>{skipped.file}</li>
            ))}
          </ul>
        </details>
      )}
      <PossibleVersions summary={summary} />
    </div>
  );
}

export function ImportStatus() {
  const status = useImportStore((state) => state.status);
  const summary = useImportStore((state) => state.summary);
  const error = useImportStore((state) => state.error);
  const what = useImportStore((state) => state.what);
  const dismiss = useImportStore((state) => state.dismiss);
  if (status?.state === 'running') return <Progress />;
  if (summary) return <Summary summary={summary} />;
  if (!error && status?.state !== 'cancelled') return null;
  return (
    <div className="fm-import-status" role="group" aria-label="Import outcome">
      <p className="fm-import-line">
        {error ? (
          <span className="fm-field-error" role="alert">
            {what ? `The import of ${what} failed: ${error}. Nothing was changed.` : error}
          </span>
        ) : (
          <span role="status">The import of {what} was cancelled: nothing was changed.</span>
        )}
        <button type="button" className="fm-quiet" onClick={dismiss}>
          Dismiss
        </button>
      </p>
    </div>
  );
}
