/** The export dialog's form as plain data: its first values, the path it suggests, and the request it makes. */
import { exportWritesFolder, parseSplitRatios, type DatasetOptions, type ExportRequest, type ExportScope } from '../../shared/datasets';
import { formats, type FormatId } from '../../shared/formats';
import { labelIds, type LabelId } from '../../shared/labels';
import { documentStatuses, type DocumentStatus } from '../../shared/model';

export type ExportScopeChoice = 'library' | 'open' | 'filtered';

export interface ExportForm {
  format: FormatId;
  /** spaCy-style JSONL: add tokens. */
  tokens: boolean;
  scope: ExportScopeChoice;
  statuses: DocumentStatus[];
  /** Documents with one of these labels; none chosen is no condition. */
  withLabels: LabelId[];
  publishedFrom: string;
  publishedTo: string;
  /** Empty for anyone. */
  reviewer: string;
  /** Labels whose annotations are written. */
  labels: LabelId[];
  split: boolean;
  ratios: string;
  seed: string;
  path: string;
  /** Whether the user typed or chose the path; until then it follows the format. */
  pathEdited: boolean;
}

export function initialExportForm(): ExportForm {
  return {
    format: 'jsonl',
    tokens: false,
    scope: 'library',
    statuses: [...documentStatuses],
    withLabels: [],
    publishedFrom: '',
    publishedTo: '',
    reviewer: '',
    labels: [...labelIds],
    split: false,
    ratios: '80/10/10',
    seed: '0',
    path: '',
    pathEdited: false,
  };
}

/** Today's date as YYYY-MM-DD, in the user's time zone. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Whether the export writes a folder of files rather than one file. */
export function writesFolder(form: Pick<ExportForm, 'format' | 'split'>): boolean {
  return exportWritesFolder(form.format, form.split);
}

/** The name the export gets by default: `factmark-<date>` with the format's extension for a single file. */
export function defaultExportName(form: Pick<ExportForm, 'format' | 'split'>): string {
  return `factmark-${today()}${writesFolder(form) ? '' : formats[form.format].extension}`;
}

/** A file or folder name in the folder the host suggests for exports. */
export function inExportFolder(options: Pick<DatasetOptions, 'exportFolder' | 'pathSeparator'>, name: string): string {
  const folder = options.exportFolder.endsWith(options.pathSeparator) ? options.exportFolder : `${options.exportFolder}${options.pathSeparator}`;
  return `${folder}${name}`;
}

/** The suggested destination, in the folder the host suggests. */
export function defaultExportPath(form: Pick<ExportForm, 'format' | 'split'>, options: DatasetOptions): string {
  return inExportFolder(options, defaultExportName(form));
}

/** The request the form makes, or what is wrong with it in words. */
export function exportRequestOf(form: ExportForm, openDocumentId: string | null): ExportRequest | string {
  if (form.labels.length === 0) return 'Choose at least one label to export.';
  if (form.path.trim() === '') return 'Give the path to write the export to.';
  let scope: ExportScope = {};
  if (form.scope === 'open') {
    if (!openDocumentId) return 'No article is open.';
    scope = { documentId: openDocumentId };
  }
  if (form.scope === 'filtered') {
    if (form.statuses.length === 0) return 'Choose at least one status.';
    if (form.publishedFrom && form.publishedTo && form.publishedFrom > form.publishedTo) return 'The first publication date is after the last.';
    scope = {
      ...(form.statuses.length < documentStatuses.length ? { statuses: form.statuses } : {}),
      ...(form.withLabels.length > 0 ? { withLabels: form.withLabels } : {}),
      ...(form.publishedFrom ? { publishedFrom: form.publishedFrom } : {}),
      ...(form.publishedTo ? { publishedTo: form.publishedTo } : {}),
      ...(form.reviewer ? { reviewer: form.reviewer } : {}),
    };
  }
  let split: ExportRequest['split'];
  if (form.split) {
    const ratios = parseSplitRatios(form.ratios);
    if (typeof ratios === 'string') return `${ratios.charAt(0).toUpperCase()}${ratios.slice(1)}.`;
    split = { ratios, seed: form.seed.trim() };
  }
  return {
    format: form.format,
    path: form.path.trim(),
    scope,
    ...(form.labels.length < labelIds.length ? { labels: form.labels } : {}),
    ...(split ? { split } : {}),
    ...(form.tokens && form.format === 'spacy' ? { tokens: true } : {}),
  };
}
