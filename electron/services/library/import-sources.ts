/**
 * What an import reads: files sent from the interface, files and folders on this machine, or
 * pasted text. Each becomes a list of items, one per file, read one at a time when the import
 * reaches it; a folder gives every supported file in it. Reading is left to the importers of
 * each format, which execute nothing and fetch nothing.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ImportFailure } from '../../../shared/library';
import { ImportError, type ExtractedArticle, type ImportFile } from '../import/article';
import { importKindOf, readArticle } from '../import/extract';
import { fileSystemError, isFileSystemError, loadImportFile } from '../import/files';
import { listFolder } from '../import/folder';
import { readJsonlArticles, type JsonlArticle } from '../import/jsonl';

export type LibraryImportSource =
  | { kind: 'files'; files: ImportFile[] }
  | { kind: 'paths'; paths: string[] }
  | { kind: 'paste'; content: string; format: 'text' | 'html'; title?: string };

export type ItemContent =
  | { kind: 'article'; file: ImportFile; article: ExtractedArticle }
  | { kind: 'collection'; articles: AsyncGenerator<JsonlArticle, void, undefined> };

export interface ImportItem {
  /** The file as messages name it: as sent, the path's last part, or its path inside an imported folder. */
  name: string;
  size: number;
  /** Reads the file; raises ImportError naming it when it cannot be read. */
  read(): Promise<ItemContent>;
}

export interface ImportPlan {
  items: ImportItem[];
  /** Paths that cannot be read at all. */
  failed: ImportFailure[];
  /** Files in folders whose type cannot be imported. */
  skipped: { file: string; reason: string }[];
}

/** Names pasted text takes in messages, and the importer it goes to. */
const PASTED_TEXT_NAME = 'Pasted text.txt';
const PASTED_HTML_NAME = 'Pasted page.html';

async function* oneChunk(bytes: Uint8Array): AsyncGenerator<Uint8Array, void, undefined> {
  yield bytes;
}

function sentItem(file: ImportFile): ImportItem {
  return {
    name: file.name,
    size: file.bytes.length,
    read: async () =>
      importKindOf(file.name) === 'collection'
        ? { kind: 'collection', articles: readJsonlArticles(oneChunk(file.bytes), { name: file.name }) }
        : { kind: 'article', file, article: await readArticle(file) },
  };
}

function pathItem(path: string, name: string, size: number): ImportItem {
  return {
    name,
    size,
    read: async () => {
      if (importKindOf(name) === 'collection') return { kind: 'collection', articles: readJsonlArticles(path, { name }) };
      const file = await loadImportFile(path, { name });
      return { kind: 'article', file, article: await readArticle(file) };
    },
  };
}

/** A failure as the import's summary lists it, from the importer's error. */
export function importFailure(error: ImportError): ImportFailure {
  return { file: error.file, line: error.line ?? null, message: error.reason };
}

/** Adds the items of one path: a file, or every supported file of a folder. */
async function planPath(path: string, plan: ImportPlan): Promise<void> {
  const name = basename(path) || path;
  try {
    const stats = await stat(path);
    if (!stats.isDirectory()) {
      plan.items.push(pathItem(path, name, stats.size));
      return;
    }
    const listing = await listFolder(path);
    for (const skipped of listing.skipped) plan.skipped.push({ file: `${name}/${skipped.name}`, reason: skipped.reason });
    for (const file of listing.files) plan.items.push(pathItem(file.path, `${name}/${file.name}`, (await stat(file.path)).size));
  } catch (error) {
    if (isFileSystemError(error)) plan.failed.push(importFailure(fileSystemError(name, error)));
    else if (error instanceof ImportError) plan.failed.push(importFailure(error));
    else throw error;
  }
}

/** The files an import will read, in order, with those that cannot be read at all. */
export async function planImport(source: LibraryImportSource): Promise<ImportPlan> {
  const plan: ImportPlan = { items: [], failed: [], skipped: [] };
  if (source.kind === 'files') plan.items.push(...source.files.map(sentItem));
  else if (source.kind === 'paste') {
    const name = source.format === 'html' ? PASTED_HTML_NAME : PASTED_TEXT_NAME;
    plan.items.push(sentItem({ name, bytes: new TextEncoder().encode(source.content) }));
  } else for (const path of source.paths) await planPath(path, plan);
  return plan;
}
