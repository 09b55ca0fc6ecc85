/**
 * CSV (write only, RFC 4180): a header row, then one row per annotation with its document id,
 * offsets, quote, label, note and one column per attribute (empty where the label has no such
 * attribute). Evidence, a list, is written as JSON. Cells are written as they are, without a
 * leading apostrophe against spreadsheet formulas: the file is data for training, and a quote
 * that begins with "=" or "-" must reach the trainer unchanged. Rows end with CRLF; the file has
 * no byte-order mark, so the first column name reads the same in every CSV reader.
 */
import { TextIndex } from '../text/offsets';
import { exportedSpans } from './export-spans';
import type { FormatNotice, FormatWriter, WriteOptions } from './types';
import { exportName, includedLabels } from './write-options';

/** Every attribute of every label, each with its own column, in a fixed order. */
const csvAttributeColumns = [
  'verdict',
  'source',
  'sourceKind',
  'evidence',
  'count',
  'min',
  'max',
  'qualifier',
  'category',
  'population',
  'asOf',
  'holder',
] as const;

export const csvColumns = [
  'documentId',
  'annotationId',
  'label',
  'start',
  'end',
  'quote',
  'note',
  'confidence',
  'reviewer',
  ...csvAttributeColumns,
] as const;

/** A cell: quoted when it holds a comma, a quote or a line break, with quotes doubled. */
function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : JSON.stringify(value);
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function row(values: readonly unknown[]): string {
  return `${values.map(cell).join(',')}\r\n`;
}

/** A writer of CSV, one row per annotation. */
export function createCsvWriter(options: WriteOptions = {}): FormatWriter {
  const file = `${exportName(options)}.csv`;
  const labels = includedLabels(options);
  return {
    begin: () => [{ file, text: row(csvColumns) }],
    write: (entry) => {
      const notices: FormatNotice[] = [];
      const spans = exportedSpans(entry, labels, new TextIndex(entry.document.text), file, notices);
      const text = spans
        .map(({ annotation, quote }) => {
          const attributes: Record<string, unknown> = annotation.attributes;
          return row([
            entry.document.id,
            annotation.id,
            annotation.label,
            annotation.start,
            annotation.end,
            quote,
            annotation.note,
            annotation.confidence,
            annotation.reviewer,
            ...csvAttributeColumns.map((column) => attributes[column]),
          ]);
        })
        .join('');
      return { parts: text ? [{ file, text }] : [], notices };
    },
    end: () => [],
  };
}
