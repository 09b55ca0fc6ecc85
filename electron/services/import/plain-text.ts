/** Plain-text articles: decoded (UTF-8, UTF-16 or Windows-1252) and cleaned of scraping damage. */
import { cleanScrapedText } from './cleaning';
import { ImportError, type ExtractedArticle, type ImportFile } from './article';
import { decodeText } from './encoding';

/** The article in a plain-text file; raises ImportError when the file is empty, binary or not text. */
export function extractPlainText(file: ImportFile): ExtractedArticle {
  const { text, encoding } = decodeText(file);
  const cleaned = cleanScrapedText(text);
  if (cleaned.text === '') throw new ImportError(file.name, 'the file has no text, only blank lines');
  return {
    text: cleaned.text,
    metadata: { publishedAt: cleaned.publishedAt, credit: cleaned.credit },
    encoding,
    cleaning: cleaned.steps,
  };
}
