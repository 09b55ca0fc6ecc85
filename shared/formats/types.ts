/**
 * The shapes every dataset format shares: what a writer is handed and gives back, what a reader
 * finds, and the problems either reports. Offsets everywhere count Unicode code points.
 */
import type { z } from 'zod';
import type { attributeSchemas } from '../attributes';
import type { LabelId } from '../labels';
import type { Annotation, Confidence, Document } from '../model';

/** One document with its annotations: the unit an export streams. */
export interface DocumentEntry {
  document: Document;
  annotations: readonly Annotation[];
}

/** Text to append to one file of an export; `file` is a path relative to the export's folder. */
export interface ExportPart {
  file: string;
  text: string;
}

export interface WriteOptions {
  /** Only annotations with these labels are written; all labels when absent. */
  labels?: readonly LabelId[];
  /** spaCy-style JSONL: add the token list and each span's token range. */
  tokens?: boolean;
  /** Stem of the export's file names (`train` gives `train.jsonl`); `annotations` when absent. */
  name?: string;
}

/** What a writer returns for one document: text for the export's files and anything it left out. */
export interface DocumentOutput {
  parts: ExportPart[];
  notices: FormatNotice[];
}

/**
 * A streaming writer. The caller writes `begin()`, then `write()` for each document in turn, then
 * `end()`, appending each part's text to its file in the order given; nothing is held between calls
 * but counters, so a corpus of any size streams through.
 */
export interface FormatWriter {
  begin(): ExportPart[];
  write(entry: DocumentEntry): DocumentOutput;
  end(): ExportPart[];
}

/** A file handed to a reader: its name (shown in errors) and its whole content. */
export interface SourceFile {
  name: string;
  content: string;
}

type AttributesOf<L extends LabelId> = z.infer<(typeof attributeSchemas)[L]>;

interface ImportedSpan {
  /** Line of the file where the annotation is written, when there is one. */
  line?: number;
  /** The annotation's id in the file, when the format carries ids. */
  id?: string;
  start: number;
  end: number;
  /**
   * The text between the offsets: taken from the document text when the file has it, else the
   * quote the file gives (W3C `exact`); absent when the file has neither.
   */
  quote?: string;
  prefix?: string;
  suffix?: string;
  note?: string;
  confidence?: Confidence | null;
  reviewer?: string;
  createdAt?: string;
  updatedAt?: string;
  /** The whole stored record, from lossless formats (native JSONL) only. */
  record?: Annotation;
}

/** An annotation found in a file: only the fields the format carries; attributes validated per label. */
export type ImportedAnnotation = {
  [L in LabelId]: ImportedSpan & { label: L; attributes?: AttributesOf<L> };
}[LabelId];

/**
 * A document found in a file, with its annotations. Formats that do not carry the text (W3C Web
 * Annotation) leave `text` out: the caller matches `id` to a stored document and checks the spans
 * against its text with `checkSpansAgainstText`.
 */
export interface ImportedDocument {
  line?: number;
  /** The document's id in the file (or, for W3C, the target's source IRI when it is not ours). */
  id?: string;
  text?: string;
  title?: string;
  /** The whole stored record, from lossless formats (native JSONL) only. */
  record?: Document;
  annotations: ImportedAnnotation[];
}

export const formatErrorKinds = [
  'invalid_json',
  'truncated',
  'invalid_record',
  'offset_out_of_range',
  'start_after_end',
  'quote_mismatch',
  'unknown_label',
  'duplicate_id',
  'missing_file',
  'too_many_errors',
] as const;
export type FormatErrorKind = (typeof formatErrorKinds)[number];

export const formatNoticeKinds = ['skipped', 'misaligned', 'not_representable'] as const;
export type FormatNoticeKind = (typeof formatNoticeKinds)[number];

/** Where in a file a problem is. */
export interface ProblemPlace {
  file: string;
  line?: number;
  documentId?: string;
  /** The annotation's id, or `#n` (its place in its document) when the format has no ids. */
  annotation?: string;
}

/** A problem that stops a file from being imported. `message` says it all in one sentence. */
export interface FormatError extends ProblemPlace {
  kind: FormatErrorKind;
  reason: string;
  message: string;
}

/** Something left out or worth knowing that does not stop an import or an export. */
export interface FormatNotice extends ProblemPlace {
  kind: FormatNoticeKind;
  reason: string;
  message: string;
}

/** What a reader found in one file. The caller imports nothing from a file with errors. */
export interface ReadResult {
  file: string;
  documents: ImportedDocument[];
  errors: FormatError[];
  notices: FormatNotice[];
}
