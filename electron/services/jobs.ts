/**
 * Long jobs (imports, exports) run in the background of the main side while the interface
 * polls their progress and can cancel them. A job reports how far it is and checks its signal
 * between batches; it yields between batches so that other requests are answered meanwhile.
 */
import { randomUUID } from 'node:crypto';
import type { JobStatus } from '../../shared/jobs';
import { NotFoundError } from './errors';

export interface JobProgress {
  /** Reports progress: `done` of `total` units (total null when unknown), with a line saying what is happening. */
  report(done: number, total: number | null, message: string): void;
  /** Throws the cancellation when the user cancelled; call between batches. */
  throwIfCancelled(): void;
  /** Lets other work run; call between batches. */
  yield(): Promise<void>;
}

export class JobCancelledError extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'JobCancelledError';
  }
}

/** How long finished jobs are remembered for the interface to read their outcome. */
const FINISHED_JOBS_KEPT = 50;

export class JobRegistry {
  private readonly jobs = new Map<string, { status: JobStatus; controller: AbortController }>();

  /** Starts a job and answers its id at once; `run` does the work and returns the result. */
  start(kind: string, run: (progress: JobProgress) => Promise<unknown>): string {
    const id = randomUUID();
    const controller = new AbortController();
    const status: JobStatus = { id, kind, state: 'running', done: 0, total: null, message: 'Starting…', result: null, error: null };
    this.jobs.set(id, { status, controller });
    const progress: JobProgress = {
      report: (done, total, message) => Object.assign(status, { done, total, message }),
      throwIfCancelled: () => {
        if (controller.signal.aborted) throw new JobCancelledError();
      },
      yield: () => new Promise((resolve) => setImmediate(resolve)),
    };
    // Start on the next turn, so the caller has the id before any work happens.
    void progress
      .yield()
      .then(() => run(progress))
      .then(
        (result) => Object.assign(status, { state: 'done', result: result ?? null, message: 'Finished' }),
        (error: unknown) =>
          error instanceof JobCancelledError
            ? Object.assign(status, { state: 'cancelled', message: 'Cancelled: nothing was changed' })
            : Object.assign(status, { state: 'failed', error: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => this.forgetOldJobs());
    return id;
  }

  status(id: string): JobStatus {
    const job = this.jobs.get(id);
    if (!job) throw new NotFoundError('Job', id);
    return { ...job.status };
  }

  /** Asks a job to stop; it stops at its next check and undoes what it did. */
  cancel(id: string): JobStatus {
    const job = this.jobs.get(id);
    if (!job) throw new NotFoundError('Job', id);
    job.controller.abort();
    return { ...job.status };
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((job) => job.status.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - FINISHED_JOBS_KEPT))) this.jobs.delete(job.status.id);
  }
}
