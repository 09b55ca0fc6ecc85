/**
 * Labelled datasets: what an export is asked for and answers, and what an import of annotations
 * finds before it is applied. Shared by the API, the services, the CLI and the dialogs.
 */
import { z } from 'zod';
import { isoDateSchema } from './attributes';
import { formatIds, formats, type FormatError, type FormatId, type FormatNotice } from './formats';
import { labelIdSchema, documentStatuses, idSchema } from './model';
import { uploadedFileSchema } from './uploads';

export const formatIdSchema = z.enum(formatIds);

/** Which documents an export takes; every condition given must hold, none given is the whole library. */
export const exportScopeSchema = z
  .object({
    /** One document only. */
    documentId: idSchema.optional(),
    statuses: z.array(z.enum(documentStatuses)).min(1).optional(),
    /** Documents with at least one annotation of one of these labels. */
    withLabels: z.array(labelIdSchema).min(1).optional(),
    /** Publication dates, inclusive; documents without a date are left out when either is given. */
    publishedFrom: isoDateSchema.optional(),
    publishedTo: isoDateSchema.optional(),
    /** Documents this reviewer annotated, with only the annotations they made. */
    reviewer: z.string().min(1).optional(),
  })
  .strict();
export type ExportScope = z.infer<typeof exportScopeSchema>;

/** Names of the parts of a split, by how many parts it has. */
export const splitNames: Record<2 | 3, readonly string[]> = { 2: ['train', 'test'], 3: ['train', 'dev', 'test'] };

export const splitSchema = z
  .object({
    /** Percentages of documents for train/test or train/dev/test, adding up to 100. */
    ratios: z.array(z.number().nonnegative()).min(2).max(3),
    /** The same seed puts each document in the same part every time. */
    seed: z.string().max(200),
  })
  .strict()
  .refine((split) => Math.abs(split.ratios.reduce((sum, ratio) => sum + ratio, 0) - 100) < 1e-9, {
    message: 'The split percentages must add up to 100',
    path: ['ratios'],
  });
export type Split = z.infer<typeof splitSchema>;

export const exportRequestSchema = z
  .object({
    format: formatIdSchema,
    /** The file, or for folder exports (brat, Label Studio, any split) the folder, to write. */
    path: z.string().min(1),
    scope: exportScopeSchema.default({}),
    /** Labels whose annotations are written; all when absent. */
    labels: z.array(labelIdSchema).optional(),
    split: splitSchema.optional(),
    /** spaCy-style JSONL: add each document's tokens. */
    tokens: z.boolean().optional(),
  })
  .strict();
export type ExportRequest = z.input<typeof exportRequestSchema>;

/** Whether an export writes one file or a folder of files. */
export function exportWritesFolder(format: FormatId, split: boolean): boolean {
  return split || formats[format].files === 'several';
}

/** A problem with a file, an annotation or a document, told in one sentence that names where. */
export const datasetProblemSchema = z.object({
  kind: z.string(),
  file: z.string(),
  line: z.int().optional(),
  documentId: z.string().optional(),
  annotation: z.string().optional(),
  message: z.string(),
});
export type DatasetProblem = z.infer<typeof datasetProblemSchema>;

/** A reader's error or a writer's notice, as the interface and the command line show it. */
export function datasetProblemOf(problem: FormatError | FormatNotice): DatasetProblem {
  const { kind, file, line, documentId, annotation, message } = problem;
  return { kind, file, message, ...(line === undefined ? {} : { line }), ...(documentId === undefined ? {} : { documentId }), ...(annotation === undefined ? {} : { annotation }) };
}

export const exportResultSchema = z.object({
  path: z.string(),
  kind: z.enum(['file', 'folder']),
  /** The files written, relative to the folder (or the file's name). */
  files: z.array(z.string()),
  documents: z.int(),
  /** Annotations written: those with the chosen labels, less any the format left out (see the notices). */
  annotations: z.int(),
  /** Documents in each part of the split, in order; empty without a split. */
  splits: z.array(z.object({ name: z.string(), documents: z.int() })),
  /** What was left out or is worth knowing, the first ones; `noticesLeftOut` counts the rest. */
  notices: z.array(datasetProblemSchema),
  noticesLeftOut: z.int(),
});
export type ExportResult = z.infer<typeof exportResultSchema>;

/** Where annotations to import come from: paths on the machine running the app, or files sent with the request. */
export const importSourceSchema = z
  .object({
    paths: z.array(z.string().min(1)).default([]),
    files: z.array(uploadedFileSchema).default([]),
    /** Read every file as this format; detected per file when absent. */
    format: formatIdSchema.optional(),
  })
  .strict()
  .refine((source) => source.paths.length + source.files.length > 0, { message: 'Give at least one file' });
