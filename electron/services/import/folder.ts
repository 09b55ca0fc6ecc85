/**
 * Folder imports: every supported file under a folder, hidden files and folders skipped, each file
 * read on its own so that one bad file fails alone.
 */
import { opendir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { ImportError, type ExtractedArticle, type ImportFile } from './article';
import { importKindOf, readArticle, type ImportKind } from './extract';
import { loadImportFile, fileSystemError, isFileSystemError } from './files';
import { readJsonlArticles, type JsonlArticle } from './jsonl';
import { defaultImportLimits, type ImportLimits } from './limits';

export interface FolderFile {
  path: string;
  /** The path inside the imported folder, with `/` between folders: how messages name the file. */
  name: string;
  kind: ImportKind;
}

export interface FolderListing {
  /** The files to import, in name order. */
  files: FolderFile[];
  /** Files left out because their type cannot be imported, and folders that could not be read. */
  skipped: { name: string; reason: string }[];
}

/** One file's outcome: its article, its collection (to be read in the caller's transaction), or why it failed. */
export type FolderEntry =
  | { status: 'article'; file: FolderFile; source: ImportFile; article: ExtractedArticle }
  | { status: 'collection'; file: FolderFile; articles: () => AsyncGenerator<JsonlArticle, void, undefined> }
  | { status: 'failed'; file: FolderFile; error: ImportError };

const isHidden = (name: string) => name.startsWith('.');

/**
 * The importable files under a folder, recursively. Hidden files and folders (a name starting with
 * ".") are skipped, and so are symbolic links, which could lead outside the folder or round in a loop.
 * Raises ImportError when the folder itself cannot be read.
 */
export async function listFolder(folder: string): Promise<FolderListing> {
  const listing: FolderListing = { files: [], skipped: [] };
  const nameOf = (path: string) => relative(folder, path).split(sep).join('/');
  const visit = async (directory: string): Promise<void> => {
    const entries = [];
    for await (const entry of await opendir(directory)) entries.push(entry);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (isHidden(entry.name) || entry.isSymbolicLink()) continue;
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        await visit(path).catch((error: unknown) => {
          if (!isFileSystemError(error)) throw error;
          listing.skipped.push({ name: nameOf(path), reason: fileSystemError(nameOf(path), error).reason });
        });
      } else if (entry.isFile()) {
        const kind = importKindOf(entry.name);
        if (kind) listing.files.push({ path, name: nameOf(path), kind });
        else listing.skipped.push({ name: nameOf(path), reason: 'files of this type cannot be imported' });
      }
    }
  };
  try {
    await visit(folder);
  } catch (error) {
    throw isFileSystemError(error) ? fileSystemError(folder, error) : error;
  }
  return listing;
}

/**
 * Reads listed files one at a time, yielding each one's outcome in order. A single-article file is
 * read whole (after its size check); a collection is handed over unread, for the caller to stream.
 */
export async function* readFolderFiles(
  files: readonly FolderFile[],
  limits: ImportLimits = defaultImportLimits,
): AsyncGenerator<FolderEntry, void, undefined> {
  for (const file of files) {
    if (file.kind === 'collection') {
      yield { status: 'collection', file, articles: () => readJsonlArticles(file.path, { name: file.name, lineByteLimit: limits.articleBytes }) };
      continue;
    }
    let entry: FolderEntry;
    try {
      const source = await loadImportFile(file.path, { name: file.name, limits });
      entry = { status: 'article', file, source, article: await readArticle(source, limits) };
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      entry = { status: 'failed', file, error };
    }
    yield entry;
  }
}
