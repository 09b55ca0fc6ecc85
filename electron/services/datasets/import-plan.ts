/**
 * What an import of one file would do: each document in the file matched to the library (by our
 * id, else by its exact text; a lossless record by its id, created when missing), and each of its
 * annotations classed as new, unchanged, changed (same id, other content), a duplicate (same label
 * and span as one already there), an id used in another document, or without a document. Nothing
 * is written here; `import-apply.ts` writes what a plan says.
 */
import { attributesForLabel, defaultAttributes } from '../../../shared/attributes';
import type { AnnotationOutcome, DatasetProblem, DocumentPreview } from '../../../shared/datasets';
import { checkSpansAgainstText, type FormatError, type ImportedAnnotation, type ImportedDocument, type ReadResult } from '../../../shared/formats';
import { describeProblem } from '../../../shared/formats/problems';
import { shortQuote } from '../../../shared/formats/spans';
import { labels, type LabelId } from '../../../shared/labels';
import type { Annotation, Document } from '../../../shared/model';
import { describeSpan } from '../../../shared/text/anchor';
import { TextIndex } from '../../../shared/text/offsets';
import { annotationChanges } from '../annotation-changes';
import { spanKey, type LibraryIndex } from './library-index';

export interface PlannedAnnotation {
  outcome: AnnotationOutcome;
  /** The annotation as it would be stored (absent without a document). */
  annotation?: Annotation;
  /** The stored annotation with the same id, for the history of a replacement. */
  existing?: Annotation;
}

export interface PlannedDocument {
  preview: DocumentPreview;
  /** A document to create from a lossless record. */
  create?: Document;
  annotations: PlannedAnnotation[];
}

export interface FilePlan {
  file: string;
  /** Errors of the file, including spans that do not fit the text of the document they were matched to. */
  errors: FormatError[];
  documents: PlannedDocument[];
  conflicts: DatasetProblem[];
}

export interface PlanContext {
  library: LibraryIndex;
  /** Reviewer of annotations whose file does not name one. */
  reviewer: string;
  now: string;
  newId: () => string;
}

type Target = { match: 'id' | 'text'; document: Pick<Document, 'id' | 'title' | 'text'> } | { match: Exclude<DocumentPreview['match'], 'id' | 'text'> };

/**
 * The library document a document in a file is. A lossless record is ours: found by its id alone
 * (a copy of an article keeps its own id and annotations), created when missing, and not guessed
 * at when the library's document of that id has other text. Other formats' documents are found by
 * id, else by exact text.
 */
function findTarget(found: ImportedDocument, library: LibraryIndex): Target {
  const byId = found.id === undefined ? undefined : library.document(found.id);
  if (byId && (found.text === undefined || byId.text === found.text)) return { match: 'id', document: byId };
  if (found.record) return byId ? { match: 'changed' } : { match: 'new' };
  if (found.text !== undefined) {
    const ids = library.idsWithText(found.text);
    if (ids.length === 1) return { match: 'text', document: library.document(ids[0]!)! };
    if (ids.length > 1) return { match: 'ambiguous' };
  }
  return byId ? { match: 'changed' } : { match: 'not_found' };
}

const documentConflicts: Record<Exclude<DocumentPreview['match'], 'id' | 'text' | 'new'>, string> = {
  changed: 'a document with this id is in the library with other text',
  ambiguous: 'several documents in the library have exactly this text, so it is not known which one is meant',
  not_found: 'no document in the library has this id or exactly this text',
};

/** The annotation as it would be stored: the file's fields over the stored one's (or the defaults). */
function candidateOf(imported: ImportedAnnotation, documentId: string, index: TextIndex, existing: Annotation | undefined, context: PlanContext): Annotation {
  if (imported.record) return imported.record.documentId === documentId ? imported.record : { ...imported.record, documentId };
  const base = existing?.documentId === documentId ? existing : undefined;
  const attributes = imported.attributes ?? (base ? attributesForLabel(imported.label, base.attributes) : defaultAttributes(imported.label));
  return {
    id: imported.id ?? base?.id ?? context.newId(),
    documentId,
    label: imported.label,
    start: imported.start,
    end: imported.end,
    ...describeSpan(index, imported.start, imported.end),
    note: imported.note ?? base?.note ?? '',
    confidence: imported.confidence === undefined ? (base?.confidence ?? null) : imported.confidence,
    reviewer: base?.reviewer ?? imported.reviewer ?? context.reviewer,
    attributes,
    anchor: 'anchored',
    createdAt: base?.createdAt ?? imported.createdAt ?? context.now,
    updatedAt: imported.updatedAt ?? context.now,
  } as Annotation;
}

