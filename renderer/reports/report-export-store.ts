/**
 * Exporting the open document's report: where the file goes (the host's save dialog where it has
 * one, else a path typed in the export dialog, as for datasets), writing it, and how it went.
 */
import { create } from 'zustand';
import type { DatasetOptions } from '../../shared/datasets';
import { reportExtension, reportFileName, type ClaimReviewRequest, type ReportExportResult } from '../../shared/reports/export';
import { api, errorMessage } from '../api';
import { inExportFolder } from '../datasets/export-form';
import { askSavePath } from '../save-path';
import type { ReportExportChoice } from './export-choices';

export interface ReportDocument {
  id: string;
  title: string;
}

export type ReportExportOutcome =
  | { state: 'running'; choice: ReportExportChoice }
  | { state: 'done'; choice: ReportExportChoice; result: ReportExportResult }
  | { state: 'failed'; choice: ReportExportChoice; message: string };

/** An export waiting in the dialog for its destination (and ClaimReview's address). */
export interface PendingReportExport {
  choice: ReportExportChoice;
  document: ReportDocument;
  suggestedPath: string;
}

interface ReportExportState {
  /** What the host told: its export folder, path separator and whether it has native dialogs. */
  options: DatasetOptions | null;
  pending: PendingReportExport | null;
  outcome: ReportExportOutcome | null;
  /** The last ClaimReview details given, offered again. */
  claimReview: ClaimReviewRequest | null;
  /** Starts an export: straight to the save dialog where the host has one, else to the export dialog. */
  begin(choice: ReportExportChoice, document: ReportDocument): Promise<void>;
  /** The save dialog, from the export dialog; null when cancelled. */
  choosePath(pending: PendingReportExport, current: string): Promise<string | null>;
  /** Writes the report; answers whether it was written. */
  write(pending: Omit<PendingReportExport, 'suggestedPath'>, path: string, claimReview?: ClaimReviewRequest): Promise<boolean>;
  closeDialog(): void;
}

async function hostOptions(known: DatasetOptions | null): Promise<DatasetOptions> {
  return known ?? (await api.getDatasetOptions({}));
}

export const useReportExportStore = create<ReportExportState>((set, get) => ({
  options: null,
  pending: null,
  outcome: null,
  claimReview: null,
  async begin(choice, document) {
    let options: DatasetOptions;
    try {
      options = await hostOptions(get().options);
      set({ options });
    } catch (error) {
      set({ outcome: { state: 'failed', choice, message: errorMessage(error) } });
      return;
    }
    const suggestedPath = inExportFolder(options, reportFileName(document.title, choice.format, choice.pageSize));
    // ClaimReview needs the fact check's address first, so it always asks in the dialog.
    if (!options.nativeDialogs || choice.format === 'claimreview') {
      set({ pending: { choice, document, suggestedPath }, outcome: null });
      return;
    }
    const path = await get().choosePath({ choice, document, suggestedPath }, suggestedPath);
    if (path) await get().write({ choice, document }, path);
  },
  async choosePath({ choice }, current) {
    try {
      return await askSavePath(`Export report as ${choice.name}`, current, reportExtension(choice.format));
    } catch (error) {
      set({ outcome: { state: 'failed', choice, message: errorMessage(error) } });
      return null;
    }
  },
  async write({ choice, document }, path, claimReview) {
    set({ outcome: { state: 'running', choice }, ...(claimReview ? { claimReview } : {}) });
    try {
      const result = await api.exportReport({
        documentId: document.id,
        format: choice.format,
        pageSize: choice.pageSize,
        path,
        ...(claimReview ? { claimReview } : {}),
      });
      set({ outcome: { state: 'done', choice, result }, pending: null });
      return true;
    } catch (error) {
      set({ outcome: { state: 'failed', choice, message: errorMessage(error) } });
      return false;
    }
  },
  closeDialog: () => set({ pending: null }),
}));
