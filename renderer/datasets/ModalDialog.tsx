/** A modal `<dialog>` for the dataset dialogs: opened and closed with its state, closed by Escape, its keys kept to itself. */
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  title: string;
  open: boolean;
  onClose(): void;
  children: ReactNode;
}

export function ModalDialog({ title, open, onClose, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current!;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
    if (!open) return;
    // When the focused control goes away (a finished job's Cancel button), keys land on the page
    // behind: the editor's shortcuts must not act there, and Escape must still close the dialog.
    const keepKeys = (event: KeyboardEvent) => {
      if (event.target instanceof Node && element.contains(event.target)) return;
      event.stopPropagation();
      if (event.key === 'Escape') element.close();
    };
    window.addEventListener('keydown', keepKeys, true);
    return () => window.removeEventListener('keydown', keepKeys, true);
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="fm-dialog fm-datasets-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      // Keys typed in the form are the form's: the editor's shortcuts (1–4, Delete) must not act behind it.
      onKeyDown={(event) => event.stopPropagation()}
    >
      <div className="fm-dialog-top">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="fm-quiet" onClick={onClose} aria-label="Close">
          ✕
        </button>
      </div>
      {open && children}
    </dialog>
  );
}
