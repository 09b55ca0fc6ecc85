/** Whether the reviewer's changes are saved; a failure stays on screen with a way to retry. */
import { useSaveStore } from '../state/saving';

export function SaveStatus() {
  const pending = useSaveStore((state) => state.pending.length);
  const failure = useSaveStore((state) => state.failure);
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
      {pending > 0 ? 'Saving…' : 'All changes saved'}
    </div>
  );
}
