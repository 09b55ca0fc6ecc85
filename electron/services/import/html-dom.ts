/**
 * A DOM for imported HTML (linkedom: it parses only, never runs scripts or loads anything), the
 * removal of what is not article text, and the walk that turns block elements into paragraphs.
 */
import { parseHTML } from 'linkedom';

/** The part of the DOM the importers use; the main side is compiled without the browser's DOM types. */
export interface HtmlNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<HtmlNode>;
}

export interface HtmlElement extends HtmlNode {
  readonly children: ArrayLike<HtmlElement>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selectors: string): HtmlElement | null;
  querySelectorAll(selectors: string): ArrayLike<HtmlElement>;
  remove(): void;
}

export interface HtmlDocument {
  readonly documentElement: HtmlElement;
  readonly body: HtmlElement | null;
  readonly title: string;
  querySelector(selectors: string): HtmlElement | null;
  querySelectorAll(selectors: string): ArrayLike<HtmlElement>;
}

const elementNode = 1;
const textNode = 3;

/** Parses a whole page, or a fragment such as a Word document's body, into an inert document. */
export function parseHtmlDocument(html: string): HtmlDocument {
  const page = /^\s*(<!--[^]*?-->\s*)*<(!doctype|html|head)\b/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as HtmlDocument;
}

const tagName = (element: HtmlNode) => element.nodeName.toLowerCase();

/** Elements left out whatever their content, by what the removal record calls them. */
const removedTags: Record<string, string> = {
  script: 'script', noscript: 'script', template: 'script',
  style: 'style',
  iframe: 'embedded frame', frame: 'embedded frame', frameset: 'embedded frame', object: 'embedded frame', embed: 'embedded frame', applet: 'embedded frame',
  form: 'form', button: 'form', input: 'form', select: 'form', textarea: 'form', dialog: 'form',
  nav: 'navigation', menu: 'navigation',
  aside: 'aside',
  svg: 'media', canvas: 'media', img: 'media', picture: 'media', video: 'media', audio: 'media', map: 'media', math: 'media',
};

const removedRoles: Record<string, string> = {
  navigation: 'navigation', menu: 'navigation', menubar: 'navigation', search: 'navigation',
  banner: 'page header or footer', contentinfo: 'page header or footer',
  complementary: 'aside', dialog: 'form', alertdialog: 'form',
};

/** Words in a class or id that mark advertising and page furniture ("ad-slot", "taboola-feed", "share-bar"). */
const furnitureWords: Record<string, string> = {
  ad: 'advertisement', ads: 'advertisement', advert: 'advertisement', advertisement: 'advertisement', adsbygoogle: 'advertisement',
  sponsor: 'advertisement', sponsored: 'advertisement', promo: 'advertisement', taboola: 'advertisement', outbrain: 'advertisement',
  share: 'sharing and newsletter', social: 'sharing and newsletter', newsletter: 'sharing and newsletter', subscribe: 'sharing and newsletter',
  cookie: 'sharing and newsletter', breadcrumb: 'navigation', breadcrumbs: 'navigation', sidebar: 'aside',
};

const hiddenStyle = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Why an element is not article text, or null when it may be. `inArticle`: inside article or main. */
function removalReason(element: HtmlElement, inArticle: boolean): string | null {
  const tag = tagName(element);
  const byTag = removedTags[tag];
  if (byTag) return byTag;
  if (!inArticle && (tag === 'header' || tag === 'footer')) return 'page header or footer';
  const byRole = removedRoles[(element.getAttribute('role') ?? '').trim().toLowerCase()];
  if (byRole) return byRole;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return 'hidden';
  if (hiddenStyle.test(element.getAttribute('style') ?? '')) return 'hidden';
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
  for (const word of names.split(/[^a-z0-9]+/)) {
    const furniture = furnitureWords[word];
    if (furniture) return furniture;
  }
  return null;
}

/**
 * Removes from `root` everything that is not article text: scripts, styles, frames, forms,
 * navigation, asides, page headers and footers, hidden elements, advertising and sharing widgets.
 * Returns how many elements of each kind were removed.
 */
export function removeNonArticleParts(root: HtmlElement): Record<string, number> {
  const removed: Record<string, number> = {};
  const pending: { element: HtmlElement; inArticle: boolean }[] = [{ element: root, inArticle: false }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    for (const child of Array.from(next.element.children)) {
      const reason = removalReason(child, next.inArticle);
      if (reason) {
        child.remove();
        removed[reason] = (removed[reason] ?? 0) + 1;
      } else {
        const tag = tagName(child);
        pending.push({ element: child, inArticle: next.inArticle || tag === 'article' || tag === 'main' });
      }
    }
  }
  return removed;
}

/** How deeply elements nest under `root` (its children are at depth 1). */
export function nestingDepth(root: HtmlElement): number {
  let deepest = 0;
  const pending: { element: HtmlElement; depth: number }[] = [{ element: root, depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    deepest = Math.max(deepest, next.depth);
    for (const child of Array.from(next.element.children)) pending.push({ element: child, depth: next.depth + 1 });
  }
  return deepest;
}

const blockTags = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
/** Never text, even where the removal above was not run. */
const silentTags = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'svg', 'math', 'iframe', 'object']);

/**
 * The paragraphs of an element: each block element (p, h1–h6, li, td, blockquote...) starts a new
 * paragraph, `<br>` and line breaks inside `<pre>` end one, inline elements only contribute text.
 * Paragraphs are returned as written, spacing not yet normalised.
 */
export function paragraphsOf(root: HtmlElement): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const endParagraph = () => {
    if (current.trim() !== '') paragraphs.push(current);
    current = '';
  };
  // An explicit stack rather than recursion: pages can nest elements deeper than the call stack goes.
  const stack: { children: HtmlNode[]; next: number; inPre: boolean; block: boolean }[] = [
    { children: Array.from(root.childNodes), next: 0, inPre: tagName(root) === 'pre', block: false },
  ];
  while (stack.length > 0) {
    const frame = stack.at(-1)!;
    const child = frame.children[frame.next++];
    if (!child) {
      stack.pop();
      if (frame.block) endParagraph();
    } else if (child.nodeType === textNode) {
      (child.textContent ?? '').split('\n').forEach((line, index) => {
        if (index > 0 && frame.inPre) endParagraph();
        current += index > 0 && !frame.inPre ? ` ${line}` : line;
      });
    } else if (child.nodeType === elementNode) {
      const tag = tagName(child);
      if (silentTags.has(tag)) continue;
      if (tag === 'br') {
        endParagraph();
        continue;
      }
      const block = blockTags.has(tag);
      if (block) endParagraph();
      stack.push({ children: Array.from(child.childNodes), next: 0, inPre: frame.inPre || tag === 'pre', block });
    }
  }
  endParagraph();
  return paragraphs;
}
