/**
 * Markdown articles: parsed with GitHub's extensions and YAML front matter, turned into HTML and
 * read as HTML is, so raw HTML inside the Markdown is cleaned the same way. Headings become
 * paragraphs; the front matter, or else a leading `# Title`, gives the title.
 */
import { toHtml } from 'hast-util-to-html';
import type { Heading, Root, Yaml } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { isMap, isScalar, parseDocument } from 'yaml';
import type { DocumentMetadata } from '../../../shared/model';
import { ImportError, type ExtractedArticle, type ImportFile } from './article';
import type { CleaningStep } from './cleaning';
import { decodeText } from './encoding';
import { paragraphsOf, parseHtmlDocument, removeNonArticleParts } from './html-dom';
import { isoDate, languageTag, metadataText, titleText, webAddress } from './metadata-values';
import { joinParagraphs } from './paragraphs';

type MetadataField = keyof DocumentMetadata;

/** Front-matter keys people use, lower-cased, by the field they fill. */
const frontMatterKeys: Record<string, MetadataField> = {
  title: 'title', headline: 'title',
  author: 'author', authors: 'author', byline: 'author',
  date: 'publishedAt', published: 'publishedAt', publishedat: 'publishedAt', published_at: 'publishedAt', pubdate: 'publishedAt',
  publication: 'publication', source: 'publication', site: 'publication', site_name: 'publication', publisher: 'publication',
  url: 'url', canonical: 'url', canonical_url: 'url', link: 'url',
  lang: 'language', language: 'language', locale: 'language',
  credit: 'credit',
};

const fieldValue: Record<MetadataField, (value: unknown) => string | undefined> = {
  title: titleText,
  author: (value) => metadataText(Array.isArray(value) ? value.join(', ') : value),
  publishedAt: isoDate,
  publication: metadataText,
  url: webAddress,
  language: languageTag,
  credit: metadataText,
};

function lineOfOffset(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** The metadata in YAML front matter, each field lifted recorded with its line; invalid YAML is an error. */
function frontMatterMetadata(node: Yaml, fileName: string, steps: CleaningStep[]): Partial<DocumentMetadata> {
  // The YAML starts on the line after the opening `---`.
  const firstLine = (node.position?.start.line ?? 1) + 1;
  const document = parseDocument(node.value, { prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    const line = firstLine + lineOfOffset(node.value, error.pos[0]) - 1;
    const problem = error.message.split('\n')[0]!;
    throw new ImportError(fileName, `the front matter is not valid YAML: ${problem.charAt(0).toLowerCase()}${problem.slice(1)}`, line);
  }
  const metadata: Partial<DocumentMetadata> = {};
  if (!isMap(document.contents)) return metadata;
  const values = document.toJS() as Record<string, unknown>;
  for (const pair of document.contents.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const field = frontMatterKeys[key.toLowerCase()];
    const value = field && metadata[field] === undefined ? fieldValue[field](values[key]) : undefined;
    if (field && value !== undefined) {
      metadata[field] = value;
      steps.push({ kind: 'lifted', line: firstLine + lineOfOffset(node.value, pair.key.range?.[0] ?? 0) - 1, field, value });
    }
  }
  return metadata;
}

function isTitleHeading(node: Root['children'][number] | undefined): node is Heading {
  return node?.type === 'heading' && node.depth === 1;
}

/** The article in a Markdown file; raises ImportError when it is empty, binary, has broken front matter or no text. */
export function extractMarkdown(file: ImportFile): ExtractedArticle {
  const { text: source, encoding } = decodeText(file);
  const tree = fromMarkdown(source, {
    extensions: [frontmatter(['yaml']), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()],
  });
  const steps: CleaningStep[] = [];
  const front = tree.children[0]?.type === 'yaml' ? (tree.children.shift() as Yaml) : undefined;
  const metadata = front ? frontMatterMetadata(front, file.name, steps) : {};

  const lead = tree.children[0];
  const heading = isTitleHeading(lead) ? titleText(toString(lead, { includeHtml: false, includeImageAlt: false })) : undefined;
  // A leading `# Title` is lifted out unless the front matter names a different title.
  if (isTitleHeading(lead) && heading !== undefined && (metadata.title ?? heading) === heading) {
    tree.children.shift();
    metadata.title = heading;
    steps.push({ kind: 'lifted', line: lead.position?.start.line ?? 1, field: 'title', value: heading });
  }

  const html = toHtml(toHast(tree, { allowDangerousHtml: true }), { allowDangerousHtml: true });
  const body = parseHtmlDocument(html).body!;
  // Footnotes come back with a "Footnotes" heading and "↩" links that are not in the file.
  for (const added of Array.from(body.querySelectorAll('#footnote-label, [data-footnote-backref]'))) added.remove();
  const omitted = removeNonArticleParts(body);
  const text = joinParagraphs(paragraphsOf(body));
  if (text === '') throw new ImportError(file.name, 'the file has no text');
  return { text, metadata, encoding, cleaning: [...steps, { kind: 'converted', from: 'markdown', omitted }] };
}
