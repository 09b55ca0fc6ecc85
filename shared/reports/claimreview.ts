/**
 * schema.org ClaimReview JSON-LD, one per attributed claim that has a verdict, ready to embed in
 * the fact-check article. Each carries every property Google's fact-check markup requires
 * (claimReviewed, reviewRating with alternateName, url) and the recommended ones the annotation
 * and the article have data for: the review's author and datePublished, itemReviewed as a Claim
 * with its author, datePublished and appearance (the article), and the rating's name and numbers.
 *
 * Verdicts become ratings on a scale from 1 (worst) to 3 (best):
 *   false → 1 "False"; disputed → 2 "Disputed"; supported → 3 "Supported".
 * An unverifiable claim is not on that scale: its rating has the text "Unverifiable" and no
 * numbers. Unchecked claims are not reviewed yet and get no ClaimReview; neither do claims whose
 * text is no longer in the article (their appearance there can no longer be shown).
 *
 * A claim's author is its source, a Person when the source is a witness or anonymous, otherwise
 * an Organization (officials are mostly named for the body they speak for); a claim the
 * publication makes itself is authored by the publication. claimReviewed is the claim's text as
 * it appears in the article, whole: cutting it short could change what was claimed.
 */
import { httpUrlSchema, isoDateSchema } from '../attributes';
import type { SourceKind, Verdict } from '../attributes';
import { verdictText } from './format';
import type { ClaimRow, ReportModel } from './model';

export const SCHEMA_ORG_CONTEXT = 'https://schema.org';

/** Verdicts with a place on the rating scale, and that place. */
const ratingValues: Partial<Record<Verdict, number>> = { false: 1, disputed: 2, supported: 3 };
const WORST_RATING = 1;
const BEST_RATING = 3;

export interface ClaimReviewPublisher {
  name: string;
  url?: string;
}

export interface ClaimReviewOptions {
  /** The page that publishes the fact check: ClaimReview's required `url`, an http(s) address. */
  reviewUrl: string;
  /** The organisation publishing the fact check; without it, each review's author is the reviewer who checked the claim. */
  publisher?: ClaimReviewPublisher;
  /** When the fact check is published (YYYY-MM-DD); by default the day the report was made. */
  datePublished?: string;
}

export class ClaimReviewOptionsError extends Error {
  constructor(
    readonly field: keyof ClaimReviewOptions,
    message: string,
  ) {
    super(message);
    this.name = 'ClaimReviewOptionsError';
  }
}

type Party = { '@type': 'Person' | 'Organization'; name: string; url?: string };

export interface ClaimReviewRating {
  '@type': 'Rating';
  alternateName: string;
  name: string;
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
}

export interface ClaimReview {
  '@context': typeof SCHEMA_ORG_CONTEXT;
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  reviewRating: ClaimReviewRating;
  datePublished: string;
  author?: Party;
  itemReviewed: {
    '@type': 'Claim';
    author?: Party;
    datePublished?: string;
    appearance: { '@type': 'CreativeWork'; url?: string; headline: string; datePublished?: string; author?: Party; publisher?: Party };
  };
}

const personKinds: readonly SourceKind[] = ['witness', 'anonymous'];

function claimAuthor(claim: ClaimRow, publication: string | null): Party | undefined {
  if (claim.source) return { '@type': claim.sourceKind && personKinds.includes(claim.sourceKind) ? 'Person' : 'Organization', name: claim.source };
  if (claim.sourceKind === 'publication' && publication) return { '@type': 'Organization', name: publication };
  return undefined;
}

function rating(claim: ClaimRow): ClaimReviewRating {
  const name = verdictText(claim.verdict);
  const value = ratingValues[claim.verdict];
  return {
    '@type': 'Rating',
    alternateName: name,
    name,
    ...(value === undefined ? {} : { ratingValue: value, bestRating: BEST_RATING, worstRating: WORST_RATING }),
  };
}

function checkedOptions(options: ClaimReviewOptions, generatedAt: string): { url: string; datePublished: string } {
  const url = httpUrlSchema.safeParse(options.reviewUrl.trim());
  if (!url.success) {
    throw new ClaimReviewOptionsError('reviewUrl', `The fact check's address must be an http or https URL; "${options.reviewUrl}" is not`);
  }
  const datePublished = options.datePublished ?? generatedAt.slice(0, 10);
  if (!isoDateSchema.safeParse(datePublished).success) {
    throw new ClaimReviewOptionsError('datePublished', `The fact check's publication date must be written YYYY-MM-DD; "${datePublished}" is not`);
  }
  const publisherUrl = options.publisher?.url;
  if (publisherUrl !== undefined && !httpUrlSchema.safeParse(publisherUrl).success) {
    throw new ClaimReviewOptionsError('publisher', `The publisher's address must be an http or https URL; "${publisherUrl}" is not`);
  }
  return { url: url.data, datePublished };
}

/**
 * The ClaimReviews of a report: one per attributed claim in the text with a verdict other than
 * unchecked, in note order. The reviewers' notes stay out: they are working notes, not for
 * publication. Raises ClaimReviewOptionsError for an address or date that is not valid.
 */
export function claimReviews(report: ReportModel, options: ClaimReviewOptions): ClaimReview[] {
  const { url, datePublished } = checkedOptions(options, report.metadata.generatedAt);
  const { metadata } = report;
  const articleUrl = httpUrlSchema.safeParse(metadata.url ?? undefined);
  const appearance: ClaimReview['itemReviewed']['appearance'] = {
    '@type': 'CreativeWork',
    ...(articleUrl.success ? { url: articleUrl.data } : {}),
    headline: metadata.title,
    ...(metadata.publishedAt ? { datePublished: metadata.publishedAt } : {}),
    ...(metadata.author ? { author: { '@type': 'Person', name: metadata.author } } : {}),
    ...(metadata.publication ? { publisher: { '@type': 'Organization', name: metadata.publication } } : {}),
  };
  return report.tables.claims
    .filter((claim) => claim.placed && claim.verdict !== 'unchecked')
    .map((claim) => {
      const reviewer = claim.reviewer.trim() || metadata.reviewers[0];
      const author: Party | undefined = options.publisher
        ? { '@type': 'Organization', name: options.publisher.name, ...(options.publisher.url ? { url: options.publisher.url } : {}) }
        : reviewer
          ? { '@type': 'Person', name: reviewer }
          : undefined;
      const claimAuthorParty = claimAuthor(claim, metadata.publication);
      return {
        '@context': SCHEMA_ORG_CONTEXT,
        '@type': 'ClaimReview',
        url,
        claimReviewed: claim.quote.replace(/\s+/g, ' ').trim(),
        reviewRating: rating(claim),
        datePublished,
        ...(author ? { author } : {}),
        itemReviewed: {
          '@type': 'Claim',
          ...(claimAuthorParty ? { author: claimAuthorParty } : {}),
          ...(metadata.publishedAt ? { datePublished: metadata.publishedAt } : {}),
          appearance,
        },
      };
    });
}

/** The ClaimReviews as JSON-LD text: an array, pretty-printed. */
export function claimReviewJson(reviews: readonly ClaimReview[]): string {
  return `${JSON.stringify(reviews, null, 2)}\n`;
}

/**
 * The ClaimReviews as one `<script type="application/ld+json">` element to paste into the
 * fact-check page's HTML. `<` is written as \u003c, so no text in a claim can close the element.
 */
export function claimReviewScript(reviews: readonly ClaimReview[]): string {
  return `<script type="application/ld+json">\n${JSON.stringify(reviews, null, 2).replace(/</g, '\\u003c')}\n</script>\n`;
}
