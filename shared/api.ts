/**
 * The contract between the renderer and the main side: one entry per method, with zod schemas
 * for its arguments and result. Both transports (IPC in the desktop app, HTTP in web mode)
 * validate arguments against these schemas before a service sees them.
 */
import { z } from 'zod';
import type { ApiMethodName } from './api-methods';
import {
  conflictChoices,
  datasetOptionsSchema,
  exportRequestSchema,
  importPreviewSchema,
  importResultSchema,
  importSourceSchema,
} from './datasets';
import { jobStatusSchema } from './jobs';
import {
  deletedDocumentSchema,
  editableMetadataSchema,
  libraryFacetsSchema,
  libraryImportSourceSchema,
  libraryPageRequestSchema,
  libraryPageSchema,
  libraryRowSchema,
  searchPageSchema,
  versionReportSchema,
} from './library';
import { pageSizes } from './reports/html-styles';
import { reportExportRequestSchema, reportExportResultSchema } from './reports/export';
import { uploadedFileSchema } from './uploads';
import {
  annotationDraftSchema,
  annotationEventSchema,
  annotationSchema,
  documentSchema,
  documentStatuses,
  documentSummarySchema,
  idSchema,
  openedAnnotationSchema,
} from './model';

export const sessionSchema = z.object({
  appName: z.string(),
  reviewer: z.string(),
  /** Where the database file lives, shown to the user. */
  databasePath: z.string(),
  /** The document to open at start: the last one worked on, or the sample article. */
  startDocumentId: idSchema.nullable(),
});
export type Session = z.infer<typeof sessionSchema>;

const noArgs = z.object({}).strict();

const fileFilterSchema = z.object({ name: z.string(), extensions: z.array(z.string()) }).strict();

