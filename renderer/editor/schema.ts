/**
 * The article as ProseMirror sees it: one paragraph per line of the document's text, plain text
 * only. Paragraphs are grouped in sections of a fixed number, which carry no meaning: they let
 * the browser skip laying out and painting the ones off screen, so a long article stays fast.
 */
import { Schema, type Node } from 'prosemirror-model';

/** Paragraphs per section when an article is opened; editing may make sections longer or shorter. */
export const PARAGRAPHS_PER_SECTION = 20;

export const articleSchema = new Schema({
  nodes: {
    doc: { content: 'section+' },
    section: {
      content: 'paragraph+',
      parseDOM: [{ tag: 'section' }],
      toDOM: () => ['section', { class: 'fm-section' }, 0],
    },
    paragraph: {
      content: 'text*',
      parseDOM: [{ tag: 'p' }],
      toDOM: () => ['p', 0],
    },
    text: {},
  },
});

/** The ProseMirror document of a text: each `\n`-separated line becomes a paragraph. */
export function articleDocument(text: string): Node {
  const paragraphs = text.split('\n').map((line) => articleSchema.node('paragraph', null, line ? articleSchema.text(line) : []));
  const sections: Node[] = [];
  for (let i = 0; i < paragraphs.length; i += PARAGRAPHS_PER_SECTION) {
    sections.push(articleSchema.node('section', null, paragraphs.slice(i, i + PARAGRAPHS_PER_SECTION)));
  }
  return articleSchema.node('doc', null, sections);
}

/** The text of a document, paragraphs joined by `\n`: the inverse of `articleDocument`. */
export function articleText(doc: Node): string {
  return doc.textBetween(0, doc.content.size, '\n');
}
