/**
 * The library's records as they cross the API: pages of the document list with their sort and
 * filters, full-text search hits with their highlighted snippets, imports and what they produced.
 */
import { z } from 'zod';
import { isoDateSchema } from './attributes';
import { labelIds } from './labels';
import { documentMetadataSchema, documentStatuses, documentSummarySchema, idSchema } from './model';
import { uploadedFileSchema } from './uploads';

const countSchema = z.int().nonnegative();
const timestampSchema = z.iso.datetime({ offset: true });

/** What the list sorts by: metadata, status, dates, or the number of annotations of one label. */
const librarySortFields = ['title', 'publication', 'publishedAt', 'status', 'updatedAt', 'createdAt', ...labelIds] as const;
export type LibrarySortField = (typeof librarySortFields)[number];

const sortDirections = ['asc', 'desc'] as const;
export type SortDirection = (typeof sortDirections)[number];

/** Each filter narrows the list; filters left out do not. */
const libraryFilterSchema = z
  .object({
    /** Part of the title, in any case. */
    titleContains: z.string().trim().min(1).max(500).optional(),
    statuses: z.array(z.enum(documentStatuses)).min(1).optional(),
    /** The exact source; null for documents without one. */
    publication: z.string().max(500).nullable().optional(),
    language: z.string().max(35).nullable().optional(),
    publishedFrom: isoDateSchema.optional(),
    publishedTo: isoDateSchema.optional(),
    /** Only documents with at least one annotation of this label. */
    withLabel: z.enum(labelIds).optional(),
  })
  .strict();
export type LibraryFilter = z.infer<typeof libraryFilterSchema>;

export const libraryPageRequestSchema = z
  .object({
    filter: libraryFilterSchema,
    sort: z.enum(librarySortFields),
    direction: z.enum(sortDirections),
    offset: z.int().nonnegative(),
    limit: z.int().min(1).max(500),
  })
  .strict();
export type LibraryPageRequest = z.infer<typeof libraryPageRequestSchema>;

export const libraryRowSchema = documentSummarySchema.extend({ createdAt: timestampSchema });
export type LibraryRow = z.infer<typeof libraryRowSchema>;

export const libraryPageSchema = z.object({
  /** How many documents pass the filters, for the list's length. */
  total: countSchema,
  rows: z.array(libraryRowSchema),
});
export type LibraryPage = z.infer<typeof libraryPageSchema>;

const facetSchema = z.object({ value: z.string().nullable(), count: countSchema });

/** The values the filters can take, with how many documents have each. */
export const libraryFacetsSchema = z.object({
  total: countSchema,
  publications: z.array(facetSchema),
  languages: z.array(facetSchema),
  statuses: z.array(z.object({ value: z.enum(documentStatuses), count: countSchema })),
});
export type LibraryFacets = z.infer<typeof libraryFacetsSchema>;

/** Metadata as the reviewer edits it: an address must be http(s), a language a tag such as `en` or `pt-BR`. */
export const editableMetadataSchema = documentMetadataSchema
  .extend({
    publication: z.string().trim().min(1).max(500).nullable(),
    author: z.string().trim().min(1).max(500).nullable(),
    url: z
      .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'Use a web address starting with http:// or https://' })
      .max(2000)
      .nullable(),
    credit: z.string().trim().min(1).max(500).nullable(),
    language: z
      .string()
      .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'Use a language tag such as en, ar or pt-BR')
      .nullable(),
  })
  .strict();
export type EditableMetadata = z.infer<typeof editableMetadataSchema>;

/** A document in the trash, restorable until the app that deleted it quits. */
export const deletedDocumentSchema = libraryRowSchema.extend({ deletedAt: timestampSchema });
export type DeletedDocument = z.infer<typeof deletedDocumentSchema>;

/** A piece of a highlighted snippet: text to show as it is, matched or not. */
export const snippetPartSchema = z.object({ text: z.string(), match: z.boolean() });
export type SnippetPart = z.infer<typeof snippetPartSchema>;

