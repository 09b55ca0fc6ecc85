/** Reading import files from disk: single-article files whole after a size check, and their errors in words. */
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { ImportError, type ImportFile } from './article';
import { checkArticleSize, defaultImportLimits, type ImportLimits } from './limits';

/** An error from the file system (it carries a code such as ENOENT). */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

/** A file-system failure (missing, unreadable, a folder) as an ImportError naming the file. */
export function fileSystemError(name: string, error: NodeJS.ErrnoException): ImportError {
  switch (error.code) {
    case 'ENOENT':
      return new ImportError(name, 'the file does not exist (it may have been moved or deleted)');
    case 'EACCES':
    case 'EPERM':
      return new ImportError(name, 'the file cannot be read: permission denied');
    case 'EISDIR':
      return new ImportError(name, 'this is a folder, not a file');
    default:
      return new ImportError(name, `the file could not be read (${error.message})`);
  }
}

export interface LoadOptions {
  /** The file's name in messages and for its type; the path's last part by default. */
  name?: string;
  limits?: ImportLimits;
}

/**
 * Reads a single-article file: its size is checked against the limit before any of it is read,
 * so a 200 MB file is refused at once. Raises ImportError naming the file.
 */
export async function loadImportFile(path: string, options: LoadOptions = {}): Promise<ImportFile> {
  const name = options.name ?? basename(path);
  try {
    const handle = await open(path, 'r');
    try {
      const stats = await handle.stat();
      if (stats.isDirectory()) throw new ImportError(name, 'this is a folder, not a file');
      if (!stats.isFile()) throw new ImportError(name, 'this is not a regular file');
      checkArticleSize(name, stats.size, options.limits ?? defaultImportLimits);
      return { name, bytes: await handle.readFile() };
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw isFileSystemError(error) ? fileSystemError(name, error) : error;
  }
}
