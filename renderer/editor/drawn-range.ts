/**
 * The part of the article whose highlights are drawn: the sections near the screen. An article of
 * a million characters with ten thousand annotations then opens, changes and scrolls as a short
 * one does, and a section becomes highlighted before the reviewer scrolls to it (`viewport.ts`).
 */
import type { Node } from 'prosemirror-model';
import type { Mappable } from 'prosemirror-transform';

/** Positions in the document: from the start of the first section drawn to the end of the last. */
export interface DrawnRange {
  from: number;
  to: number;
}

/** Sections drawn when the article opens, before the view knows what is on screen. */
const SECTIONS_DRAWN_AT_FIRST = 3;

/** The range drawn when an article opens: its first sections (all of a short article). */
export function openingRange(doc: Node): DrawnRange {
  let to = 0;
  for (let i = 0; i < Math.min(SECTIONS_DRAWN_AT_FIRST, doc.childCount); i++) to += doc.child(i).nodeSize;
  return { from: 0, to };
}

/** Whether a span is drawn: it touches the range (a label chip at its edge counts). */
export function isDrawn(span: { from: number; to: number }, range: DrawnRange): boolean {
  return span.from <= range.to && span.to >= range.from;
}

export function sameRange(a: DrawnRange, b: DrawnRange): boolean {
  return a.from === b.from && a.to === b.to;
}

/** The range after a text change, widened to take in what was typed at its edges. */
export function mapRange(range: DrawnRange, mapping: Mappable): DrawnRange {
  return { from: mapping.map(range.from, -1), to: mapping.map(range.to, 1) };
}
