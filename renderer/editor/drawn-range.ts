/**
 * The part of the article whose highlights are drawn. An article opens with the highlights of its
 * beginning, so that one of a million characters with ten thousand annotations shows as fast
 * as a short one; the rest are drawn a section at a time while the reviewer reads, those near the
 * screen first (`viewport.ts`).
 */
import type { Node } from 'prosemirror-model';
import type { Mappable } from 'prosemirror-transform';

/** Positions in the document: from the start of the first section drawn to the end of the last. */
export interface DrawnRange {
  from: number;
  to: number;
}

/** The article's line height in CSS pixels (article.css: 18px/2.3). */
const ARTICLE_LINE_HEIGHT = 18 * 2.3;

/** More characters than a line of the article's column holds in any font it may be shown in. */
const MOST_CHARACTERS_PER_LINE = 100;

/**
 * The range drawn when an article opens, before the view knows what is on screen: as many lines
 * of the article's beginning as a screen `screenHeight` CSS pixels tall shows at most, in positions
 * (about one a character). Drawing no more keeps the first frame short; the rest of the first
 * section follows as soon as the view reports it near.
 */
export function openingRange(doc: Node, screenHeight: number): DrawnRange {
  const lines = Math.ceil(screenHeight / ARTICLE_LINE_HEIGHT);
  return { from: 0, to: Math.min(lines * MOST_CHARACTERS_PER_LINE, doc.content.size) };
}

/** Whether a span is drawn: it touches the range (a label chip at its edge counts). */
export function isDrawn(span: { from: number; to: number }, range: DrawnRange): boolean {
  return span.from <= range.to && span.to >= range.from;
}

export function sameRange(a: DrawnRange, b: DrawnRange): boolean {
  return a.from === b.from && a.to === b.to;
}

/** Whether two ranges share or touch a position: sections side by side touch. */
export function overlaps(a: DrawnRange, b: DrawnRange): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** Whether `inner` lies within `outer`. */
export function contains(outer: DrawnRange, inner: DrawnRange): boolean {
  return outer.from <= inner.from && inner.to <= outer.to;
}

/**
 * The range with one more section: the one after it, or before it once it reaches the end;
 * null when it holds the whole document.
 */
export function widened(doc: Node, range: DrawnRange): DrawnRange | null {
  if (range.to < doc.content.size) {
    let end = 0;
    for (let i = 0; i < doc.childCount && end <= range.to; i++) end += doc.child(i).nodeSize;
    return { from: range.from, to: end };
  }
  if (range.from > 0) {
    let start = 0;
    for (let i = 0; i < doc.childCount && start + doc.child(i).nodeSize < range.from; i++) start += doc.child(i).nodeSize;
    return { from: start, to: range.to };
  }
  return null;
}

/** The smallest range holding both. */
export function joined(a: DrawnRange, b: DrawnRange): DrawnRange {
  return { from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) };
}

/** The range after a text change, widened to take in what was typed at its edges. */
export function mapRange(range: DrawnRange, mapping: Mappable): DrawnRange {
  return { from: mapping.map(range.from, -1), to: mapping.map(range.to, 1) };
}
