/** The attributes each label records beyond the common ones (see the taxonomy in the design notes). */
import { z } from 'zod';
import type { LabelId } from './labels';

export const verdicts = ['unchecked', 'supported', 'disputed', 'false', 'unverifiable'] as const;
export type Verdict = (typeof verdicts)[number];

export const sourceKinds = ['official', 'agency_media', 'organisation', 'witness', 'anonymous', 'publication'] as const;
export type SourceKind = (typeof sourceKinds)[number];

export const qualifiers = ['exact', 'at_least', 'more_than', 'about', 'up_to', 'fewer_than'] as const;
export type Qualifier = (typeof qualifiers)[number];

export const casualtyCategories = ['killed', 'injured', 'missing', 'hostages', 'displaced', 'other'] as const;
export type CasualtyCategory = (typeof casualtyCategories)[number];

export const isoDateSchema = z.iso.date();
export const httpUrlSchema = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

export const evidenceSchema = z.object({
  citation: z.string().trim().min(1, 'A citation is required'),
  url: httpUrlSchema.optional(),
  accessed: isoDateSchema.optional(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

const countSchema = z.int().nonnegative();

export const verifiedFactAttributesSchema = z.object({
  evidence: z.array(evidenceSchema).default([]),
});

export const attributedClaimAttributesSchema = z.object({
  source: z.string().optional(),
  sourceKind: z.enum(sourceKinds).optional(),
  verdict: z.enum(verdicts).default('unchecked'),
  evidence: z.array(evidenceSchema).default([]),
});

export const casualtyFigureAttributesSchema = z
  .object({
    count: countSchema.optional(),
    min: countSchema.optional(),
    max: countSchema.optional(),
    qualifier: z.enum(qualifiers).optional(),
    category: z.enum(casualtyCategories).optional(),
    population: z.string().optional(),
    source: z.string().optional(),
    asOf: isoDateSchema.optional(),
    verdict: z.enum(verdicts).default('unchecked'),
  })
  .refine((figure) => figure.min === undefined || figure.max === undefined || figure.min <= figure.max, {
    message: 'The minimum must not exceed the maximum',
    path: ['min'],
  })
  .refine((figure) => figure.count === undefined || (figure.min === undefined && figure.max === undefined), {
    message: 'Give either a count or a range, not both',
    path: ['count'],
  });

export const opinionAttributesSchema = z.object({
  holder: z.string().optional(),
});

export const attributeSchemas = {
  verified_fact: verifiedFactAttributesSchema,
  attributed_claim: attributedClaimAttributesSchema,
  casualty_figure: casualtyFigureAttributesSchema,
  opinion: opinionAttributesSchema,
} satisfies Record<LabelId, z.ZodType>;

export type VerifiedFactAttributes = z.infer<typeof verifiedFactAttributesSchema>;
export type AttributedClaimAttributes = z.infer<typeof attributedClaimAttributesSchema>;
export type CasualtyFigureAttributes = z.infer<typeof casualtyFigureAttributesSchema>;
export type OpinionAttributes = z.infer<typeof opinionAttributesSchema>;

/** Attributes a label starts with: every default filled in. */
export function defaultAttributes<L extends LabelId>(label: L): z.infer<(typeof attributeSchemas)[L]> {
  return attributeSchemas[label].parse({}) as z.infer<(typeof attributeSchemas)[L]>;
}

/**
 * The attributes an annotation keeps when its label changes: the fields both labels have (a
 * claim's source and verdict carry over to a casualty figure), every other one at its default.
 */
export function attributesForLabel<L extends LabelId>(label: L, previous: object): z.infer<(typeof attributeSchemas)[L]> {
  const carried = attributeSchemas[label].safeParse(previous);
  return carried.success ? (carried.data as z.infer<(typeof attributeSchemas)[L]>) : defaultAttributes(label);
}

/** How each attribute value is written for people: forms, lists, reports. */
export const verdictNames: Record<Verdict, string> = {
  unchecked: 'Unchecked',
  supported: 'Supported',
  disputed: 'Disputed',
  false: 'False',
  unverifiable: 'Unverifiable',
};

export const sourceKindNames: Record<SourceKind, string> = {
  official: 'Official',
  agency_media: 'News agency or media',
  organisation: 'Organisation',
  witness: 'Witness',
  anonymous: 'Anonymous',
  publication: 'The publication itself',
};

export const qualifierNames: Record<Qualifier, string> = {
  exact: 'exactly',
  at_least: 'at least',
  more_than: 'more than',
  about: 'about',
  up_to: 'up to',
  fewer_than: 'fewer than',
};

export const casualtyCategoryNames: Record<CasualtyCategory, string> = {
  killed: 'killed',
  injured: 'injured',
  missing: 'missing',
  hostages: 'held hostage',
  displaced: 'displaced',
  other: 'other',
};
