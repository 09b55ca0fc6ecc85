/**
 * The names of the API's methods, without their schemas, so that the preload script can expose
 * them without bundling the validation library. `api.ts` checks that both lists agree.
 */
export const apiMethodNames = [
  'getSession',
  'listDocuments',
  'getDocument',
  'listAnnotations',
  'saveAnnotation',
  'deleteAnnotation',
  'listAnnotationHistory',
  'saveDocumentText',
  'importNewVersion',
  'getJob',
  'cancelJob',
  'chooseSavePath',
  'chooseOpenPaths',
  'getDatasetOptions',
  'startDatasetExport',
  'previewDatasetImport',
  'applyDatasetImport',
  'discardDatasetImport',
  'listLibrary',
  'getLibraryFacets',
  'searchLibrary',
  'startLibraryImport',
  'updateDocumentMetadata',
  'setDocumentStatus',
  'duplicateDocument',
  'deleteDocuments',
  'restoreDocuments',
  'listDeletedDocuments',
  'mergeImportedVersion',
  'getReportHtml',
  'exportReport',
] as const;

export type ApiMethodName = (typeof apiMethodNames)[number];

/** The IPC channel that carries a method in the desktop app. */
export function ipcChannel(method: ApiMethodName): string {
  return `factmark:${method}`;
}

/** Name of the global the preload script exposes in the desktop app. */
export const BRIDGE_GLOBAL = 'factmark';
