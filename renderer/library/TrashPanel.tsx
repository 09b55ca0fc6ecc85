/** The last deletion with its Undo, and the documents deleted this session, each restorable. */
import { useEffect } from 'react';
import { useTrashStore } from './trash-store';

export function UndoDelete() {
  const lastDeleted = useTrashStore((state) => state.lastDeleted);
  const undo = useTrashStore((state) => state.undo);
  const forget = useTrashStore((state) => state.forgetLastDeleted);
  const error = useTrashStore((state) => state.error);
  if (error) {
    return (
      <p className="fm-library-notice fm-field-error" role="alert">
        {error}
      </p>
    );
  }
  if (!lastDeleted) return null;
  return (
    <p className="fm-library-notice" role="status">
      Deleted {lastDeleted.what}.{' '}
      <button type="button" onClick={() => void undo()}>
        Undo
      </button>{' '}
      <button type="button" className="fm-quiet" aria-label="Dismiss" onClick={forget}>
        ×
      </button>
    </p>
  );
}

export function TrashPanel() {
  const deleted = useTrashStore((state) => state.deleted);
  const load = useTrashStore((state) => state.load);
  const restore = useTrashStore((state) => state.restore);
  useEffect(() => void load(), [load]);
  if (!deleted || deleted.length === 0) return null;
  return (
    <details className="fm-library-trash">
      <summary>Deleted this session ({deleted.length.toLocaleString()})</summary>
      <p className="fm-library-hint">Restorable until the app is closed; then they are deleted for good.</p>
      <ul>
        {deleted.map((document) => (
          <li key={document.id}>
            <span>{document.title}</span>
            <button type="button" className="fm-quiet" onClick={() => void restore([document.id])}>
              Restore
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
