/**
 * Files dropped anywhere on the window are imported into the library; while files are dragged
 * over it, the window says so. Drags that carry no files (text within the article) are left alone.
 */
import { useEffect, useState } from 'react';
import { droppedFiles, importFiles } from './files';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

export function DropZone() {
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth++;
      setOver(true);
    };
    const dragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.dataTransfer!.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Taken here, before the editor or the browser (which would open the file) can have it.
      event.preventDefault();
      event.stopPropagation();
      depth = 0;
      setOver(false);
      void droppedFiles(event.dataTransfer!).then(importFiles);
    };
    const listeners = [
      ['dragenter', enter],
      ['dragover', dragOver],
      ['dragleave', leave],
      ['drop', drop],
    ] as const;
    for (const [type, listener] of listeners) window.addEventListener(type, listener, true);
    return () => {
      for (const [type, listener] of listeners) window.removeEventListener(type, listener, true);
    };
  }, []);
  if (!over) return null;
  return (
    <div className="fm-drop-overlay" role="status">
      <p>Drop to import into the library</p>
    </div>
  );
}
