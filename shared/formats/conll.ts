/**
 * CoNLL BIO (write only): one token per line, tab-separated, documents begun by a `-DOCSTART-`
 * line and paragraphs separated by blank lines.
 *
 * Spans overlap and nest (a casualty figure inside an attributed claim), which one tag column
 * cannot show. So the file has one tag column per label, in key order (verified_fact,
 * attributed_claim, casualty_figure, opinion, or the chosen labels only), each tagging
 * `B-<label id>`, `I-<label id>` or `O` independently: nesting across labels survives whole.
 * Within one label's column two overlapping spans still cannot both be shown; the later one is
 * left out and reported. A span that does not start and end on token boundaries tags every token
 * it touches and is reported; a span running over a paragraph break begins again (`B-`) in the
 * next paragraph, since each paragraph is a sentence of its own. Tokens are the word segments of `tokens.ts`; white space inside a
 * token (a combining mark on a space) is written as `_` so the columns stay intact.
 */
import { TextIndex } from '../text/offsets';
import { exportedSpans, exportNotice } from './export-spans';
import { TokenBoundaries, tokenize } from './tokens';
import type { FormatNotice, FormatWriter, WriteOptions } from './types';
import { exportName, includedLabels } from './write-options';

/** The header of each column after the token, for documentation and for readers of the file. */
export function conllColumns(options: WriteOptions = {}): string[] {
  return ['token', ...includedLabels(options)];
}

/** A writer of CoNLL BIO with one tag column per label. */
export function createConllWriter(options: WriteOptions = {}): FormatWriter {
  const file = `${exportName(options)}.conll`;
  const labels = includedLabels(options);
  const outside = labels.map(() => 'O').join('\t');
  return {
    begin: () => [],
    write: (entry) => {
      const notices: FormatNotice[] = [];
      const index = new TextIndex(entry.document.text);
      const tokens = tokenize(index);
      const boundaries = new TokenBoundaries(tokens);
      const paragraphOf = tokens.map((token) => index.paragraphAt(index.toUtf16(token.start)));
      const tags = labels.map(() => tokens.map(() => 'O'));
      for (const { annotation } of exportedSpans(entry, labels, index, file, notices)) {
        const column = tags[labels.indexOf(annotation.label)]!;
        const { from, to } = boundaries.overlapping(annotation.start, annotation.end);
        if (from >= to) {
          notices.push(exportNotice('not_representable', file, entry, annotation, 'left out: the span covers no token'));
          continue;
        }
        if (column.slice(from, to).some((tag) => tag !== 'O')) {
          const reason = `left out: it overlaps another ${annotation.label} span, and one column cannot show both`;
          notices.push(exportNotice('not_representable', file, entry, annotation, reason));
          continue;
        }
        if (!boundaries.aligned(annotation.start, annotation.end)) {
          const reason = `the span ${annotation.start}–${annotation.end} does not start and end on token boundaries; every token it touches is tagged`;
          notices.push(exportNotice('misaligned', file, entry, annotation, reason));
        }
        for (let token = from; token < to; token++) {
          const begins = token === from || paragraphOf[token] !== paragraphOf[token - 1];
          column[token] = `${begins ? 'B' : 'I'}-${annotation.label}`;
        }
      }
      const lines = [`-DOCSTART-\t${outside}`];
      tokens.forEach((token, position) => {
        if (position === 0 || paragraphOf[position] !== paragraphOf[position - 1]) lines.push('');
        lines.push([token.text.replace(/\s/gu, '_'), ...tags.map((column) => column[position]!)].join('\t'));
      });
      return { parts: [{ file, text: `${lines.join('\n')}\n\n` }], notices };
    },
    end: () => [],
  };
}
