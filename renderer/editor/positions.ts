/**
 * ProseMirror positions ↔ code-point offsets into the document's text. With one paragraph per
 * line, the text offset `u` (UTF-16) in paragraph `i` sits at position `u + 1 + i`: one opening
 * token for each paragraph up to and including this one, minus the `\n`s the text has instead
 * of closing tokens.
 */
import type { Node } from 'prosemirror-model';
import { TextIndex } from '../../shared/text/offsets';
import { articleText } from './schema';

const indexes = new WeakMap<Node, TextIndex>();

/** The text index of a document, built once per document version. */
export function textIndexOf(doc: Node): TextIndex {
  let index = indexes.get(doc);
  if (!index) {
    index = new TextIndex(articleText(doc));
    indexes.set(doc, index);
  }
  return index;
}

/** The position of a code-point offset. */
export function positionOfOffset(index: TextIndex, offset: number): number {
  const utf16 = index.toUtf16(offset);
  return utf16 + 1 + index.paragraphAt(utf16);
}

/** The code-point offset of a position; positions between paragraphs fall at the end of the first. */
export function offsetOfPosition(index: TextIndex, position: number): number {
  const starts = index.paragraphStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (starts[mid]! + mid + 1 <= position) low = mid;
    else high = mid - 1;
  }
  const utf16 = Math.min(Math.max(position - 1 - low, starts[low]!), index.paragraphEnd(low));
  return index.toCodePoint(utf16);
}