export const api = {
  getSession: { args: noArgs, result: sessionSchema },
  listDocuments: { args: noArgs, result: z.array(documentSummarySchema) },
  getDocument: { args: z.object({ id: idSchema }).strict(), result: documentSchema },
  /** A document's annotations in text order, without their text context: the article is opened with them. */
  listAnnotations: { args: z.object({ documentId: idSchema }).strict(), result: z.array(openedAnnotationSchema) },
  /** Creates the annotation, or replaces the one with the same id: saving twice is harmless. */
  saveAnnotation: { args: annotationDraftSchema, result: annotationSchema },
  /** Deletes the annotation; deleting one that is already gone is harmless. */
  deleteAnnotation: {
    args: z.object({ id: idSchema }).strict(),
    result: z.object({ id: idSchema, deleted: z.boolean() }),
  },
  /**
   * Replaces a document's text with the reviewer's correction, with where each of its annotations
   * now is. An annotation whose span became empty is kept as orphaned, with its old quote.
   */
  saveDocumentText: {
    args: z
      .object({
        documentId: idSchema,
        text: z.string(),
        spans: z.array(z.object({ id: idSchema, start: z.int().nonnegative(), end: z.int().nonnegative() }).strict()),
      })
      .strict(),
    result: z.object({ document: documentSchema, annotations: z.array(annotationSchema) }),
  },
  /**
   * Replaces a document's text with a corrected version of the article and finds every annotation
   * again by its quote and context; answers how many moved, need a look, or are orphaned.
   */
  importNewVersion: {
    args: z.object({ documentId: idSchema, file: uploadedFileSchema }).strict(),
    result: z.object({
      documentId: idSchema,
      total: z.int(),
      unchanged: z.int(),
      moved: z.int(),
      fuzzy: z.int(),
      orphaned: z.int(),
    }),
  },
  getJob: { args: z.object({ id: z.string() }).strict(), result: jobStatusSchema },
  /** Asks a running job to stop; what it did is undone. */
  cancelJob: { args: z.object({ id: z.string() }).strict(), result: jobStatusSchema },
  /** A native save dialog where there is one (`supported: false` in the browser). */
  chooseSavePath: {
    args: z.object({ title: z.string(), defaultName: z.string(), filters: z.array(fileFilterSchema) }).strict(),
    result: z.object({ supported: z.boolean(), path: z.string().nullable() }),
  },
  /** A native open dialog for files or folders where there is one (`supported: false` in the browser). */
  chooseOpenPaths: {
    args: z
      .object({ title: z.string(), filters: z.array(fileFilterSchema), folders: z.boolean(), multiple: z.boolean() })
      .strict(),
    result: z.object({ supported: z.boolean(), paths: z.array(z.string()).nullable() }),
  },
  /** Who changed the annotation, what and when, oldest first. */
  listAnnotationHistory: {
    args: z.object({ annotationId: idSchema }).strict(),
    result: z.array(annotationEventSchema),
  },
  /** What the dataset dialogs need: a folder to suggest, whether there are native dialogs, the reviewers. */
  getDatasetOptions: { args: noArgs, result: datasetOptionsSchema },
  /** Starts exporting a dataset as a job; its result is an export result (`shared/datasets.ts`). */
  startDatasetExport: { args: exportRequestSchema, result: z.object({ jobId: z.string() }) },
  /** Reads annotation files and says what importing them would do, writing nothing. */
  previewDatasetImport: { args: importSourceSchema, result: importPreviewSchema },
  /** Imports what a preview found; annotations changed in the file replace the library's only when asked. */
  applyDatasetImport: {
    args: z.object({ previewId: z.string(), onConflict: z.enum(conflictChoices).default('keep') }).strict(),
    result: importResultSchema,
  },
  /** Forgets a preview that will not be applied. */
  discardDatasetImport: { args: z.object({ previewId: z.string() }).strict(), result: z.object({ discarded: z.boolean() }) },
  /** A page of the library's documents in the order asked for, with how many pass the filters. */
  listLibrary: { args: libraryPageRequestSchema, result: libraryPageSchema },
  /** The sources, languages and statuses the library's filters offer, with their counts. */
  getLibraryFacets: { args: noArgs, result: libraryFacetsSchema },
  /** Documents and annotation notes holding every word searched for, best first, with marked passages. */
  searchLibrary: {
    args: z.object({ query: z.string().max(500), offset: z.int().nonnegative(), limit: z.int().min(1).max(200) }).strict(),
    result: searchPageSchema,
  },
  /** Starts importing files, folders or pasted text into the library; follow the job for its summary. */
  startLibraryImport: { args: z.object({ source: libraryImportSourceSchema }).strict(), result: z.object({ jobId: z.string() }) },
  updateDocumentMetadata: { args: z.object({ id: idSchema, metadata: editableMetadataSchema }).strict(), result: libraryRowSchema },
  setDocumentStatus: { args: z.object({ id: idSchema, status: z.enum(documentStatuses) }).strict(), result: libraryRowSchema },
  /** Copies a document with its annotations; answers the copy. */
  duplicateDocument: { args: z.object({ id: idSchema }).strict(), result: libraryRowSchema },
  /** Moves documents to the trash, from which this session can restore them. */
  deleteDocuments: { args: z.object({ ids: z.array(idSchema).min(1).max(1000) }).strict(), result: z.object({ deleted: z.int() }) },
  restoreDocuments: { args: z.object({ ids: z.array(idSchema).min(1).max(1000) }).strict(), result: z.object({ restored: z.int() }) },
  /** This session's trash, the most recently deleted first. */
  listDeletedDocuments: { args: noArgs, result: z.array(deletedDocumentSchema) },
  /**
   * Makes an imported article the new version of an existing document: the document takes its text
   * and its annotations are found again in it; the imported copy is deleted.
   */
  mergeImportedVersion: {
    args: z.object({ documentId: idSchema, importedId: idSchema }).strict(),
    result: versionReportSchema,
  },
  /** The document's annotated report as one self-contained HTML file, made now from what is stored. */
  getReportHtml: {
    args: z.object({ documentId: idSchema, pageSize: z.enum(pageSizes).default('A4') }).strict(),
    result: z.object({ html: z.string() }),
  },
  /** Writes the document's report as HTML, PDF, Markdown or ClaimReview JSON-LD to a file on the host. */
  exportReport: { args: reportExportRequestSchema, result: reportExportResultSchema },
} satisfies Record<ApiMethodName, { args: z.ZodType; result: z.ZodType }>;

export type ApiArgs<M extends ApiMethodName> = z.input<(typeof api)[M]['args']>;
export type ApiResult<M extends ApiMethodName> = z.output<(typeof api)[M]['result']>;

/** The API as the renderer sees it, whatever the transport. */
export type FactmarkApi = { [M in ApiMethodName]: (args: ApiArgs<M>) => Promise<ApiResult<M>> };

export const apiErrorCodes = ['invalid_arguments', 'not_found', 'conflict', 'unauthorized', 'internal'] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
}

/** What crosses either transport: a value, or an error in words a user can read. */
export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** What the desktop app's preload exposes on `window.factmark`: each method answers with the envelope. */
export type ApiBridge = { [M in ApiMethodName]: (args: ApiArgs<M>) => Promise<ApiResponse<ApiResult<M>>> };
