/**
 * Labelled datasets over the library: exports run as jobs; imports of annotations are previewed,
 * then applied or discarded; counts for the command line.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, sep } from 'node:path';
import {
  importSourceSchema,
  type ConflictChoice,
  type DatasetOptions,
  type ExportRequest,
  type ExportResult,
  type ImportPreview,
  type ImportResult,
  type ImportSource,
} from '../../../shared/datasets';
import type { Db } from '../../store/database';
import type { DatasetStatsQueries, LibraryStats } from '../../store/dataset-stats';
import { NotFoundError } from '../errors';
import type { JobProgress, JobRegistry } from '../jobs';
import { exportDataset } from './export';
import { applyFilePlan, type ApplyStores } from './import-apply';
import { planImport, readDatasetFile, summarisePreview, type PlannedFile, type ReadFile } from './import-preview';
import { datasetFilesAtPaths, datasetFilesOfUploads } from './import-sources';
import { LibraryIndex } from './library-index';

/** Previews kept for the user to apply; the oldest are forgotten first. */
const PREVIEWS_KEPT = 4;

export interface DatasetServiceOptions extends ApplyStores {
  db: Db;
  stats: DatasetStatsQueries;
  jobs: JobRegistry;
  /** Whether the host shows native file dialogs. */
  nativeDialogs: boolean;
  reviewer: string;
  now: () => string;
}

/** The folder to suggest for exports: Downloads when there is one, else the home folder. */
function exportFolder(): string {
  const downloads = join(homedir(), 'Downloads');
  return existsSync(downloads) ? downloads : homedir();
}

/** A preview kept for the user to apply: the files read, their plan, and the database's version it was made against. */
interface KeptPreview {
  reads: ReadFile[];
  planned: PlannedFile[];
  version: string;
}

export class DatasetService {
  private readonly previews = new Map<string, KeptPreview>();

  constructor(private readonly options: DatasetServiceOptions) {}

  /** What the dialogs need: where to suggest saving, whether there are native dialogs, who annotated. */
  datasetOptions(): DatasetOptions {
    return {
      exportFolder: exportFolder(),
      pathSeparator: sep,
      nativeDialogs: this.options.nativeDialogs,
      reviewers: this.options.datasetDocuments.reviewers(),
    };
  }

  /** Starts an export as a job and answers its id; the job's result is an `ExportResult`. */
  startExport(request: ExportRequest): { jobId: string } {
    return { jobId: this.options.jobs.start('dataset-export', (progress) => this.export(request, progress)) };
  }

  /** Runs an export, reporting to `progress` (the command line follows it itself). */
  export(request: ExportRequest, progress: JobProgress): Promise<ExportResult> {
    return exportDataset(this.options, request, progress);
  }

  /** Reads the files and says what importing them would do; nothing is written. */
  async previewImport(source: ImportSource): Promise<ImportPreview> {
    const { paths, files, format } = importSourceSchema.parse(source);
    const found = [...(await datasetFilesAtPaths(paths, format)), ...(await datasetFilesOfUploads(files, format))];
    const reads = found.map(readDatasetFile);
    const planned = planImport(reads, this.planContext());
    const previewId = randomUUID();
    this.previews.set(previewId, { reads, planned, version: this.options.datasetDocuments.version() });
    for (const old of [...this.previews.keys()].slice(0, Math.max(0, this.previews.size - PREVIEWS_KEPT))) this.previews.delete(old);
    return summarisePreview(previewId, planned);
  }

  /**
   * Imports what a preview found: as planned then while the library is as it was, else planned again
   * against the library as it is now. Files with errors import nothing; each other file is one
   * transaction, or all of them one when `together`. Annotations whose id is there with other
   * content are replaced only when `choice` says so.
   */
  applyImport(previewId: string, choice: ConflictChoice, together = false): ImportResult {
    const preview = this.previews.get(previewId);
    if (!preview) throw new NotFoundError('Import preview', previewId);
    const { db, datasetDocuments, reviewer, now } = this.options;
    const result: ImportResult = { files: [], documentsCreated: 0, annotationsCreated: 0, annotationsUpdated: 0, changedDocumentIds: [] };
    const changed = new Set<string>();
    const run = () => {
      const time = now();
      const planned = preview.version === datasetDocuments.version() ? preview.planned : planImport(preview.reads, this.planContext());
      for (const { read, plan } of planned) {
        const applied = plan ? db.transaction(() => applyFilePlan(this.options, plan, choice, reviewer, time))() : undefined;
        result.files.push({
          file: read.result.file,
          imported: applied !== undefined,
          documentsCreated: applied?.documentsCreated ?? 0,
          annotationsCreated: applied?.annotationsCreated ?? 0,
          annotationsUpdated: applied?.annotationsUpdated ?? 0,
        });
        result.documentsCreated += applied?.documentsCreated ?? 0;
        result.annotationsCreated += applied?.annotationsCreated ?? 0;
        result.annotationsUpdated += applied?.annotationsUpdated ?? 0;
        for (const id of applied?.changedDocumentIds ?? []) changed.add(id);
      }
    };
    if (together) db.transaction(run)();
    else run();
    this.previews.delete(previewId);
    return { ...result, changedDocumentIds: [...changed] };
  }

  /** Forgets a preview the user cancelled. */
  discardImport(previewId: string): { discarded: boolean } {
    return { discarded: this.previews.delete(previewId) };
  }

  stats(): LibraryStats {
    return this.options.stats.stats();
  }

  private planContext() {
    return { library: new LibraryIndex(this.options), reviewer: this.options.reviewer, now: this.options.now(), newId: randomUUID };
  }
}
