/**
 * Rebuilding an article's paragraphs from the positioned text runs of PDF pages: runs become
 * lines, lines become paragraphs where the spacing, size, indentation or an early line end says
 * one ended, and page numbers alone on the first or last line of a page are left out.
 * Coordinates are PDF points, y growing upwards.
 */

/** A run of text as the PDF reader gives it: where its baseline starts, how wide and how large. */
export interface PdfTextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** The reader saw the line end after this run. */
  endsLine: boolean;
}

interface PdfLine {
  text: string;
  left: number;
  right: number;
  baseline: number;
  size: number;
}

export interface PdfText {
  paragraphs: string[];
  /** Page numbers left out, with the page (1-based) they were on. */
  pageNumbers: { page: number; text: string }[];
  /** Pages (1-based) whose first line continued the paragraph of the page before. */
  continuedPages: number[];
}

const pageNumber = /^(?:(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—])$/i;
const endsSentence = /[.!?:…]["'”’)\]]*$/u;
const endsWithHyphen = /\p{L}-$/u;

/** The lines of one page, in reading order as the runs come. */
function linesOf(runs: readonly PdfTextRun[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | undefined;
  let lineEnded = false;
  const endLine = () => {
    if (current && current.text.trim() !== '') lines.push({ ...current, text: current.text.trim() });
    current = undefined;
  };
  for (const run of runs) {
    if (current && (lineEnded || Math.abs(run.y - current.baseline) > 0.5 * Math.max(run.size, current.size))) endLine();
    lineEnded = run.endsLine;
    if (run.text === '') continue;
    if (!current) {
      current = { text: run.text, left: run.x, right: run.x + run.width, baseline: run.y, size: run.size };
      continue;
    }
    // Some PDFs place words without space characters between them: a visible gap is a space.
    const gap = run.x - current.right;
    const space = gap > 0.15 * run.size && !/\s$/.test(current.text) && !/^\s/.test(run.text) ? ' ' : '';
    current.text += space + run.text;
    current.left = Math.min(current.left, run.x);
    current.right = Math.max(current.right, run.x + run.width);
    current.size = Math.max(current.size, run.size);
  }
  endLine();
  return lines;
}

function median(values: number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The usual distance between baselines of consecutive lines, over the whole document. */
function lineSpacing(pages: PdfLine[][]): number | undefined {
  const gaps = pages.flatMap((lines) =>
    lines.slice(1).map((line, index) => lines[index]!.baseline - line.baseline).filter((gap) => gap > 0),
  );
  return median(gaps);
}

const similarSize = (a: PdfLine, b: PdfLine) => Math.abs(a.size - b.size) <= 0.2 * Math.max(a.size, b.size);

/** Whether `line` starts a new paragraph after `previous`, both on one page whose text block spans left..right. */
function startsParagraph(previous: PdfLine, line: PdfLine, block: { left: number; right: number }, spacing: number | undefined): boolean {
  const gap = previous.baseline - line.baseline;
  // Back up the page: a new column, which continues the text as a new page does.
  if (gap <= 0) return !continuesAcrossBreak(previous, line);
  if (!similarSize(previous, line)) return true;
  if (gap > (spacing === undefined ? 1.8 * line.size : 1.4 * spacing)) return true;
  const indented = line.left - block.left > 0.9 * line.size && previous.left - block.left < 0.5 * line.size;
  if (indented) return true;
  // A word broken over the line end continues the paragraph, however short the line.
  if (endsWithHyphen.test(previous.text)) return false;
  // The previous line ended early: the next line's first word would have fitted on it.
  const firstWord = line.text.split(/\s/)[0] ?? '';
  const firstWordWidth = ((line.right - line.left) * firstWord.length) / Math.max(line.text.length, 1);
  return block.right - previous.right > firstWordWidth + 0.5 * line.size;
}

function continuesAcrossBreak(previous: PdfLine, line: PdfLine): boolean {
  return similarSize(previous, line) && !endsSentence.test(previous.text);
}

function joined(paragraph: string, line: string): string {
  if (paragraph.endsWith('\u00AD')) return paragraph.slice(0, -1) + line;
  // A hyphen at a line end is kept: "Hamas-led" must survive, and a split word stays readable.
  return endsWithHyphen.test(paragraph) ? paragraph + line : `${paragraph} ${line}`;
}

/** The paragraphs of a document's pages, each page given as its text runs. */
export function paragraphsFromPages(pages: readonly (readonly PdfTextRun[])[]): PdfText {
  const result: PdfText = { paragraphs: [], pageNumbers: [], continuedPages: [] };
  const pageLines = pages.map((runs, index) => {
    const lines = linesOf(runs);
    const edges = [lines[0] && pageNumber.test(lines[0].text) ? lines.shift() : undefined];
    edges.push(lines.length > 0 && pageNumber.test(lines.at(-1)!.text) ? lines.pop() : undefined);
    for (const edge of edges) if (edge) result.pageNumbers.push({ page: index + 1, text: edge.text });
    return lines;
  });
  const spacing = lineSpacing(pageLines);

  let previous: PdfLine | undefined;
  pageLines.forEach((lines, pageIndex) => {
    const block = { left: Math.min(...lines.map((line) => line.left)), right: Math.max(...lines.map((line) => line.right)) };
    lines.forEach((line, lineIndex) => {
      const pageBreak = lineIndex === 0;
      const continues =
        previous !== undefined && (pageBreak ? continuesAcrossBreak(previous, line) : !startsParagraph(previous, line, block, spacing));
      if (continues) {
        result.paragraphs[result.paragraphs.length - 1] = joined(result.paragraphs.at(-1)!, line.text);
        if (pageBreak) result.continuedPages.push(pageIndex + 1);
      } else result.paragraphs.push(line.text);
      previous = line;
    });
  });
  return result;
}
