/**
 * The ways into the library: files and folders from the desktop app's dialogs, or in the browser
 * from its file picker and by typing a path on the computer running the app; and pasted text.
 */
import { useRef, useState } from 'react';
import { importableExtensions } from '../../shared/library';
import { api } from '../api';
import { acceptedTypes, importFiles } from './files';
import { useImportStore } from './import-store';
import { PasteDialog } from './PasteDialog';
import { PathDialog } from './PathDialog';

const articleFilter = { name: 'Articles and JSONL collections', extensions: importableExtensions.map((extension) => extension.slice(1)) };

const named = (paths: string[]) => (paths.length === 1 ? paths[0]!.split(/[\\/]/).pop()! : `${paths.length} items`);

export function ImportActions() {
  const picker = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState<'paste' | 'path' | null>(null);
  const start = useImportStore((state) => state.start);
  const refuse = useImportStore((state) => state.refuse);
  const running = useImportStore((state) => state.status?.state === 'running');

  const choose = async (folders: boolean) => {
    try {
      const chosen = await api.chooseOpenPaths({ title: folders ? 'Import folders' : 'Import articles', filters: folders ? [] : [articleFilter], folders, multiple: true });
      if (chosen.supported) {
        if (chosen.paths && chosen.paths.length > 0) await start({ kind: 'paths', paths: chosen.paths }, named(chosen.paths));
      } else if (folders) setOpen('path');
      else picker.current?.click();
    } catch (error) {
      refuse(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <div className="fm-library-import" role="group" aria-label="Import">
      <button type="button" disabled={running} onClick={() => void choose(false)}>
        Import files…
      </button>
      <button type="button" disabled={running} onClick={() => void choose(true)}>
        Import folder…
      </button>
      <button type="button" disabled={running} onClick={() => setOpen('paste')}>
        Paste article…
      </button>
      <input
        ref={picker}
        type="file"
        multiple
        hidden
        accept={acceptedTypes}
        aria-label="Article files to import"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          if (files.length > 0) void importFiles(files);
        }}
      />
      {open === 'paste' && <PasteDialog onClose={() => setOpen(null)} />}
      {open === 'path' && <PathDialog onClose={() => setOpen(null)} />}
    </div>
  );
}
