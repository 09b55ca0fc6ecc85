/**
 * doccano sequence-labelling JSON Lines: `{"id", "text", "label": [[start, end, "label"], …]}`, one
 * document per line, labels written by id. Reading also accepts doccano's `entities` form
 * (`{"start_offset", "end_offset", "label"}`). Notes, attributes and annotation ids are not carried.
 */
import { TextIndex } from '../text/offsets';
import { exportedSpans } from './export-spans';
import { parseJsonLines } from './json-source';
import { IdRegister, ProblemLog } from './problems';
import type { Where } from './problems';
import { readSpan } from './spans';
import type { RawSpan } from './spans';
import type { FormatNotice, FormatWriter, ImportedAnnotation, ImportedDocument, ReadResult, SourceFile, WriteOptions } from './types';
import { isObject } from './validation';
import { exportName, includedLabels } from './write-options';

/** A writer of doccano JSON Lines. */
export function createDoccanoWriter(options: WriteOptions = {}): FormatWriter {
  const file = `${exportName(options)}.jsonl`;
  const labels = includedLabels(options);
  return {
    begin: () => [],
    write: (entry) => {
      const notices: FormatNotice[] = [];
      const spans = exportedSpans(entry, labels, new TextIndex(entry.document.text), file, notices);
      const line = {
        id: entry.document.id,
        text: entry.document.text,
        label: spans.map(({ annotation }) => [annotation.start, annotation.end, annotation.label]),
      };
      return { parts: [{ file, text: `${JSON.stringify(line)}\n` }], notices };
    },
    end: () => [],
  };
}

function rawSpans(value: Record<string, unknown>, log: ProblemLog, where: Where): RawSpan[] | undefined {
  if (Array.isArray(value.label)) {
    const spans: RawSpan[] = [];
    for (const item of value.label as unknown[]) {
      if (!Array.isArray(item) || item.length !== 3) {
        log.error('invalid_record', `${JSON.stringify(item)} is not a span [start, end, "label"]`, where);
        return undefined;
      }
      spans.push({ start: item[0], end: item[1], label: item[2] });
    }
    return spans;
  }
  if (Array.isArray(value.entities)) {
    return (value.entities as unknown[]).map((entity) =>
      isObject(entity) ? { start: entity.start_offset, end: entity.end_offset, label: entity.label } : { start: undefined, end: undefined, label: undefined },
    );
  }
  if (value.label === undefined && value.entities === undefined) return [];
  log.error('invalid_record', 'label must be a list of spans [start, end, "label"]', where);
  return undefined;
}

/** Reads doccano JSON Lines, checking every span against its line's text and the labels. */
export function readDoccano(source: SourceFile): ReadResult {
  const log = new ProblemLog(source.name);
  const documents: ImportedDocument[] = [];
  const documentIds = new IdRegister('document', log);
  for (const { line, value } of parseJsonLines(source.content, log)) {
    if (!isObject(value) || typeof value.text !== 'string') {
      log.error('invalid_record', 'a line must hold an object with the document text in "text"', { line });
      continue;
    }
    const id = typeof value.id === 'string' || typeof value.id === 'number' ? String(value.id) : undefined;
    const documentWhere: Where = { line, ...(id === undefined ? {} : { documentId: id }) };
    if (id !== undefined) documentIds.add(id, documentWhere);
    const spans = rawSpans(value, log, documentWhere);
    if (!spans) continue;
    const index = new TextIndex(value.text);
    const annotations: ImportedAnnotation[] = [];
    spans.forEach((span, position) => {
      const annotation = readSpan(span, index, log, { ...documentWhere, annotation: `#${position + 1}` });
      if (annotation) annotations.push(annotation);
    });
    documents.push({ line, ...(id === undefined ? {} : { id }), text: value.text, annotations });
  }
  return { file: source.name, documents, ...log.finish() };
}
