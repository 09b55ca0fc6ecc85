/** Picks the importer for a file by its extension and reads the article in it. */
import { extname } from 'node:path';
import { ImportError, type ExtractedArticle, type ImportFile } from './article';
import { extractDocx } from './docx';
import { extractHtml } from './html';
import { checkArticleSize, defaultImportLimits, type ImportLimits } from './limits';
import { extractMarkdown } from './markdown';
import { extractPdf } from './pdf';
import { extractPlainText } from './plain-text';

/** A file holds one article, or (JSONL) a collection of articles read line by line with `readJsonlArticles`. */
export type ImportKind = 'article' | 'collection';

/** Formats read at once from their bytes. */
const textReaders: Record<string, (file: ImportFile) => ExtractedArticle> = {
  '.txt': extractPlainText,
  '.text': extractPlainText,
  '.md': extractMarkdown,
  '.markdown': extractMarkdown,
  '.html': extractHtml,
  '.htm': extractHtml,
  '.xhtml': extractHtml,
};

/** Formats whose libraries read asynchronously. */
const binaryReaders: Record<string, (file: ImportFile) => Promise<ExtractedArticle>> = {
  '.docx': extractDocx,
  '.pdf': extractPdf,
};

const collectionExtensions = new Set(['.jsonl', '.ndjson']);

/** Every extension the importer takes, for file dialogs and messages. */
export const supportedExtensions: readonly string[] = [...Object.keys(textReaders), ...Object.keys(binaryReaders), ...collectionExtensions];

const extensionOf = (fileName: string) => extname(fileName).toLowerCase();

/** What a file holds by its extension, or undefined when its type cannot be imported. */
export function importKindOf(fileName: string): ImportKind | undefined {
  const extension = extensionOf(fileName);
  if (collectionExtensions.has(extension)) return 'collection';
  return extension in textReaders || extension in binaryReaders ? 'article' : undefined;
}

function unsupported(file: ImportFile): ImportError {
  const extension = extensionOf(file.name);
  if (collectionExtensions.has(extension)) {
    return new ImportError(file.name, 'a JSONL file holds many articles and is imported line by line, not as one article');
  }
  const shown = ['.txt', '.md', '.html', '.docx', '.pdf', '.jsonl'].join(', ');
  return new ImportError(file.name, `files of type "${extension || 'without extension'}" cannot be imported (the importer takes ${shown})`);
}

/** The parsers recurse: a file nested thousands deep (`>>>>...` in Markdown) overflows the call stack. */
function tooComplex(file: ImportFile, error: unknown): unknown {
  if (!(error instanceof RangeError)) return error;
  return new ImportError(file.name, 'the file could not be read: its structure is nested too deeply, or it is too large');
}

/**
 * The article in a single-article file of any supported type. Raises ImportError naming the file
 * when it is over the size limit, of an unsupported type, or cannot be read.
 */
export async function readArticle(file: ImportFile, limits: ImportLimits = defaultImportLimits): Promise<ExtractedArticle> {
  const read = textReaders[extensionOf(file.name)] ?? binaryReaders[extensionOf(file.name)];
  if (!read) throw unsupported(file);
  checkArticleSize(file.name, file.bytes.length, limits);
  try {
    return await read(file);
  } catch (error) {
    throw tooComplex(file, error);
  }
}

/**
 * The article in a text file (plain text, Markdown, HTML), read at once for callers that cannot
 * wait; DOCX and PDF are read only by `readArticle`. Raises ImportError as `readArticle` does.
 */
export function extractArticle(file: ImportFile, limits: ImportLimits = defaultImportLimits): ExtractedArticle {
  const extension = extensionOf(file.name);
  const read = textReaders[extension];
  if (!read) {
    if (extension in binaryReaders) throw new ImportError(file.name, `${extension} files are read by readArticle, which waits for their reader`);
    throw unsupported(file);
  }
  checkArticleSize(file.name, file.bytes.length, limits);
  try {
    return read(file);
  } catch (error) {
    throw tooComplex(file, error);
  }
}
