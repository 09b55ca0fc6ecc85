/**
 * Native JSON Lines: one document per line, `{"formatVersion":1,"document":{…},"annotations":[…]}`,
 * with the document's text and metadata and every field and attribute of its annotations, as
 * stored. Reading it back gives the same records, field for field.
 */
import { annotationSchema, documentSchema } from '../model';
import type { Annotation } from '../model';
import { TextIndex } from '../text/offsets';
import { parseJsonLines } from './json-source';
import { resolveLabel } from './label-names';
import { IdRegister, ProblemLog } from './problems';
import type { Where } from './problems';
import { checkQuote, readOffsets } from './spans';
import type { FormatWriter, ImportedAnnotation, ImportedDocument, ReadResult, SourceFile, WriteOptions } from './types';
import { isObject, recordIssues } from './validation';
import { exportName, includedLabels } from './write-options';

/** The version of the line layout; a file from a newer version is refused, not guessed at. */
export const NATIVE_FORMAT_VERSION = 1;

/** A writer of native JSON Lines: everything about each document, one line each. */
export function createNativeJsonlWriter(options: WriteOptions = {}): FormatWriter {
  const file = `${exportName(options)}.jsonl`;
  const labels = includedLabels(options);
  return {
    begin: () => [],
    write: ({ document, annotations }) => {
      const line = {
        formatVersion: NATIVE_FORMAT_VERSION,
        document,
        annotations: annotations.filter((annotation) => labels.includes(annotation.label)),
      };
      return { parts: [{ file, text: `${JSON.stringify(line)}\n` }], notices: [] };
    },
    end: () => [],
  };
}

function imported(record: Annotation, line: number): ImportedAnnotation {
  const { documentId: _documentId, anchor: _anchor, ...fields } = record;
  return { ...fields, line, record };
}

/**
 * Reads native JSON Lines. Every annotation is checked against its line's document: offsets in
 * range, start not after end, the quote equal to the text at its offsets (for annotations still
 * anchored), a known label (id or name, any case), ids unique in the file.
 */
export function readNativeJsonl(source: SourceFile): ReadResult {
  const log = new ProblemLog(source.name);
  const documents: ImportedDocument[] = [];
  const documentIds = new IdRegister('document', log);
  const annotationIds = new IdRegister('annotation', log);

  for (const { line, value } of parseJsonLines(source.content, log)) {
    if (!isObject(value) || !isObject(value.document) || !Array.isArray(value.annotations)) {
      log.error('invalid_record', 'a line must hold an object with a document and a list of annotations', { line });
      continue;
    }
    if (value.formatVersion !== NATIVE_FORMAT_VERSION) {
      log.error('invalid_record', `format version ${JSON.stringify(value.formatVersion)} is not ${NATIVE_FORMAT_VERSION}, the one this version reads`, { line });
      continue;
    }
    const rawDocumentId = typeof value.document.id === 'string' ? value.document.id : undefined;
    const documentWhere: Where = { line, ...(rawDocumentId === undefined ? {} : { documentId: rawDocumentId }) };
    const parsedDocument = documentSchema.safeParse(value.document);
    if (!parsedDocument.success) recordIssues(log, parsedDocument.error, documentWhere, 'document');
    const document = parsedDocument.success ? parsedDocument.data : undefined;
    if (document) documentIds.add(document.id, documentWhere);
    const index = document ? new TextIndex(document.text) : undefined;
    const annotations: ImportedAnnotation[] = [];

    value.annotations.forEach((raw: unknown, position) => {
      const rawId = isObject(raw) && typeof raw.id === 'string' ? raw.id : undefined;
      const where: Where = { ...documentWhere, annotation: rawId ?? `#${position + 1}` };
      if (!isObject(raw)) {
        log.error('invalid_record', 'an annotation must be an object', where);
        return;
      }
      if (rawId !== undefined) annotationIds.add(rawId, where);
      const label = resolveLabel(raw.label);
      if (!label) {
        log.error('unknown_label', `the label ${JSON.stringify(raw.label)} is not one of the labels`, where);
        return;
      }
      const orphaned = raw.anchor === 'orphaned';
      const offsets = readOffsets(raw.start, raw.end, orphaned ? undefined : index?.codePointLength, log, where);
      const parsed = annotationSchema.safeParse({ ...raw, label });
      if (!parsed.success) {
        recordIssues(log, parsed.error, where);
        return;
      }
      const annotation = parsed.data;
      if (document && annotation.documentId !== document.id) {
        log.error('invalid_record', `the annotation names document ${annotation.documentId}, not the document on its line`, where);
      }
      if (offsets && index && annotation.anchor === 'anchored') {
        checkQuote(index, offsets.start, offsets.end, annotation.quote, log, where);
      }
      annotations.push(imported(annotation, line));
    });

    if (document) documents.push({ line, id: document.id, text: document.text, title: document.title, record: document, annotations });
  }
  return { file: source.name, documents, ...log.finish() };
}
