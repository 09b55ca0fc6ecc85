/**
 * Reports of stored documents: the report model built from a document, its annotations and the
 * people who made and changed them, rendered by the shared renderers as HTML, Markdown or
 * ClaimReview JSON-LD, or printed to PDF by the host's printer, and written to a file in full or
 * not at all (as dataset exports are).
 */
import { basename } from 'node:path';
import { claimReviewJson, claimReviews, ClaimReviewOptionsError } from '../../../shared/reports/claimreview';
import {
  reportExportRequestSchema,
  reportRequestSchema,
  type ClaimReviewRequest,
  type ReportExportRequest,
  type ReportExportResult,
  type ReportFormat,
  type ReportRequest,
} from '../../../shared/reports/export';
import { renderReportHtml, type PageSize } from '../../../shared/reports/html';
import { renderReportMarkdown } from '../../../shared/reports/markdown';
import { buildReport, type ReportModel } from '../../../shared/reports/model';
import type { ReportPdfPrinter } from '../../api/platform';
import type { AnnotationEventRepository } from '../../store/annotation-events';
import type { AnnotationRepository } from '../../store/annotations';
import type { DocumentRepository } from '../../store/documents';
import type { LibraryEntryRepository } from '../../store/library-entries';
import { ExportTarget } from '../datasets/export-target';
import { emojiFontBase64, hasEmoji } from './emoji-font';
import { InvalidInputError, NotFoundError, ServiceError } from '../errors';

export interface ReportServiceOptions {
  documents: DocumentRepository;
  annotations: AnnotationRepository;
  events: AnnotationEventRepository;
  entries: LibraryEntryRepository;
  printPdf: ReportPdfPrinter;
  now: () => string;
}

/** A report in one format: text, or a PDF's bytes. */
export interface RenderedReport {
  content: string | Uint8Array;
  /** ClaimReview: how many claims it reviews (those with a verdict). */
  claimReviews?: number;
}

/** Documents named when a title is shared by several. */
const SHARED_TITLES_LISTED = 5;

function byteLength(content: string | Uint8Array): number {
  return typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class ReportService {
  constructor(private readonly options: ReportServiceOptions) {}

  /**
   * The report of a stored document, made now. Its reviewers are the people who made its
   * annotations, then those who changed them since. Raises NotFoundError for an unknown id.
   */
  report(documentId: string): ReportModel {
    const { documents, annotations, events, now } = this.options;
    const document = documents.get(documentId);
    if (!document) throw new NotFoundError('Document', documentId);
    const report = buildReport(document, annotations.listByDocument(documentId), { generatedAt: now() });
    const editors = events.editorsOf(documentId).map((name) => name.trim()).filter((name) => name !== '');
    return { ...report, metadata: { ...report.metadata, reviewers: [...new Set([...report.metadata.reviewers, ...editors])] } };
  }

  /** The report's HTML, as the Report view shows it. */
  html(documentId: string, pageSize: PageSize = 'A4'): string {
    return renderReportHtml(this.report(documentId), { pageSize });
  }

  /** A document's report in the format asked for. */
  async render(input: ReportRequest): Promise<RenderedReport> {
    const request = reportRequestSchema.parse(input);
    return this.renderModel(this.report(request.documentId), request.format, request.pageSize, request.claimReview);
  }

  /**
   * Writes a document's report to a file. Nothing is touched until the report is made (so that a
   * stopped print leaves nothing behind); an existing file is replaced only once the report is
   * written in full, and a failed export removes what it wrote.
   */
  async export(input: ReportExportRequest, signal?: AbortSignal): Promise<ReportExportResult> {
    const request = reportExportRequestSchema.parse(input);
    const rendered = await this.renderModel(this.report(request.documentId), request.format, request.pageSize, request.claimReview);
    signal?.throwIfAborted();
    const target = await ExportTarget.open(request.path, 'file');
    try {
      await target.append(basename(target.path), rendered.content);
      await target.commit();
      return {
        path: target.path,
        format: request.format,
        bytes: byteLength(rendered.content),
        ...(rendered.claimReviews === undefined ? {} : { claimReviews: rendered.claimReviews }),
      };
    } catch (error) {
      await target.discard();
      throw error;
    }
  }

  /**
   * The id of the document a reference names: its id, or its title (in any case) when exactly one
   * document in the library has it. Raises a not-found error naming the reference, or an invalid-
   * input error listing the documents that share the title.
   */
  findDocument(reference: string): string {
    if (this.options.documents.get(reference)) return reference;
    const ids = this.options.entries.idsTitled(reference.trim(), SHARED_TITLES_LISTED + 1);
    if (ids.length === 1) return ids[0]!;
    if (ids.length === 0) throw new ServiceError('not_found', `No document has the id or the title "${reference}"`);
    const count = ids.length > SHARED_TITLES_LISTED ? `More than ${SHARED_TITLES_LISTED}` : String(ids.length);
    throw new InvalidInputError(`${count} documents are titled "${reference}"; give the id of one: ${ids.slice(0, SHARED_TITLES_LISTED).join(', ')}`);
  }

  private async renderModel(report: ReportModel, format: ReportFormat, pageSize: PageSize, claimReview: ClaimReviewRequest | undefined): Promise<RenderedReport> {
    switch (format) {
      case 'html':
        return { content: renderReportHtml(report, { pageSize }) };
      case 'md':
        return { content: renderReportMarkdown(report) };
      case 'claimreview':
        return this.claimReviews(report, claimReview);
      case 'pdf': {
        // Any of the report's texts may hold emoji: the article, a note, a source, a name.
        const emojiFont = hasEmoji(JSON.stringify(report)) ? await emojiFontBase64() : undefined;
        return { content: await this.print(renderReportHtml(report, { pageSize, emojiFont }), pageSize) };
      }
    }
  }

  private claimReviews(report: ReportModel, request: ClaimReviewRequest | undefined): RenderedReport {
    if (!request) throw new InvalidInputError('ClaimReview needs the address of the page that publishes the fact check');
    try {
      const reviews = claimReviews(report, { reviewUrl: request.reviewUrl, ...(request.publisher ? { publisher: { name: request.publisher } } : {}) });
      return { content: claimReviewJson(reviews), claimReviews: reviews.length };
    } catch (error) {
      if (error instanceof ClaimReviewOptionsError) throw new InvalidInputError(error.message);
      throw error;
    }
  }

  /** A printer's failure (no browser installed, a crash) is the machine's, told in words. */
  private async print(html: string, pageSize: PageSize): Promise<Uint8Array> {
    try {
      return await this.options.printPdf(html, pageSize);
    } catch (error) {
      throw new ServiceError('internal', reason(error));
    }
  }
}
