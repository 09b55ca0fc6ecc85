/**
 * Files the reviewer picks or drops, sent to the library's import with their bytes. A dropped
 * folder gives every file inside it (hidden ones left out); together they must fit in what the
 * interface may send at once, and larger imports go by path.
 */
import { importableExtensions, MAX_IMPORT_UPLOAD_BYTES, type LibraryImportSourceInput } from '../../shared/library';
import { useNavigationStore } from '../state/navigation';
import { uploadOf } from '../uploads';
import { useImportStore } from './import-store';

/** For file inputs' `accept`. */
export const acceptedTypes = importableExtensions.join(',');

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

/** The files under a dropped entry; a folder is read until it gives no more entries. */
async function filesOf(entry: FileSystemEntry): Promise<File[]> {
  if (entry.name.startsWith('.')) return [];
  if (entry.isFile) return [await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject))];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const files: File[] = [];
  for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader)) {
    for (const child of batch) files.push(...(await filesOf(child)));
  }
  return files;
}

/** The files of a drop, folders opened. */
export async function droppedFiles(transfer: DataTransfer): Promise<File[]> {
  const entries = Array.from(transfer.items, (item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.some((entry) => entry === null)) return Array.from(transfer.files);
  return (await Promise.all(entries.map((entry) => filesOf(entry!)))).flat();
}

/** Imports files the reviewer picked or dropped, showing the library where the import's progress is. */
export async function importFiles(files: readonly File[]): Promise<void> {
  const imports = useImportStore.getState();
  useNavigationStore.getState().show('library');
  if (files.length === 0) return imports.refuse('Nothing to import: no files were dropped (folders are read only where the browser allows it).');
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total > MAX_IMPORT_UPLOAD_BYTES) {
    return imports.refuse(
      `These files are ${megabytes(total)} together; up to ${megabytes(MAX_IMPORT_UPLOAD_BYTES)} can be sent from here at once. Import them from their folder instead (Import folder…), or fewer at a time.`,
    );
  }
  let source: LibraryImportSourceInput;
  try {
    source = { kind: 'uploads', files: await Promise.all(files.map(uploadOf)) };
  } catch (error) {
    return imports.refuse(error instanceof Error ? error.message : String(error));
  }
  await imports.start(source, files.length === 1 ? files[0]!.name : `${files.length.toLocaleString()} files`);
}
