/**
 * Exporting a dataset: the documents in scope are read a page at a time (keyset pagination by id)
 * with their annotations, handed to the format's writer one by one, and its text streamed to the
 * files. Only a page of documents is in memory at once, whatever the size of the library.
 */
import type { DocumentEntry, ExportPart, FormatNotice, FormatWriter } from '../../../shared/formats';
import { formats } from '../../../shared/formats';
import {
  datasetProblemOf,
  exportRequestSchema,
  exportWritesFolder,
  type DatasetProblem,
  type ExportRequest,
  type ExportResult,
  type ExportScope,
} from '../../../shared/datasets';
import type { AnnotationRepository } from '../../store/annotations';
import type { DatasetDocumentQueries } from '../../store/dataset-documents';
import type { JobProgress } from '../jobs';
import { ExportTarget } from './export-target';
import { splitPart, splitPlan } from './split';

/** Documents read from the database at once. */
export const EXPORT_PAGE_SIZE = 200;
/** Notices listed in the result; the rest are counted. */
const NOTICES_LISTED = 200;

export interface ExportStores {
  annotations: AnnotationRepository;
  datasetDocuments: DatasetDocumentQueries;
}

/**
 * Writes the documents in the request's scope in its format to its path, reporting progress per
 * page and stopping at the first page boundary after a cancel. A cancelled or failed export leaves
 * no file behind. Answers what was written.
 */
export async function exportDataset(stores: ExportStores, input: ExportRequest, progress: JobProgress): Promise<ExportResult> {
  const request = exportRequestSchema.parse(input);
  const format = formats[request.format];
  const { scope } = request;
  const plan = request.split ? splitPlan(request.split) : undefined;
  const options = { ...(request.labels ? { labels: request.labels } : {}), ...(request.tokens ? { tokens: true } : {}) };
  const writers: FormatWriter[] = plan ? plan.names.map((name) => format.createWriter({ ...options, name })) : [format.createWriter(options)];
  const splitCounts = writers.map(() => 0);
  const target = await ExportTarget.open(request.path, exportWritesFolder(request.format, plan !== undefined) ? 'folder' : 'file');
  const notices: DatasetProblem[] = [];
  let noticesLeftOut = 0;
  let documents = 0;
  let annotations = 0;

  const write = async (parts: readonly ExportPart[]) => {
    for (const part of parts) await target.append(part.file, part.text);
  };
  const note = (found: readonly FormatNotice[]) => {
    for (const notice of found) {
      if (notices.length < NOTICES_LISTED) notices.push(datasetProblemOf(notice));
      else noticesLeftOut++;
    }
  };

  try {
    const total = stores.datasetDocuments.count(scope);
    progress.report(0, total, `Exporting ${total.toLocaleString('en-US')} document${total === 1 ? '' : 's'}`);
    for (const writer of writers) await write(writer.begin());
    let after = '';
    for (;;) {
      progress.throwIfCancelled();
      const page = readPage(stores, scope, after);
      if (page.length === 0) break;
      for (const entry of page) {
        const part = plan ? splitPart(plan, entry.document.id) : 0;
        const output = writers[part]!.write(entry);
        await write(output.parts);
        note(output.notices);
        splitCounts[part]!++;
        documents++;
        const included = entry.annotations.filter((annotation) => !request.labels || request.labels.includes(annotation.label)).length;
        // A writer reports each annotation it leaves out (orphaned, or one its format cannot show).
        annotations += included - output.notices.filter((notice) => notice.annotation !== undefined && notice.kind !== 'misaligned').length;
      }
      after = page.at(-1)!.document.id;
      progress.report(documents, total, `Exported ${documents.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} documents`);
      await progress.yield();
    }
    progress.throwIfCancelled();
    for (const writer of writers) await write(writer.end());
    await target.commit();
  } catch (error) {
    await target.discard();
    throw error;
  }
  return {
    path: target.path,
    kind: target.kind,
    files: target.files,
    documents,
    annotations,
    splits: plan ? plan.names.map((name, part) => ({ name, documents: splitCounts[part]! })) : [],
    notices,
    noticesLeftOut,
  };
}

/** A page of documents with the annotations to export (only the reviewer's when the scope names one), in two queries. */
function readPage(stores: ExportStores, scope: ExportScope, after: string): DocumentEntry[] {
  const documents = stores.datasetDocuments.page(scope, after, EXPORT_PAGE_SIZE);
  const annotations = stores.annotations.listByDocuments(documents.map((document) => document.id));
  return documents.map((document) => {
    const stored = annotations.get(document.id)!;
    return { document, annotations: scope.reviewer === undefined ? stored : stored.filter((annotation) => annotation.reviewer === scope.reviewer) };
  });
}
