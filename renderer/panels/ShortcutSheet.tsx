/** Every key the editor knows, opened with `?`. */
import { useEffect, useRef } from 'react';
import { labelList } from '../../shared/labels';
import { sentenceKey } from '../editor/keymap';
import { useUiStore } from '../state/ui';

const mod = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? 'Cmd' : 'Ctrl';
const sentence = sentenceKey.replace('-', '+');

const groups: { title: string; keys: [string, string][] }[] = [
  {
    title: 'Tagging',
    keys: [
      ...labelList.map((label): [string, string] => [label.key, `Tag the selection as ${label.name.toLowerCase()} (whole words)`]),
      ['Alt+1 … Alt+4', 'Tag exactly the selected characters'],
      ['1 … 4 (no text selected)', 'Change the selected annotation’s label'],
    ],
  },
  {
    title: 'Selecting text',
    keys: [
      ['Shift+← / Shift+→', 'Extend the selection by a character'],
      [`${mod === 'Cmd' ? 'Alt' : 'Ctrl'}+Shift+← / →`, 'Extend the selection by a word'],
      [`${sentence}+← / →`, 'Extend the selection by a sentence'],
      ['Alt + drag', 'Select without widening to whole words'],
    ],
  },
  {
    title: 'Annotations',
    keys: [
      ['Tab / Shift+Tab, j / k', 'Next / previous annotation'],
      ['Enter', 'Open the selected annotation’s details'],
      ['Escape', 'Back to the text; deselect'],
      ['Delete', 'Delete the selected annotation'],
      [`${mod}+Z / ${mod}+Shift+Z`, 'Undo / redo'],
    ],
  },
  {
    title: 'Elsewhere',
    keys: [
      [`${mod}+F`, 'Find in the article'],
      ['?', 'This list'],
    ],
  },
];

export function ShortcutSheet() {
  const open = useUiStore((state) => state.shortcutsOpen);
  const setOpen = useUiStore((state) => state.setShortcutsOpen);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current!;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog ref={dialog} className="fm-dialog" aria-labelledby="fm-shortcuts-title" onClose={() => setOpen(false)}>
      <div className="fm-dialog-top">
        <h2 id="fm-shortcuts-title">Keyboard shortcuts</h2>
        <button type="button" className="fm-quiet" onClick={() => setOpen(false)} aria-label="Close">
          ✕
        </button>
      </div>
      {groups.map((group) => (
        <section key={group.title}>
          <h3>{group.title}</h3>
          <table className="fm-shortcuts">
            <tbody>
              {group.keys.map(([keys, action]) => (
                <tr key={keys}>
                  <th scope="row">
                    <kbd>{keys}</kbd>
                  </th>
                  <td>{action}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </dialog>
  );
}