export const searchHitSchema = z.object({
  documentId: idSchema,
  /** The title, with the words that matched marked. */
  title: z.array(snippetPartSchema),
  publication: z.string().nullable(),
  publishedAt: z.string().nullable(),
  /** Where the words matched: the title, the text, or the note of an annotation. */
  field: z.enum(['title', 'text', 'note']),
  /** The matching passage; "…" marks where it was cut from the text around it. */
  snippet: z.array(snippetPartSchema),
  /** The first matched words in the document's text, as code-point offsets; null when the match is not in the text. */
  match: z.object({ start: z.int().nonnegative(), end: z.int().nonnegative() }).nullable(),
  /** The annotation whose note matched. */
  annotationId: idSchema.nullable(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchPageSchema = z.object({ total: countSchema, hits: z.array(searchHitSchema) });
export type SearchPage = z.infer<typeof searchPageSchema>;

/** The file types the importer reads (articles, and JSONL collections of them), for file pickers. */
export const importableExtensions = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.docx', '.pdf', '.jsonl', '.ndjson'] as const;

/** The most the interface sends in one import, all files together: larger imports go by path. */
export const MAX_IMPORT_UPLOAD_BYTES = 40 * 1024 * 1024;
/** The longest text or HTML pasted as one article, in characters. */
export const MAX_PASTED_CHARACTERS = 10_000_000;

const uploadedBytes = (contentBase64: string) => Math.floor((contentBase64.length * 3) / 4);

/** What to import: files sent from the interface, paths on the machine running the app, or pasted text. */
export const libraryImportSourceSchema = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('uploads'), files: z.array(uploadedFileSchema).min(1).max(1000) })
    .strict()
    .refine((source) => source.files.reduce((sum, file) => sum + uploadedBytes(file.contentBase64), 0) <= MAX_IMPORT_UPLOAD_BYTES, {
      message: `Files sent from the interface may total ${MAX_IMPORT_UPLOAD_BYTES / 1024 / 1024} MB at most; import larger ones from a folder or path`,
      path: ['files'],
    }),
  z.object({ kind: z.literal('paths'), paths: z.array(z.string().min(1).max(4096)).min(1).max(1000) }).strict(),
  z
    .object({
      kind: z.literal('paste'),
      content: z.string().trim().min(1, 'Nothing was pasted').max(MAX_PASTED_CHARACTERS),
      format: z.enum(['text', 'html']),
      title: z.string().trim().min(1).max(500).optional(),
    })
    .strict(),
]);
export type LibraryImportSourceInput = z.input<typeof libraryImportSourceSchema>;

/** What merging a new version did to the existing document's annotations. */
export const versionReportSchema = z.object({
  documentId: idSchema,
  total: countSchema,
  unchanged: countSchema,
  moved: countSchema,
  fuzzy: countSchema,
  orphaned: countSchema,
});
export type VersionReport = z.infer<typeof versionReportSchema>;

/** An imported article whose title or address is already in the library: maybe a new version of it. */
export const possibleVersionSchema = z.object({
  documentId: idSchema,
  title: z.string(),
  existingId: idSchema,
  existingTitle: z.string(),
  matchedBy: z.enum(['title', 'url']),
  /** Whether its annotations can be carried over now (articles from text, Markdown and HTML files). */
  mergeable: z.boolean(),
});
export type PossibleVersion = z.infer<typeof possibleVersionSchema>;

export const importFailureSchema = z.object({
  file: z.string(),
  line: z.int().positive().nullable(),
  message: z.string(),
});
export type ImportFailure = z.infer<typeof importFailureSchema>;

/** What an import did, once it finished: every file is either imported whole or named with why it failed. */
export const importSummarySchema = z.object({
  imported: countSchema,
  files: countSchema,
  failed: z.array(importFailureSchema),
  /** Files left out of a folder because their type cannot be imported. */
  skipped: z.array(z.object({ file: z.string(), reason: z.string() })),
  possibleVersions: z.array(possibleVersionSchema),
  /** How many possible versions there were: more than listed when the list is full. */
  possibleVersionCount: countSchema,
  /** The document imported when the import brought in exactly one, to open it. */
  onlyDocumentId: idSchema.nullable(),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

/** The kind of job an import runs as. */
export const LIBRARY_IMPORT_JOB = 'library-import';
