/** Article metadata from an HTML page's head: Open Graph, article:* and common meta names, canonical link, lang. */
import type { DocumentMetadata } from '../../../shared/model';
import type { HtmlDocument } from './html-dom';
import { isoDate, languageTag, metadataText, titleText, webAddress } from './metadata-values';

/** The content of each meta tag, by its lower-cased property, name, itemprop or http-equiv; the first one wins. */
function metaContents(document: HtmlDocument): Map<string, string> {
  const contents = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const content = meta.getAttribute('content');
    if (content === null) continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !contents.has(key)) contents.set(key, content);
    }
  }
  return contents;
}

function first<T>(candidates: readonly unknown[], pick: (value: unknown) => T | undefined): T | undefined {
  for (const candidate of candidates) {
    const value = pick(candidate);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** An author that is a person's name, not the address of their profile page (as article:author often is). */
function authorName(value: unknown): string | undefined {
  const text = metadataText(value);
  return text === undefined || webAddress(text) !== undefined ? undefined : text;
}

function canonicalHref(document: HtmlDocument): string | undefined {
  for (const link of Array.from(document.querySelectorAll('link[rel]'))) {
    const relations = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (relations.includes('canonical')) return link.getAttribute('href') ?? undefined;
  }
  return undefined;
}

/** What an article extractor found on its own, used where the meta tags say nothing. */
export interface ExtractorMetadata {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
}

/** The page's metadata; fields the page does not give (or gives in an unusable form) are left out. */
export function readHtmlMetadata(document: HtmlDocument, extractor: ExtractorMetadata = {}): Partial<DocumentMetadata> {
  const contents = metaContents(document);
  const meta = (...keys: string[]) => keys.map((key) => contents.get(key));
  const fields: Partial<DocumentMetadata> = {
    title: first([...meta('og:title', 'twitter:title'), extractor.title, document.title], titleText),
    author: first([...meta('author', 'article:author', 'parsely-author', 'dc.creator'), extractor.byline], authorName),
    publishedAt: first(
      [...meta('article:published_time', 'datepublished', 'date', 'dc.date', 'parsely-pub-date'), extractor.publishedTime],
      isoDate,
    ),
    publication: first([...meta('og:site_name', 'application-name'), extractor.siteName], metadataText),
    url: first([canonicalHref(document), ...meta('og:url')], webAddress),
    language: first(
      [document.documentElement.getAttribute('lang'), ...meta('content-language', 'og:locale'), extractor.lang],
      languageTag,
    ),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}
