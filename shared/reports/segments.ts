/**
 * The article's text cut for highlighting: paragraphs (the lines of the text), each cut into
 * segments at every place a highlighted span starts or ends, so that spans that overlap or nest
 * become flat runs of text, each with the notes whose spans cover it. Offsets are code points.
 */
import type { TextIndex } from '../text/offsets';

/** A highlighted span: the note it belongs to and where it is in the text. */
export interface HighlightSpan {
  note: number;
  start: number;
  end: number;
  /** Its underline track: spans that overlap have different levels, so their underlines stay apart. */
  level: number;
}

/** A run of text covered by the same spans. */
export interface ReportSegment {
  start: number;
  end: number;
  text: string;
  /** Notes whose spans cover the whole run, by level (the lowest first). */
  notes: readonly number[];
  /** Notes whose spans end where the run ends: their numbers are shown after it. */
  notesEnding: readonly number[];
}

/** One line of the text (without its `\n`) and its runs; the runs put together are the line. */
export interface ReportParagraph {
  start: number;
  end: number;
  segments: readonly ReportSegment[];
}

/** The lowest level free at each span's start, taking spans outermost first: overlapping spans never share one. */
export function assignLevels(spans: readonly { start: number; end: number }[]): number[] {
  const order = spans.map((_, position) => position);
  order.sort((a, b) => spans[a]!.start - spans[b]!.start || spans[b]!.end - spans[a]!.end);
  const levelEnds: number[] = [];
  const levels: number[] = new Array<number>(spans.length).fill(0);
  for (const position of order) {
    const span = spans[position]!;
    let level = levelEnds.findIndex((end) => end <= span.start);
    if (level < 0) level = levelEnds.length;
    levelEnds[level] = Math.max(span.end, span.start + 1);
    levels[position] = level;
  }
  return levels;
}

interface Line {
  start: number;
  end: number;
}

function lines(index: TextIndex): Line[] {
  return index.paragraphStarts.map((utf16, paragraph) => ({
    start: index.toCodePoint(utf16),
    end: index.toCodePoint(index.paragraphEnd(paragraph)),
  }));
}

/** The paragraph a code-point offset is in. */
function lineAt(index: TextIndex, offset: number): number {
  return index.paragraphAt(index.toUtf16(offset));
}

/**
 * Where a span's note number goes: after its last character, in that character's line (a span
 * that takes in a line's `\n` is numbered at the end of that line, not at the start of the next).
 */
function markerOf(index: TextIndex, span: HighlightSpan, byLine: readonly Line[]): { line: number; offset: number } {
  if (span.end === span.start) return { line: lineAt(index, span.start), offset: span.start };
  const line = lineAt(index, span.end - 1);
  return { line, offset: Math.min(span.end, byLine[line]!.end) };
}

function cutLine(index: TextIndex, line: Line, spans: readonly HighlightSpan[], markers: Map<HighlightSpan, number>): ReportParagraph {
  const cuts = new Set<number>([line.start, line.end]);
  for (const span of spans) {
    cuts.add(Math.max(line.start, Math.min(span.start, line.end)));
    cuts.add(Math.max(line.start, Math.min(span.end, line.end)));
  }
  const boundaries = [...cuts].sort((a, b) => a - b);
  const endingAt = (offset: number) =>
    spans.filter((span) => markers.get(span) === offset).sort((a, b) => b.start - a.start || a.note - b.note).map((span) => span.note);

  const segments: ReportSegment[] = [];
  // A note at the very start of a line (an empty span there, or an empty line) needs a run of its own.
  const atStart = endingAt(line.start);
  if (atStart.length > 0) segments.push({ start: line.start, end: line.start, text: '', notes: [], notesEnding: atStart });
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const start = boundaries[i]!;
    const end = boundaries[i + 1]!;
    const covering = spans.filter((span) => span.start <= start && end <= span.end && span.start < span.end);
    segments.push({
      start,
      end,
      text: index.slice(start, end),
      notes: covering.sort((a, b) => a.level - b.level || a.note - b.note).map((span) => span.note),
      notesEnding: endingAt(end),
    });
  }
  return { start: line.start, end: line.end, segments };
}

/**
 * The text's paragraphs cut into runs. Every span is drawn over the runs inside it and numbered
 * once, after its last character; the runs of a paragraph, put together, are exactly its text.
 */
export function cutIntoParagraphs(index: TextIndex, spans: readonly HighlightSpan[]): ReportParagraph[] {
  const byLine = lines(index);
  const spansByLine = byLine.map((): HighlightSpan[] => []);
  const markers = new Map<HighlightSpan, number>();
  for (const span of spans) {
    const marker = markerOf(index, span, byLine);
    markers.set(span, marker.offset);
    const first = span.end === span.start ? marker.line : lineAt(index, span.start);
    for (let line = first; line <= marker.line; line++) spansByLine[line]!.push(span);
  }
  return byLine.map((line, position) => cutLine(index, line, spansByLine[position]!, markers));
}