function labelWithArticle(label: LabelId): string {
  const name = labels[label].name.toLowerCase();
  return `${/^[aeiou]/u.test(name) ? 'an' : 'a'} ${name}`;
}

function classify(candidate: Annotation, existing: Annotation | undefined, library: LibraryIndex): { outcome: AnnotationOutcome; reason?: string } {
  if (existing && existing.documentId !== candidate.documentId) {
    return { outcome: 'elsewhere', reason: `the id is used by an annotation of document ${existing.documentId}; not imported` };
  }
  if (existing) {
    const changed = Object.keys(annotationChanges(existing, candidate));
    if (changed.length === 0 && existing.anchor === candidate.anchor) return { outcome: 'unchanged' };
    const fields = changed.length > 0 ? changed.join(', ') : 'anchor';
    return { outcome: 'changed', reason: `an annotation with this id is in the library with another ${fields}; the library's is kept unless you choose to replace it` };
  }
  if (library.hasSpan(candidate.documentId, spanKey(candidate))) {
    const reason = `the document already has ${labelWithArticle(candidate.label)} at ${candidate.start}–${candidate.end} (${shortQuote(candidate.quote)}); not imported again`;
    return { outcome: 'duplicate', reason };
  }
  return { outcome: 'new' };
}

/** The object without its undefined fields, as optional fields are written. */
function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}

/** Plans one document of the file, recording its conflicts, and its spans' errors when the file has no text. */
function planDocument(file: string, found: ImportedDocument, context: PlanContext, conflicts: DatasetProblem[], errors: FormatError[]): PlannedDocument {
  const { library } = context;
  const target = findTarget(found, library);
  const preview: DocumentPreview = {
    ...defined({ file, line: found.line, fileDocumentId: found.id, title: found.title }),
    match: target.match,
    annotations: found.annotations.length,
  };
  if (!('document' in target) && target.match !== 'new') {
    const place = defined({ file, line: found.line, documentId: found.id });
    const count = found.annotations.length;
    const reason = `${documentConflicts[target.match]}; ${count === 1 ? 'its annotation is' : `its ${count} annotations are`} not imported`;
    conflicts.push({ kind: `document_${target.match}`, ...place, message: describeProblem(place, reason) });
    return { preview, annotations: found.annotations.map(() => ({ outcome: 'no_document' })) };
  }
  const create = 'document' in target ? undefined : found.record!;
  const document = 'document' in target ? target.document : create!;
  Object.assign(preview, { documentId: document.id, libraryTitle: document.title });
  if (create) library.addDocument(create);
  else if (found.text === undefined) {
    const misfits = checkSpansAgainstText(file, found, document.text);
    errors.push(...misfits);
    if (misfits.length > 0) return { preview, annotations: [] };
  }
  const index = new TextIndex(document.text);
  const findAnnotation = library.annotationFinder(found.annotations.flatMap((imported) => (imported.id === undefined ? [] : [imported.id])));
  const annotations = found.annotations.map((imported, position): PlannedAnnotation => {
    const existing = imported.id === undefined ? undefined : findAnnotation(imported.id);
    const annotation = candidateOf(imported, document.id, index, existing, context);
    const { outcome, reason } = classify(annotation, existing, library);
    if (reason) {
      const place = defined({ file, line: imported.line ?? found.line, annotation: imported.id ?? `#${position + 1}`, documentId: document.id });
      conflicts.push({ kind: outcome, ...place, message: describeProblem(place, reason) });
    }
    if (outcome === 'new') library.addAnnotation(annotation);
    return { outcome, annotation, ...(existing ? { existing } : {}) };
  });
  return { preview, ...(create ? { create } : {}), annotations };
}

/** Plans the import of a file that was read without errors. */
export function planFile(result: ReadResult, context: PlanContext): FilePlan {
  const conflicts: DatasetProblem[] = [];
  const errors: FormatError[] = [];
  const documents = result.documents.map((found) => planDocument(result.file, found, context, conflicts, errors));
  return { file: result.file, errors, documents, conflicts };
}
