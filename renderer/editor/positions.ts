/**
 * ProseMirror positions ↔ code-point offsets into the document's text. The text offset `u`
 * (UTF-16) of paragraph `i` sits at the position where that paragraph's text starts, plus
 * `u` minus the paragraph's start in the text. Both directions take O(log n).
 */
import type { Node } from 'prosemirror-model';
import { countBelow, TextIndex } from '../../shared/text/offsets';
import { articleText } from './schema';

export class ArticlePositions {
  readonly index: TextIndex;
  /** The position where each paragraph's text starts, ascending. */
  private readonly paragraphPositions: number[] = [];

  /** `text` is the document's text when the caller has it already, so that it is not built again. */
  constructor(doc: Node, text = articleText(doc)) {
    this.index = new TextIndex(text);
    doc.forEach((section, sectionOffset) => {
      section.forEach((_paragraph, paragraphOffset) => {
        // One token opens the section and one the paragraph.
        this.paragraphPositions.push(sectionOffset + 1 + paragraphOffset + 1);
      });
    });
  }

  /** The position of a UTF-16 index into the text. */
  positionOfUtf16(utf16: number): number {
    const paragraph = this.index.paragraphAt(utf16);
    return this.paragraphPositions[paragraph]! + utf16 - this.index.paragraphStarts[paragraph]!;
  }

  /** The position of a code-point offset. */
  positionOfOffset(offset: number): number {
    return this.positionOfUtf16(this.index.toUtf16(offset));
  }

  /** The code-point offset of a position; positions between paragraphs fall at the nearest paragraph's edge. */
  offsetOfPosition(position: number): number {
    const paragraph = Math.max(0, countBelow(this.paragraphPositions, position + 1) - 1);
    const start = this.index.paragraphStarts[paragraph]!;
    const utf16 = Math.min(Math.max(start + position - this.paragraphPositions[paragraph]!, start), this.index.paragraphEnd(paragraph));
    return this.index.toCodePoint(utf16);
  }
}

const cache = new WeakMap<Node, ArticlePositions>();

/** The positions of a document, worked out once per document version; `text` is its text, if known. */
export function positionsOf(doc: Node, text?: string): ArticlePositions {
  let positions = cache.get(doc);
  if (!positions) {
    positions = new ArticlePositions(doc, text);
    cache.set(doc, positions);
  }
  return positions;
}
