/**
 * spaCy-style JSON Lines (as Prodigy and spaCy's `char_span` expect): one document per line,
 * `{"text", "spans": [{"start", "end", "label"}], "tokens"?: [{"text", "start", "end", "id", "ws"}],
 * "meta": {"documentId", "title"}}`, labels written by id. With tokens, each span that starts and
 * ends on token boundaries gets `token_start`/`token_end` (inclusive); a span that does not is
 * written with its offsets unchanged and reported, never moved to the nearest tokens.
 */
import { TextIndex } from '../text/offsets';
import { exportedSpans, exportNotice } from './export-spans';
import { parseJsonLines } from './json-source';
import { IdRegister, ProblemLog } from './problems';
import type { Where } from './problems';
import { readSpan, shortQuote } from './spans';
import { TokenBoundaries, tokenize } from './tokens';
import type { Token } from './tokens';
import type { FormatNotice, FormatWriter, ImportedAnnotation, ImportedDocument, ReadResult, SourceFile, WriteOptions } from './types';
import { isObject } from './validation';
import { exportName, includedLabels } from './write-options';

function misalignment(start: number, end: number): string {
  return `the span ${start}–${end} does not start and end on token boundaries; its offsets are kept as they are`;
}

/** A writer of spaCy-style JSON Lines; `options.tokens` adds the token list. */
export function createSpacyWriter(options: WriteOptions = {}): FormatWriter {
  const file = `${exportName(options)}.jsonl`;
  const labels = includedLabels(options);
  return {
    begin: () => [],
    write: (entry) => {
      const notices: FormatNotice[] = [];
      const index = new TextIndex(entry.document.text);
      const spans = exportedSpans(entry, labels, index, file, notices);
      const tokens = options.tokens ? tokenize(index) : undefined;
      const boundaries = tokens ? new TokenBoundaries(tokens) : undefined;
      const line = {
        text: entry.document.text,
        spans: spans.map(({ annotation }) => {
          const { start, end, label } = annotation;
          if (!boundaries) return { start, end, label };
          const range = boundaries.aligned(start, end);
          if (!range) {
            notices.push(exportNotice('misaligned', file, entry, annotation, misalignment(start, end)));
            return { start, end, label };
          }
          return { start, end, label, token_start: range.first, token_end: range.last };
        }),
        ...(tokens
          ? {
              tokens: tokens.map((token, id) => ({
                text: token.text,
                start: token.start,
                end: token.end,
                id,
                ws: /^\s/u.test(index.slice(token.end, token.end + 1)),
              })),
            }
          : {}),
        meta: { documentId: entry.document.id, title: entry.document.title },
      };
      return { parts: [{ file, text: `${JSON.stringify(line)}\n` }], notices };
    },
    end: () => [],
  };
}

function readTokens(raw: unknown, index: TextIndex, log: ProblemLog, where: Where): Token[] | undefined {
  if (!Array.isArray(raw)) {
    log.error('invalid_record', 'tokens must be a list', where);
    return undefined;
  }
  const tokens: Token[] = [];
  for (const [position, token] of (raw as unknown[]).entries()) {
    const { start, end, text } = isObject(token) ? token : {};
    const valid = Number.isInteger(start) && Number.isInteger(end) && 0 <= (start as number) && (start as number) <= (end as number);
    if (!valid || (end as number) > index.codePointLength) {
      log.error('offset_out_of_range', `token ${position} has offsets ${JSON.stringify(start)}–${JSON.stringify(end)}, which are not a span of the text`, where);
      return undefined;
    }
    const actual = index.slice(start as number, end as number);
    if (text !== undefined && text !== actual) {
      log.error('quote_mismatch', `token ${position} is ${shortQuote(String(text))} but the text at its offsets is ${shortQuote(actual)}`, where);
      return undefined;
    }
    tokens.push({ text: actual, start: start as number, end: end as number });
  }
  return tokens;
}

/**
 * Reads spaCy-style JSON Lines. Spans are checked against the text and labels; when the line has
 * tokens, spans that do not fall on token boundaries are reported as notices and kept as they are.
 */
export function readSpacy(source: SourceFile): ReadResult {
  const log = new ProblemLog(source.name);
  const documents: ImportedDocument[] = [];
  const documentIds = new IdRegister('document', log);
  for (const { line, value } of parseJsonLines(source.content, log)) {
    if (!isObject(value) || typeof value.text !== 'string') {
      log.error('invalid_record', 'a line must hold an object with the document text in "text"', { line });
      continue;
    }
    const meta = isObject(value.meta) ? value.meta : {};
    const rawId = meta.documentId ?? meta.id;
    const id = typeof rawId === 'string' ? rawId : undefined;
    const title = typeof meta.title === 'string' ? meta.title : undefined;
    const documentWhere: Where = { line, ...(id === undefined ? {} : { documentId: id }) };
    if (id !== undefined) documentIds.add(id, documentWhere);
    const spans = value.spans ?? [];
    if (!Array.isArray(spans)) {
      log.error('invalid_record', 'spans must be a list of {"start", "end", "label"}', documentWhere);
      continue;
    }
    const index = new TextIndex(value.text);
    const tokens = value.tokens === undefined ? undefined : readTokens(value.tokens, index, log, documentWhere);
    const boundaries = tokens ? new TokenBoundaries(tokens) : undefined;
    const annotations: ImportedAnnotation[] = [];
    (spans as unknown[]).forEach((span, position) => {
      const where: Where = { ...documentWhere, annotation: `#${position + 1}` };
      if (!isObject(span)) {
        log.error('invalid_record', 'a span must be an object {"start", "end", "label"}', where);
        return;
      }
      const annotation = readSpan({ start: span.start, end: span.end, label: span.label }, index, log, where);
      if (!annotation) return;
      if (boundaries && !boundaries.aligned(annotation.start, annotation.end)) {
        log.notice('misaligned', misalignment(annotation.start, annotation.end), where);
      }
      annotations.push(annotation);
    });
    documents.push({ line, ...(id === undefined ? {} : { id }), text: value.text, ...(title === undefined ? {} : { title }), annotations });
  }
  return { file: source.name, documents, ...log.finish() };
}
