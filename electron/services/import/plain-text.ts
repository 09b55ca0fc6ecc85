/** Plain-text articles: decoded as UTF-8 and cleaned of scraping damage. */
import { cleanScrapedText } from './cleaning';
import { ImportError, type ExtractedArticle, type ImportFile } from './article';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function extractPlainText(file: ImportFile): ExtractedArticle {
  let decoded: string;
  try {
    decoded = utf8.decode(file.bytes);
  } catch {
    throw new ImportError(file.name, 'the file is not valid UTF-8 text');
  }
  const cleaned = cleanScrapedText(decoded);
  if (cleaned.text.trim() === '') throw new ImportError(file.name, 'the file has no text');
  return {
    text: cleaned.text,
    metadata: { publishedAt: cleaned.publishedAt, credit: cleaned.credit },
    encoding: 'utf-8',
    cleaning: cleaned.steps,
  };
}
