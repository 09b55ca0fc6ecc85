/** Asking before a document goes to the trash. */
import { useEffect, useRef } from 'react';
import type { LibraryRow } from '../../shared/library';
import { useTrashStore } from './trash-store';

export function DeleteDialog({ row, onClose }: { row: LibraryRow; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const remove = useTrashStore((state) => state.delete);
  useEffect(() => dialog.current?.showModal(), []);
  const annotations = Object.values(row.labelCounts).reduce((sum, count) => sum + count, 0);
  return (
    <dialog ref={dialog} className="fm-dialog" aria-labelledby="fm-delete-title" onClose={onClose}>
      <h2 id="fm-delete-title">Delete “{row.title}”?</h2>
      <p>
        {annotations > 0 ? `It goes with its ${annotations.toLocaleString()} annotations. ` : ''}
        You can undo this, or restore it from “Deleted this session”, until the app is closed.
      </p>
      <div className="fm-dialog-actions">
        <button type="button" onClick={() => dialog.current?.close()}>
          Cancel
        </button>
        <button
          type="button"
          className="fm-danger"
          onClick={() => {
            void remove([row]);
            dialog.current?.close();
          }}
        >
          Delete
        </button>
      </div>
    </dialog>
  );
}
