/**
 * The article as ProseMirror sees it: one paragraph per line of the document's text, plain text
 * only. Paragraphs are grouped in sections of a few screens, which carry no meaning: they let the
 * browser skip laying out and painting the ones off screen, so a long article stays fast.
 */
import { Schema, type Node } from 'prosemirror-model';

/**
 * How long a section is when an article is opened, in lines of text (estimated); editing may make
 * sections longer or shorter. A change repaints the section it is in, and every section is checked
 * against the viewport on each frame: sections of a few screens kept a tag's frame shortest,
 * measured against ones of a half, two thirds, 1.4 times and twice this length.
 */
export const SECTION_LINES = 60;
const CHARACTERS_PER_LINE = 80;

/** A paragraph's height in lines, estimated from its length: an empty one still takes a line. */
export function estimatedLines(paragraph: Node): number {
  return Math.max(1, Math.ceil(paragraph.content.size / CHARACTERS_PER_LINE));
}

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
  const sections: Node[] = [];
  let paragraphs: Node[] = [];
  let lines = 0;
  for (const line of text.split('\n')) {
    const paragraph = articleSchema.node('paragraph', null, line ? articleSchema.text(line) : []);
    paragraphs.push(paragraph);
    lines += estimatedLines(paragraph);
    if (lines >= SECTION_LINES) {
      sections.push(articleSchema.node('section', null, paragraphs));
      paragraphs = [];
      lines = 0;
    }
  }
  if (paragraphs.length > 0) sections.push(articleSchema.node('section', null, paragraphs));
  return articleSchema.node('doc', null, sections);
}

/** The text of a document, paragraphs joined by `\n`: the inverse of `articleDocument`. */
export function articleText(doc: Node): string {
  return doc.textBetween(0, doc.content.size, '\n');
}
