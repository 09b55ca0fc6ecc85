/**
 * Importing files or folders by their path on the computer running the app: how the browser
 * imports a folder, or files too large to send from the page, since it cannot pass their paths.
 */
import { useEffect, useRef, useState } from 'react';
import { useImportStore } from './import-store';

export function PathDialog({ onClose }: { onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [typed, setTyped] = useState('');
  const start = useImportStore((state) => state.start);
  useEffect(() => dialog.current?.showModal(), []);
  const paths = typed
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

  return (
    <dialog ref={dialog} className="fm-dialog" aria-labelledby="fm-path-title" onClose={onClose}>
      <h2 id="fm-path-title">Import from a folder or path</h2>
      <form
        className="fm-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (paths.length === 0) return;
          void start({ kind: 'paths', paths }, paths.length === 1 ? paths[0]!.split(/[\\/]/).filter(Boolean).pop()! : `${paths.length} paths`);
          dialog.current?.close();
        }}
      >
        <label className="fm-field">
          Folders or files, one per line
          <textarea rows={4} value={typed} placeholder="/home/desk/articles" onChange={(event) => setTyped(event.target.value)} />
        </label>
        <p className="fm-library-hint">
          Paths on the computer running the app. A folder gives every article file in it and its subfolders (.txt, .md, .html, .docx, .pdf) and
          every JSONL collection; hidden files are left out.
        </p>
        <div className="fm-dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" disabled={paths.length === 0}>
            Import
          </button>
        </div>
      </form>
    </dialog>
  );
}
