/** The article as ProseMirror sees it: one paragraph per line of the document's text, plain text only. */
import { Schema, type Node } from 'prosemirror-model';

export const articleSchema = new Schema({
  nodes: {
    doc: { content: 'paragraph+' },
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
  return articleSchema.node('doc', null, paragraphs);
}

/** The text of a document, paragraphs joined by `\n`: the inverse of `articleDocument`. */
export function articleText(doc: Node): string {
  return doc.textBetween(0, doc.content.size, '\n');
}
