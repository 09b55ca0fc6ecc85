/** The Report view's export buttons: each a format and, for PDF, a paper size. */
import { reportFormatNames, type ReportFormat } from '../../shared/reports/export';
import type { PageSize } from '../../shared/reports/html';

export interface ReportExportChoice {
  id: string;
  /** The button's words after "Export". */
  name: string;
  format: ReportFormat;
  pageSize: PageSize;
}

export const reportExportChoices: readonly ReportExportChoice[] = [
  { id: 'html', name: reportFormatNames.html, format: 'html', pageSize: 'A4' },
  { id: 'pdf-a4', name: `${reportFormatNames.pdf} (A4)`, format: 'pdf', pageSize: 'A4' },
  { id: 'pdf-letter', name: `${reportFormatNames.pdf} (Letter)`, format: 'pdf', pageSize: 'Letter' },
  { id: 'md', name: reportFormatNames.md, format: 'md', pageSize: 'A4' },
  { id: 'claimreview', name: reportFormatNames.claimreview, format: 'claimreview', pageSize: 'A4' },
];

