/**
 * What only the desktop app can do: native file dialogs, and printing with its own browser
 * engine. The web host has none: the interface then asks for paths on the machine running the
 * host instead, and reports are printed by the installed Chromium.
 */
import type { PageSize } from '../../shared/reports/html';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Prints a report's HTML (laid out for `pageSize`) to PDF; fails with a message a user can read. */
export type ReportPdfPrinter = (html: string, pageSize: PageSize) => Promise<Uint8Array>;

export interface Platform {
  /** Asks where to save a file; null when the user cancels. */
  chooseSavePath?(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  /** Asks for files or folders to open; null when the user cancels. */
  chooseOpenPaths?(options: { title: string; filters: FileFilter[]; folders: boolean; multiple: boolean }): Promise<string[] | null>;
  /** Prints reports to PDF; without it, the installed Chromium prints them headless. */
  printReportPdf?: ReportPdfPrinter;
}
