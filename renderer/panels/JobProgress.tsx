/** A long job's progress bar, with counts, what it is doing, and a Cancel button while it runs. */
import type { JobStatus } from '../../shared/jobs';
import { cancelJob } from '../state/jobs';

interface JobProgressProps {
  label: string;
  status: JobStatus | null;
}

export function JobProgress({ label, status }: JobProgressProps) {
  if (!status) return <p className="fm-job">{label}: starting…</p>;
  const known = status.total !== null && status.total > 0;
  const counts = known ? `${status.done.toLocaleString()} of ${status.total!.toLocaleString()}` : status.done.toLocaleString();
  return (
    <div className="fm-job" role="group" aria-label={label}>
      <div className="fm-job-line">
        <span>
          {label}: {status.message}
        </span>
        {status.state === 'running' && <span className="fm-job-counts">{counts}</span>}
      </div>
      {status.state === 'running' && (
        <div className="fm-job-line">
          <progress
            aria-label={`${label} progress`}
            value={known ? status.done : undefined}
            max={known ? status.total! : undefined}
          />
          <button type="button" onClick={() => void cancelJob(status.id)}>
            Cancel
          </button>
        </div>
      )}
      {status.state === 'failed' && (
        <p className="fm-field-error" role="alert">
          {status.error}
        </p>
      )}
    </div>
  );
}
