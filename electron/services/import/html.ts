/**
 * HTML articles: the article's text and the page's metadata. Readability picks the article out of
 * the page after scripts, navigation, advertising and the like are removed; no markup reaches the
 * text, and nothing in the page is run or fetched.
 */
import { Readability } from '@mozilla/readability';
import { ImportError, type ExtractedArticle, type ImportFile } from './article';
import type { CleaningStep } from './cleaning';
import { decodeText } from './encoding';
import { nestingDepth, paragraphsOf, parseHtmlDocument, removeNonArticleParts, type HtmlElement } from './html-dom';
import { readHtmlMetadata } from './html-metadata';
import { joinParagraphs } from './paragraphs';

/** `<meta charset=...>` or `<meta http-equiv=content-type content="...; charset=...">`, within the first 1,024 bytes as browsers look. */
const declaredCharset = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:()-]+)/i;
const charsetWindow = 1024;
/**
 * Real pages nest elements a few dozen deep; Readability's scoring slows down sharply and finally
 * overflows the call stack on pages nested thousands deep, which are read whole instead.
 */
const readabilityDepthLimit = 400;

/** The article in an HTML file, decoded by its byte-order mark, its declared charset, or as text is. */
export function extractHtml(file: ImportFile): ExtractedArticle {
  const head = new TextDecoder('windows-1252').decode(file.bytes.subarray(0, charsetWindow));
  const { text, encoding } = decodeText(file, declaredCharset.exec(head)?.[1]);
  return { ...articleFromHtml(text, file.name), encoding };
}

/**
 * The article in an HTML page or fragment (a saved page, or HTML pasted from a browser). `fileName`
 * names the source in errors. Raises ImportError when the page has no article text.
 */
export function articleFromHtml(html: string, fileName: string): Omit<ExtractedArticle, 'encoding'> {
  const document = parseHtmlDocument(html);
  const body = document.body ?? document.documentElement;
  const omitted = removeNonArticleParts(body);
  const pageParagraphs = joinParagraphs(paragraphsOf(body));
  if (pageParagraphs === '') throw new ImportError(fileName, 'the page has no text');

  // Readability only reads and rearranges the inert document; `serializer` hands back its element.
  const readerDocument = document as unknown as ConstructorParameters<typeof Readability>[0];
  const article =
    nestingDepth(body) <= readabilityDepthLimit
      ? new Readability<HtmlElement>(readerDocument, { serializer: (element) => element as unknown as HtmlElement }).parse()
      : null;
  const articleParagraphs = article?.content ? joinParagraphs(paragraphsOf(article.content)) : '';
  const text = articleParagraphs || pageParagraphs;
  const outside = pageParagraphs.split('\n').length - text.split('\n').length;
  if (outside > 0) omitted['paragraph outside the article'] = outside;

  const cleaning: CleaningStep[] = [{ kind: 'converted', from: 'html', omitted }];
  return { text, metadata: readHtmlMetadata(document, article ?? {}), cleaning };
}
