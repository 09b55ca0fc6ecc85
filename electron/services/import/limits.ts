/** How large a file the importer takes, checked before a file is read whole. */
import { ImportError } from './article';

/** The largest single-article file (text, Markdown, HTML, DOCX, PDF): 50 MB. */
export const articleByteLimit = 50 * 1024 * 1024;

/**
 * Limits in bytes. JSONL files are streamed and may be of any size; each of their lines is held
 * whole, so a line is limited like an article.
 */
export interface ImportLimits {
  articleBytes: number;
}

export const defaultImportLimits: ImportLimits = { articleBytes: articleByteLimit };

/** A size in words: "812 bytes", "14.2 KB", "212.4 MB". */
export function describeSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB'];
  return `${value.toFixed(1).replace(/\.0$/, '')} ${unit}`;
}

/** Raises ImportError when a single-article file of `size` bytes is over the limit. */
export function checkArticleSize(fileName: string, size: number, limits: ImportLimits): void {
  if (size > limits.articleBytes) {
    throw new ImportError(
      fileName,
      `the file is ${describeSize(size)}, over the limit of ${describeSize(limits.articleBytes)} for one article (a large collection of articles can be imported as JSONL)`,
    );
  }
}
