/** Following a long job on the main side: its progress, polled until it ends, and cancelling it. */
import { useEffect, useState } from 'react';
import type { JobStatus } from '../../shared/jobs';
import { api, errorMessage } from '../api';

const POLL_INTERVAL_MS = 200;

/** The job's latest status while it runs, and once it has ended; null before the first answer. */
export function useJob(jobId: string | null): { status: JobStatus | null; error: string | null } {
  const [status, setStatus] = useState<JobStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setStatus(null);
    setError(null);
    if (!jobId) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let current = true;
    const poll = async () => {
      try {
        const next = await api.getJob({ id: jobId });
        if (!current) return;
        setStatus(next);
        if (next.state === 'running') timer = setTimeout(poll, POLL_INTERVAL_MS);
      } catch (failure) {
        if (current) setError(errorMessage(failure));
      }
    };
    void poll();
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [jobId]);

  return { status, error };
}

/** Asks the main side to stop a job; the job undoes its work and reports itself cancelled. */
export function cancelJob(jobId: string): Promise<JobStatus> {
  return api.cancelJob({ id: jobId });
}
