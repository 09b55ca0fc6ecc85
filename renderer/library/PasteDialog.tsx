/**
 * Pasting an article. When the clipboard holds a web page's formatted text, its HTML is imported,
 * so that the title and paragraphs are taken from the markup (scripts, navigation and ads left
 * out); editing the pasted text afterwards imports the text as shown instead.
 */
import { useEffect, useRef, useState } from 'react';
import { MAX_PASTED_CHARACTERS } from '../../shared/library';
import { useImportStore } from './import-store';

export function PasteDialog({ onClose }: { onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [html, setHtml] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const start = useImportStore((state) => state.start);
  useEffect(() => dialog.current?.showModal(), []);

  const importPasted = () => {
    const content = html ?? text;
    if (content.trim() === '') return;
    void start({ kind: 'paste', content, format: html === null ? 'text' : 'html', ...(title.trim() ? { title: title.trim() } : {}) }, 'pasted text');
    dialog.current?.close();
  };

  return (
    <dialog ref={dialog} className="fm-dialog" aria-labelledby="fm-paste-title" onClose={onClose}>
      <h2 id="fm-paste-title">Paste an article</h2>
      <form
        className="fm-form"
        onSubmit={(event) => {
          event.preventDefault();
          importPasted();
        }}
      >
        <label className="fm-field">
          Article
          <textarea
            rows={12}
            value={text}
            maxLength={MAX_PASTED_CHARACTERS}
            placeholder="Paste the article's text or a web page's content here"
            onPaste={(event) => {
              const pastedHtml = event.clipboardData.getData('text/html');
              // The HTML stands for the whole article only when it replaces everything in the box.
              const replacesAll = event.currentTarget.selectionStart === 0 && event.currentTarget.selectionEnd === text.length;
              setHtml(pastedHtml.trim() !== '' && replacesAll ? pastedHtml : null);
            }}
            onChange={(event) => {
              setText(event.target.value);
              if (event.nativeEvent instanceof InputEvent && event.nativeEvent.inputType !== 'insertFromPaste') setHtml(null);
            }}
          />
        </label>
        <p className="fm-library-hint">
          {html === null
            ? 'Imported as plain text: paragraphs are lines; a first line such as "date 2023-10-27 Reuters" gives the date and credit.'
            : 'Pasted from a web page: the title and paragraphs are taken from its formatting. Edit the text to import it as shown instead.'}
        </p>
        <label className="fm-field">
          Title (optional)
          <input value={title} maxLength={500} placeholder="Taken from the page or the first line when left empty" onChange={(event) => setTitle(event.target.value)} />
        </label>
        <div className="fm-dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" disabled={text.trim() === ''}>
            Import
          </button>
        </div>
      </form>
    </dialog>
  );
}
