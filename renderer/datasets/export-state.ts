/** The export being run from the dialog: choosing where it goes, starting it as a job, and its outcome. */
import { create } from 'zustand';
import { exportResultSchema, type ExportRequest, type ExportResult } from '../../shared/datasets';
import type { JobStatus } from '../../shared/jobs';
import { api, errorMessage } from '../api';
import { askSavePath } from '../save-path';

interface ExportState {
  /** The running or last export job. */
  jobId: string | null;
  error: string | null;
  /** Asks the host's native save dialog where to write; null when cancelled or unsupported. */
  chooseDestination(title: string, defaultPath: string, extension: string | null): Promise<string | null>;
  start(request: ExportRequest): Promise<void>;
}

export const useExportStore = create<ExportState>((set) => ({
  jobId: null,
  error: null,
  async chooseDestination(title, defaultPath, extension) {
    try {
      return await askSavePath(title, defaultPath, extension);
    } catch (error) {
      set({ error: errorMessage(error) });
      return null;
    }
  },
  async start(request) {
    set({ error: null, jobId: null });
    try {
      const { jobId } = await api.startDatasetExport(request);
      set({ jobId });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
}));

/** The export's result, once its job is done. */
export function exportResultOf(status: JobStatus | null): ExportResult | null {
  if (status?.state !== 'done') return null;
  const parsed = exportResultSchema.safeParse(status.result);
  return parsed.success ? parsed.data : null;
}
