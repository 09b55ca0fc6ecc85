/** What each API method does: one line per method, calling the services. */
import type { z } from 'zod';
import type { api } from '../../shared/api';
import type { ApiMethodName } from '../../shared/api-methods';
import type { Services } from '../services';
import { importFileOf } from './uploads';

type Handler<M extends ApiMethodName> = (
  services: Services,
  args: z.output<(typeof api)[M]['args']>,
) => z.input<(typeof api)[M]['result']> | Promise<z.input<(typeof api)[M]['result']>>;

export const handlers: { [M in ApiMethodName]: Handler<M> } = {
  getSession: (services) => services.session(),
  listDocuments: (services) => services.documents.list(),
  getDocument: (services, { id }) => services.documents.get(id),
  listAnnotations: (services, { documentId }) => services.annotations.listOpened(documentId),
  saveAnnotation: (services, draft) => services.annotations.save(draft),
  deleteAnnotation: (services, { id }) => services.annotations.delete(id),
  listAnnotationHistory: (services, { annotationId }) => services.annotations.history(annotationId),
  saveDocumentText: (services, { documentId, text, spans }) => services.textCorrections.saveText(documentId, text, spans),
  importNewVersion: (services, { documentId, file }) => services.newVersions.importNewVersion(documentId, importFileOf(file)),
  getJob: (services, { id }) => services.jobs.status(id),
  cancelJob: (services, { id }) => services.jobs.cancel(id),
  chooseSavePath: async ({ platform }, options) =>
    platform.chooseSavePath ? { supported: true, path: await platform.chooseSavePath(options) } : { supported: false, path: null },
  chooseOpenPaths: async ({ platform }, options) =>
    platform.chooseOpenPaths ? { supported: true, paths: await platform.chooseOpenPaths(options) } : { supported: false, paths: null },
  getDatasetOptions: (services) => services.datasets.datasetOptions(),
  startDatasetExport: (services, request) => services.datasets.startExport(request),
  previewDatasetImport: (services, source) => services.datasets.previewImport(source),
  applyDatasetImport: (services, { previewId, onConflict }) => services.datasets.applyImport(previewId, onConflict),
  discardDatasetImport: (services, { previewId }) => services.datasets.discardImport(previewId),
  listLibrary: (services, request) => services.library.page(request),
  getLibraryFacets: (services) => services.library.facets(),
  searchLibrary: (services, { query, offset, limit }) => services.search.search(query, offset, limit),
  startLibraryImport: (services, { source }) =>
    services.libraryImports.start(source.kind === 'uploads' ? { kind: 'files', files: source.files.map(importFileOf) } : source),
  updateDocumentMetadata: (services, { id, metadata }) => services.library.updateMetadata(id, metadata),
  setDocumentStatus: (services, { id, status }) => services.library.setStatus(id, status),
  duplicateDocument: (services, { id }) => services.library.duplicate(id),
  deleteDocuments: (services, { ids }) => services.library.delete(ids),
  restoreDocuments: (services, { ids }) => services.library.restore(ids),
  listDeletedDocuments: (services) => services.library.trash(),
  mergeImportedVersion: (services, { documentId, importedId }) => services.versions.merge(documentId, importedId),
  getReportHtml: (services, { documentId, pageSize }) => ({ html: services.reports.html(documentId, pageSize) }),
  exportReport: (services, request) => services.reports.export(request),
};
