/**
 * A report as a file: the formats it is written in, what a request for one says, what an export
 * answers and the file name it suggests. Shared by the API, the reports service, the command line
 * and the Report view.
 */
import { z } from 'zod';
import { idSchema } from '../model';
import { pageSizes, type PageSize } from './html-styles';

export const reportFormats = ['html', 'pdf', 'md', 'claimreview'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export const reportFormatNames: Record<ReportFormat, string> = {
  html: 'HTML',
  pdf: 'PDF',
  md: 'Markdown',
  claimreview: 'ClaimReview JSON-LD',
};

/** Text formats can go to standard output; a PDF needs a file. */
export function isTextFormat(format: ReportFormat): boolean {
  return format !== 'pdf';
}

/** What a ClaimReview needs beyond the report: where the fact check is published, and by whom. */
export const claimReviewRequestSchema = z
  .object({
    /** The page that publishes the fact check (ClaimReview's required `url`). */
    reviewUrl: z.string().trim().min(1, "Give the address of the page that publishes the fact check"),
    publisher: z.string().trim().min(1).optional(),
  })
  .strict();
export type ClaimReviewRequest = z.infer<typeof claimReviewRequestSchema>;

const reportFields = {
  documentId: idSchema,
  format: z.enum(reportFormats),
  /** The paper the HTML is laid out for when printed, and the PDF's pages. */
  pageSize: z.enum(pageSizes).default('A4'),
  /** Required for ClaimReview. */
  claimReview: claimReviewRequestSchema.optional(),
};

function claimReviewGiven(request: { format: ReportFormat; claimReview?: ClaimReviewRequest | undefined }, context: z.RefinementCtx): void {
  if (request.format === 'claimreview' && !request.claimReview) {
    context.addIssue({ code: 'custom', path: ['claimReview'], message: "ClaimReview needs the address of the page that publishes the fact check" });
  }
}

export const reportRequestSchema = z.object(reportFields).strict().superRefine(claimReviewGiven);
export type ReportRequest = z.input<typeof reportRequestSchema>;

export const reportExportRequestSchema = z
  .object({
    ...reportFields,
    /** The file to write; one already there is replaced when the report is complete. */
    path: z.string().min(1),
  })
  .strict()
  .superRefine(claimReviewGiven);
export type ReportExportRequest = z.input<typeof reportExportRequestSchema>;

export const reportExportResultSchema = z.object({
  path: z.string(),
  format: z.enum(reportFormats),
  bytes: z.int().nonnegative(),
  /** ClaimReview: how many claims were written (those with a verdict). */
  claimReviews: z.int().nonnegative().optional(),
});
export type ReportExportResult = z.infer<typeof reportExportResultSchema>;

const extensions: Record<ReportFormat, string> = { html: '.html', pdf: '.pdf', md: '.md', claimreview: '.jsonld' };

/** The extension of a report's file, without its dot. */
export function reportExtension(format: ReportFormat): string {
  return extensions[format].slice(1);
}

/** A file name from a title: its letters and digits, lower case, joined by hyphens. */
function slug(title: string): string {
  const words = title.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  let name = '';
  for (const word of words) {
    if (!name) name = word.slice(0, 60);
    else if (name.length + word.length < 60) name = `${name}-${word}`;
    else break;
  }
  return name || 'article';
}

/** The name a report's file gets by default: `<title>-report.html`, `<title>-report-a4.pdf`, `<title>-claimreview.jsonld`. */
export function reportFileName(title: string, format: ReportFormat, pageSize: PageSize = 'A4'): string {
  const kind = format === 'claimreview' ? 'claimreview' : format === 'pdf' ? `report-${pageSize.toLowerCase()}` : 'report';
  return `${slug(title)}-${kind}${extensions[format]}`;
}
