/** The domain records shared by the store, the API and the editor, as zod schemas and their types. */
import { z } from 'zod';
import { labelIds } from './labels';
import { attributeSchemas, isoDateSchema } from './attributes';

export const documentStatuses = ['new', 'in_progress', 'done', 'reviewed'] as const;
export type DocumentStatus = (typeof documentStatuses)[number];

export const confidences = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof confidences)[number];

/** Whether an annotation's span was found in the current text, found only approximately, or lost. */
export const anchorStates = ['anchored', 'fuzzy', 'orphaned'] as const;
export type AnchorState = (typeof anchorStates)[number];

export const labelIdSchema = z.enum(labelIds);
export const idSchema = z.string().min(1).max(100);
const timestampSchema = z.iso.datetime({ offset: true });
/** Offsets count Unicode code points into the document's text. */
const offsetSchema = z.int().nonnegative();

export const documentMetadataSchema = z.object({
  title: z.string().trim().min(1, 'A title is required').max(500),
  publication: z.string().nullable(),
  author: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: isoDateSchema.nullable(),
  credit: z.string().nullable(),
  language: z.string().nullable(),
});
export type DocumentMetadata = z.infer<typeof documentMetadataSchema>;

export const documentSchema = documentMetadataSchema.extend({
  id: idSchema,
  text: z.string(),
  status: z.enum(documentStatuses),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Document = z.infer<typeof documentSchema>;

export const labelCountsSchema = z.object(
  Object.fromEntries(labelIds.map((id) => [id, z.int().nonnegative()])) as Record<
    (typeof labelIds)[number],
    z.ZodInt
  >,
);
export type LabelCounts = z.infer<typeof labelCountsSchema>;

export const documentSummarySchema = documentMetadataSchema.extend({
  id: idSchema,
  status: z.enum(documentStatuses),
  labelCounts: labelCountsSchema,
  updatedAt: timestampSchema,
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

/** What the reviewer decides about an annotation: everything but its text context and bookkeeping. */
const annotationContentFields = {
  id: idSchema,
  documentId: idSchema,
  start: offsetSchema,
  end: offsetSchema,
  note: z.string().max(20_000),
  confidence: z.enum(confidences).nullable(),
};

/** Fields the store fills in: the text at the offsets, its context, who and when. */
const annotationRecordFields = {
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  reviewer: z.string(),
  anchor: z.enum(anchorStates),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
};

function byLabel<Extra extends z.ZodRawShape>(extra: Extra) {
  return z.discriminatedUnion('label', [
    z.object({ ...extra, label: z.literal('verified_fact'), attributes: attributeSchemas.verified_fact }),
    z.object({ ...extra, label: z.literal('attributed_claim'), attributes: attributeSchemas.attributed_claim }),
    z.object({ ...extra, label: z.literal('casualty_figure'), attributes: attributeSchemas.casualty_figure }),
    z.object({ ...extra, label: z.literal('opinion'), attributes: attributeSchemas.opinion }),
  ]);
}

const spanInOrder = { message: 'start must not be after end', path: ['end'] };

/** An annotation as the editor sends it to be saved. */
export const annotationDraftSchema = byLabel(annotationContentFields).refine((a) => a.start <= a.end, spanInOrder);
export type AnnotationDraft = z.infer<typeof annotationDraftSchema>;
export type AnnotationDraftInput = z.input<typeof annotationDraftSchema>;

/** An annotation as stored. */
export const annotationSchema = byLabel({ ...annotationContentFields, ...annotationRecordFields }).refine(
  (a) => a.start <= a.end,
  spanInOrder,
);
export type Annotation = z.infer<typeof annotationSchema>;

/**
 * An annotation as an article is opened with it: without its document (the one opened), its quote
 * and context (the editor has the text) or its creation time, which for ten thousand annotations
 * would be most of what is read, and kept in memory while the article opens.
 */
export const openedAnnotationSchema = byLabel({
  id: annotationContentFields.id,
  start: annotationContentFields.start,
  end: annotationContentFields.end,
  note: annotationContentFields.note,
  confidence: annotationContentFields.confidence,
  reviewer: annotationRecordFields.reviewer,
  anchor: annotationRecordFields.anchor,
  updatedAt: annotationRecordFields.updatedAt,
});
export type OpenedAnnotation = z.infer<typeof openedAnnotationSchema>;

export const annotationEventActions = ['created', 'updated', 'deleted', 'orphaned'] as const;
export type AnnotationEventAction = (typeof annotationEventActions)[number];

/** The fields of an annotation whose changes its history records. */
export const trackedAnnotationFields = ['label', 'start', 'end', 'quote', 'note', 'confidence', 'attributes'] as const;
export type TrackedAnnotationField = (typeof trackedAnnotationFields)[number];

/** One entry of an annotation's history: each changed field with its value before and after. */
export const annotationEventSchema = z.object({
  seq: z.int(),
  annotationId: idSchema,
  action: z.enum(annotationEventActions),
  reviewer: z.string(),
  at: timestampSchema,
  changes: z.partialRecord(z.enum(trackedAnnotationFields), z.object({ before: z.unknown(), after: z.unknown() })),
});
export type AnnotationEvent = z.infer<typeof annotationEventSchema>;
