/** Picks the importer for a file by its type and extracts the article from it. */
import { extname } from 'node:path';
import { ImportError, type ExtractedArticle, type ImportFile } from './article';
import { extractPlainText } from './plain-text';

const extractors: Record<string, (file: ImportFile) => ExtractedArticle> = {
  '.txt': extractPlainText,
};

/** The article in a file; raises ImportError naming the file when it cannot be read. */
export function extractArticle(file: ImportFile): ExtractedArticle {
  const extension = extname(file.name).toLowerCase();
  const extractor = extractors[extension];
  if (!extractor) {
    throw new ImportError(file.name, `files of type "${extension || 'without extension'}" cannot be imported`);
  }
  return extractor(file);
}
