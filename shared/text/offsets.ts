/**
 * Offsets into a document's text. Stored offsets count Unicode code points; JavaScript strings
 * count UTF-16 units. A TextIndex converts between the two and finds paragraphs (lines) in
 * O(log n), so that documents of a million characters convert thousands of spans quickly.
 */

/** Number of entries in an ascending array that are below `value`. */
export function countBelow(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first unit of a surrogate pair: a high surrogate followed by a low one. */
const PAIR_START = /[\uD800-\uDBFF](?=[\uDC00-\uDFFF])/g;

export class TextIndex {
  /** UTF-16 index of the first unit of every surrogate pair, ascending. */
  private readonly astral: number[] = [];
  /** UTF-16 index at which each paragraph starts; paragraphs are separated by a single `\n`. */
  readonly paragraphStarts: number[] = [0];

  // The engine's string search and regular expressions find line breaks and surrogate pairs
  // faster than a loop over every unit of a million-character text; `test` steps from one pair to
  // the next without making a match object for each (tens of thousands in a long article).
  constructor(readonly text: string) {
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.paragraphStarts.push(at + 1);
    PAIR_START.lastIndex = 0;
    while (PAIR_START.test(text)) this.astral.push(PAIR_START.lastIndex - 1);
  }

  /** Length of the text in code points. */
  get codePointLength(): number {
    return this.text.length - this.astral.length;
  }

  get paragraphCount(): number {
    return this.paragraphStarts.length;
  }

  /** Code-point offset of a UTF-16 index; an index inside a surrogate pair snaps to the pair's start. */
  toCodePoint(utf16: number): number {
    const index = Math.max(0, Math.min(utf16, this.text.length));
    const pairsBefore = countBelow(this.astral, index);
    if (pairsBefore > 0 && this.astral[pairsBefore - 1] === index - 1) return index - 1 - (pairsBefore - 1);
    return index - pairsBefore;
  }

  /** UTF-16 index of a code-point offset (clamped to the text). */
  toUtf16(codePoint: number): number {
    const offset = Math.max(0, Math.min(codePoint, this.codePointLength));
    let low = 0;
    let high = this.astral.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.astral[mid]! - mid < offset) low = mid + 1;
      else high = mid;
    }
    return offset + low;
  }

  /** The text between two code-point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }

  /** Index of the paragraph holding a UTF-16 index; the `\n` ending a paragraph belongs to it. */
  paragraphAt(utf16: number): number {
    return Math.max(0, countBelow(this.paragraphStarts, utf16 + 1) - 1);
  }

  /** UTF-16 index at which a paragraph's text ends (its `\n`, or the end of the text). */
  paragraphEnd(paragraph: number): number {
    const next = this.paragraphStarts[paragraph + 1];
    return next === undefined ? this.text.length : next - 1;
  }
}