export type ImportSource = z.input<typeof importSourceSchema>;

export const documentMatches = ['id', 'text', 'new', 'changed', 'ambiguous', 'not_found'] as const;
export type DocumentMatch = (typeof documentMatches)[number];

/** How a document in a file meets the library. */
export const documentPreviewSchema = z.object({
  file: z.string(),
  line: z.int().optional(),
  /** The document's id in the file, when it has one. */
  fileDocumentId: z.string().optional(),
  title: z.string().optional(),
  /** `id`/`text`: found by id or by exact text; `new`: will be created; the rest are not imported. */
  match: z.enum(documentMatches),
  /** The library document the annotations go to. */
  documentId: z.string().optional(),
  libraryTitle: z.string().optional(),
  annotations: z.int(),
});
export type DocumentPreview = z.infer<typeof documentPreviewSchema>;

export const annotationOutcomes = ['new', 'unchanged', 'changed', 'duplicate', 'elsewhere', 'no_document'] as const;
export type AnnotationOutcome = (typeof annotationOutcomes)[number];
export const annotationCountsSchema = z.object(
  Object.fromEntries(annotationOutcomes.map((outcome) => [outcome, z.int()])) as Record<AnnotationOutcome, z.ZodInt>,
);
export type AnnotationCounts = z.infer<typeof annotationCountsSchema>;

export const importFilePreviewSchema = z.object({
  file: z.string(),
  /** The format the file was read as; null when it could not be told. */
  format: formatIdSchema.nullable(),
  documents: z.int(),
  annotations: z.int(),
  /** A file with errors imports nothing. */
  errors: z.array(datasetProblemSchema),
  notices: z.array(datasetProblemSchema),
  outcomes: annotationCountsSchema,
});
export type ImportFilePreview = z.infer<typeof importFilePreviewSchema>;

/** What was found, before anything is written: apply it with its id, or discard it. */
export const importPreviewSchema = z.object({
  previewId: z.string(),
  files: z.array(importFilePreviewSchema),
  /** The documents found, the first ones; `documentsLeftOut` counts the rest. */
  documents: z.array(documentPreviewSchema),
  documentsLeftOut: z.int(),
  /** What differs from the library: the first ones; `conflictsLeftOut` counts the rest. */
  conflicts: z.array(datasetProblemSchema),
  conflictsLeftOut: z.int(),
  outcomes: annotationCountsSchema,
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

/** What to do with an annotation whose id is in the library with other content. */
export const conflictChoices = ['keep', 'replace'] as const;
export type ConflictChoice = (typeof conflictChoices)[number];

export const importResultSchema = z.object({
  files: z.array(
    z.object({
      file: z.string(),
      imported: z.boolean(),
      documentsCreated: z.int(),
      annotationsCreated: z.int(),
      annotationsUpdated: z.int(),
    }),
  ),
  documentsCreated: z.int(),
  annotationsCreated: z.int(),
  annotationsUpdated: z.int(),
  /** Library documents whose annotations changed. */
  changedDocumentIds: z.array(z.string()),
});
export type ImportResult = z.infer<typeof importResultSchema>;

/** What the export and import dialogs need to know about the host. */
export const datasetOptionsSchema = z.object({
  /** A folder to suggest for exports (the Downloads folder where there is one). */
  exportFolder: z.string(),
  pathSeparator: z.string(),
  /** Whether the host shows native file dialogs. */
  nativeDialogs: z.boolean(),
  /** Everyone who made an annotation, for the reviewer filter. */
  reviewers: z.array(z.string()),
});
export type DatasetOptions = z.infer<typeof datasetOptionsSchema>;

/**
 * Reads a split written as `80/10/10` (train/dev/test) or `90/10` (train/test): percentages
 * adding up to 100. Answers the ratios, or a sentence saying what is wrong.
 */
export function parseSplitRatios(text: string): number[] | string {
  const parts = text.trim().split('/');
  const ratios = parts.map((part) => (/^\d+(\.\d+)?$/u.test(part.trim()) ? Number(part) : Number.NaN));
  if (parts.length < 2 || parts.length > 3 || ratios.some(Number.isNaN)) {
    return `"${text}" is not a split such as 80/10/10 (train/dev/test) or 90/10 (train/test)`;
  }
  const total = ratios.reduce((sum, ratio) => sum + ratio, 0);
  if (Math.abs(total - 100) > 1e-9) return `the split ${text} adds up to ${total}, not 100`;
  return ratios;
}
