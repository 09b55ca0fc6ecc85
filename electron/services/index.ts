/** The services over one database, as both transports (IPC and HTTP) and the CLI use them. */
import { APP_NAME } from '../../shared/app';
import type { Session } from '../../shared/api';
import type { Db } from '../store/database';
import { AnnotationEventRepository } from '../store/annotation-events';
import { AnnotationRepository } from '../store/annotations';
import { DatasetDocumentQueries } from '../store/dataset-documents';
import { DatasetStatsQueries } from '../store/dataset-stats';
import { DocumentRepository } from '../store/documents';
import { LibraryEntryRepository } from '../store/library-entries';
import { LibrarySearchRepository } from '../store/library-search';
import { ImportBatchRepository } from '../store/library-staging';
import { AnnotationService } from './annotations';
import { DatasetService } from './datasets/service';
import { DocumentService } from './documents';
import type { Platform, ReportPdfPrinter } from '../api/platform';
import { JobRegistry } from './jobs';
import { LibraryImportService } from './library/imports';
import { LibraryService } from './library/library';
import { SearchService } from './library/search';
import { VersionService } from './library/versions';
import { NewVersionService } from './new-versions';
import { ReportService } from './reports/service';
import { TextCorrectionService } from './text-corrections';
import { TextIndexCache } from './text-indexes';

export interface ServiceOptions {
  /** Native dialogs, where the host has them. */
  platform?: Platform;
  /** Name recorded on the annotations this session creates. */
  reviewer: string;
  databasePath: string;
  now?: () => string;
}

export interface Services {
  documents: DocumentService;
  annotations: AnnotationService;
  textCorrections: TextCorrectionService;
  newVersions: NewVersionService;
  library: LibraryService;
  search: SearchService;
  libraryImports: LibraryImportService;
  versions: VersionService;
  jobs: JobRegistry;
  datasets: DatasetService;
  reports: ReportService;
  platform: Platform;
  session(): Session;
}

/** Printing with the installed Chromium, whose driver is loaded only when a PDF is first asked for. */
const printWithChromium: ReportPdfPrinter = async (html, pageSize) => (await import('./reports/pdf')).printReportPdf(html, { pageSize });

export function createServices(db: Db, options: ServiceOptions): Services {
  const now = options.now ?? (() => new Date().toISOString());
  const documentRepository = new DocumentRepository(db);
  const documents = new DocumentService(db, documentRepository, now);
  const stores = {
    db,
    documents: documentRepository,
    annotations: new AnnotationRepository(db),
    events: new AnnotationEventRepository(db),
    textIndexes: new TextIndexCache(),
    reviewer: options.reviewer,
    now,
  };
  const jobs = new JobRegistry();
  const platform = options.platform ?? {};
  const newVersions = new NewVersionService(stores);
  const entries = new LibraryEntryRepository(db);
  const library = new LibraryService({ ...stores, entries, pid: process.pid });
  const versions = new VersionService({ ...stores, newVersions });
  const libraryImports = new LibraryImportService({ ...stores, entries, batches: new ImportBatchRepository(db), versions, jobs, pid: process.pid });
  // What ended processes left behind: their trash, and imports that never finished.
  library.emptyTrashOfEndedSessions();
  libraryImports.removeAbandonedImports();
  return {
    documents,
    annotations: new AnnotationService(stores),
    textCorrections: new TextCorrectionService(stores),
    newVersions,
    library,
    search: new SearchService({ ...stores, search: new LibrarySearchRepository(db) }),
    libraryImports,
    versions,
    jobs,
    datasets: new DatasetService({
      ...stores,
      datasetDocuments: new DatasetDocumentQueries(db),
      stats: new DatasetStatsQueries(db),
      jobs,
      nativeDialogs: platform.chooseSavePath !== undefined,
    }),
    reports: new ReportService({ ...stores, entries, printPdf: platform.printReportPdf ?? printWithChromium }),
    platform,
    session: () => ({
      appName: APP_NAME,
      reviewer: options.reviewer,
      databasePath: options.databasePath,
      startDocumentId: documents.latestId(),
    }),
  };
}
