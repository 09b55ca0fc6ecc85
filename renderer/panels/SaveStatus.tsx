/**
 * Whether the reviewer's changes are saved: "Saving…" once they have waited a while (a quick save
 * leaves the status as it is), and a failure stays on screen with a way to retry.
 */
import { useSaveStore } from '../state/saving';

export function SaveStatus() {
  const failure = useSaveStore((state) => state.failure);
  const slow = useSaveStore((state) => state.slow);
  // Read only while saving has failed: counting every change would redraw the status for each.
  const pending = useSaveStore((state) => (state.failure ? state.pending.length : 0));
  const retry = useSaveStore((state) => state.retry);

  if (failure) {
    return (
      <div className="fm-save-status fm-save-status--failed" role="alert">
        <span>
          Not saved ({pending} {pending === 1 ? 'change' : 'changes'} waiting): {failure}
        </span>
        <button type="button" onClick={retry}>
          Retry
        </button>
      </div>
    );
  }
  return (
    <div className="fm-save-status" role="status">
      {slow ? 'Saving…' : 'All changes saved'}
    </div>
  );
}
