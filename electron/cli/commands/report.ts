/** `factmark report`: the annotated report of one document, as HTML, PDF, Markdown or ClaimReview JSON-LD. */
import { isTextFormat, reportFormatNames, reportFormats, type ReportFormat } from '../../../shared/reports/export';
import type { PageSize } from '../../../shared/reports/html';
import { ServiceError } from '../../services/errors';
import { DataError, exitCodes, parseCommandArgs, UsageError, type CliCommand, type CliIo } from '../command';
import { openLibrary } from '../library';

const help = `Usage: factmark report DOC --format FORMAT [options]

Writes the annotated report of one document: its metadata and reviewers, a summary of what was
found and what needs attention, the text with every annotation highlighted and numbered, tables
of claims, casualty figures, facts and opinions, and the definitions of the labels.

  DOC                    the document's id, or its title when no other document has that title
  --format FORMAT        html, pdf, md (Markdown) or claimreview (schema.org ClaimReview JSON-LD,
                         one for each attributed claim with a verdict)
  --out PATH             the file to write (required for pdf); standard output when not given
  --page-size SIZE       a4 (default) or letter: the paper the PDF, and the HTML when printed, use
  --review-url URL       claimreview: the address of the page that publishes the fact check (required)
  --publisher NAME       claimreview: the organisation publishing it (default: each claim's reviewer)
  --db PATH              the database (default: the app's own)
  -h, --help             show this help

A PDF is printed by the Chromium or Chrome installed on this computer, headless and off the
network (set CHROME_PATH to choose one). An existing file at --out is replaced once the report
is complete. Ctrl+C stops the report and writes nothing.`;

const pageSizeOptions: Record<string, PageSize> = { a4: 'A4', letter: 'Letter' };

function parse(args: readonly string[]) {
  return parseCommandArgs(
    args,
    {
      format: { type: 'string' },
      out: { type: 'string' },
      'page-size': { type: 'string' },
      'review-url': { type: 'string' },
      publisher: { type: 'string' },
    },
    true,
  );
}

interface ReportArguments {
  document: string;
  format: ReportFormat;
  pageSize: PageSize;
  out: string | undefined;
  claimReview?: { reviewUrl: string; publisher?: string };
}

/** What the arguments ask for, checked. */
function reportArguments({ values, positionals }: ReturnType<typeof parse>): ReportArguments {
  const [document, ...extra] = positionals;
  if (document === undefined || document.trim() === '') throw new UsageError('give the id or the title of the document to report on');
  if (extra.length > 0) throw new UsageError(`one document at a time; quote a title with spaces ("${positionals.join(' ')}")`);
  if (!values.format) throw new UsageError('--format is required');
  if (!(reportFormats as readonly string[]).includes(values.format)) throw new UsageError(`--format: "${values.format}" is not one of ${reportFormats.join(', ')}`);
  const format = values.format as ReportFormat;
  const pageSize = pageSizeOptions[(values['page-size'] ?? 'a4').toLowerCase()];
  if (!pageSize) throw new UsageError(`--page-size: "${values['page-size']}" is not a4 or letter`);
  if (!isTextFormat(format) && !values.out) throw new UsageError(`--out is required for ${reportFormatNames[format]}: it is not text for standard output`);
  if (format !== 'claimreview' && (values['review-url'] !== undefined || values.publisher !== undefined)) {
    throw new UsageError('--review-url and --publisher are for --format claimreview');
  }
  if (format === 'claimreview' && !values['review-url']) throw new UsageError('--review-url is required for claimreview: the address of the page that publishes the fact check');
  return {
    document,
    format,
    pageSize,
    out: values.out,
    ...(format === 'claimreview'
      ? { claimReview: { reviewUrl: values['review-url']!, ...(values.publisher ? { publisher: values.publisher } : {}) } }
      : {}),
  };
}

function tellClaimReviews(io: CliIo, count: number | undefined): void {
  if (count === 0) io.err('No attributed claim in the text has a verdict yet, so there is no ClaimReview: the list is empty\n');
}

export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'write the annotated report of a document as HTML, PDF, Markdown or ClaimReview JSON-LD',
  help,
  async run(args, io) {
    const parsed = parse(args);
    if (parsed.values.help) {
      io.out(`${help}\n`);
      return exitCodes.ok;
    }
    const request = reportArguments(parsed);
    const library = openLibrary(parsed.values.db, { create: false });
    const interrupted = new AbortController();
    const stopListening = io.onInterrupt(() => interrupted.abort());
    try {
      const reports = library.services.reports;
      const documentId = reports.findDocument(request.document);
      const { format, pageSize, claimReview } = request;
      if (request.out === undefined) {
        const rendered = await reports.render({ documentId, format, pageSize, ...(claimReview ? { claimReview } : {}) });
        if (interrupted.signal.aborted) throw interrupted.signal.reason;
        // Only text formats come here: a PDF needs --out.
        io.out(rendered.content as string);
        tellClaimReviews(io, rendered.claimReviews);
        return exitCodes.ok;
      }
      const result = await reports.export({ documentId, format, pageSize, path: request.out, ...(claimReview ? { claimReview } : {}) }, interrupted.signal);
      const what = result.claimReviews === undefined ? `the ${reportFormatNames[format]}${format === 'pdf' ? ` (${pageSize})` : ''} report` : `${result.claimReviews} ClaimReview${result.claimReviews === 1 ? '' : 's'}`;
      io.out(`Wrote ${what} of "${library.services.documents.get(documentId).title}" to ${result.path}\n`);
      tellClaimReviews(io, result.claimReviews);
      return exitCodes.ok;
    } catch (error) {
      // Ctrl+C also stops the browser printing the PDF: whatever failed after it, nothing was written.
      if (interrupted.signal.aborted) {
        io.err('Report stopped: nothing was written\n');
        return exitCodes.interrupted;
      }
      if (error instanceof ServiceError && error.code === 'internal') {
        io.err(`factmark report: ${error.message}\n`);
        return exitCodes.internal;
      }
      // The service's refusals and the file system's (no space, no permission) are the user's to fix.
      if (error instanceof ServiceError || (error as NodeJS.ErrnoException).syscall !== undefined) throw new DataError((error as Error).message);
      throw error;
    } finally {
      stopListening();
      library.close();
    }
  },
};
