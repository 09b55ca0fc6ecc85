/**
 * Progress of a long command on standard error: one line rewritten in place on a terminal, or a
 * line per tenth of the work when asked for with `--progress` elsewhere; silent otherwise.
 * Ctrl+C cancels at the next page of work.
 */
import { JobCancelledError, type JobProgress } from '../services/jobs';
import type { CliIo } from './command';

export interface CliProgress extends JobProgress {
  /** Clears the progress line and stops listening for Ctrl+C. */
  finish(): void;
  readonly interrupted: boolean;
}

/** Progress shown when `show` is true, or by default when standard error is a terminal. */
export function cliProgress(io: CliIo, show: boolean | undefined): CliProgress {
  const visible = show ?? io.stderrIsTerminal;
  const inPlace = visible && io.stderrIsTerminal;
  let interrupted = false;
  let lastTenth = -1;
  let shown = false;
  const stopListening = io.onInterrupt(() => {
    interrupted = true;
    if (visible) io.err(`${inPlace ? '\r\u001b[K' : ''}Stopping…\n`);
  });
  return {
    get interrupted() {
      return interrupted;
    },
    report(done, total, message) {
      if (!visible) return;
      const percent = total ? Math.floor((done / total) * 100) : undefined;
      const line = percent === undefined ? message : `${message} (${percent}%)`;
      if (inPlace) {
        io.err(`\r\u001b[K${line}`);
        shown = true;
        return;
      }
      const tenth = percent === undefined ? lastTenth + 1 : Math.floor(percent / 10);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      io.err(`${line}\n`);
    },
    throwIfCancelled() {
      if (interrupted) throw new JobCancelledError();
    },
    yield: () => new Promise((resolve) => setImmediate(resolve)),
    finish() {
      if (inPlace && shown) io.err('\r\u001b[K');
      stopListening();
    },
  };
}
