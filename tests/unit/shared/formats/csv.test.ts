import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { createCsvWriter, csvColumns } from '../../../../shared/formats/csv';
import type { DocumentEntry } from '../../../../shared/formats/types';
import { arbitraryEntry, runWriter, trickyEntry } from './corpus';

function rows(entries: DocumentEntry[]): Record<string, string>[] {
  const content = runWriter(createCsvWriter(), entries).files.get('annotations.csv')!;
  return parse(content, { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
}

describe('CSV', () => {
  it('writes one row per annotation with document id, offsets, quote, label and attributes', () => {
    const entry = trickyEntry();
    const table = rows([entry]);
    expect(table).toHaveLength(7);
    const claim = table.find((row) => row.annotationId === 'a-claim')!;
    expect(claim).toEqual({
      documentId: 'doc-tricky',
      annotationId: 'a-claim',
      label: 'attributed_claim',
      start: '2',
      end: '72',
      quote: entry.annotations[0]!.quote,
      note: entry.annotations[0]!.note,
      confidence: 'high',
      reviewer: 'r.alvarez',
      verdict: 'unverifiable',
      source: 'Palestinian authorities',
      sourceKind: 'official',
      evidence: '[{"citation":"Ministry statement, 26 Oct","url":"https://example.org/statement","accessed":"2023-10-27"}]',
      count: '',
      min: '',
      max: '',
      qualifier: '',
      category: '',
      population: '',
      asOf: '',
      holder: '',
    });
    expect(table.find((row) => row.annotationId === 'a-figure')).toMatchObject({ count: '6500', qualifier: 'more_than', category: 'killed', asOf: '2023-10-26' });
  });

  it('keeps every cell intact through a standard CSV reader, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(arbitraryEntry(), { maxLength: 3 }), (entries) => {
        const table = rows(entries);
        const annotations = entries.flatMap((entry) => [...entry.annotations].sort((a, b) => a.start - b.start || a.end - b.end));
        expect(table.map((row) => Object.keys(row))).toEqual(annotations.map(() => [...csvColumns]));
        expect(table.map(({ annotationId, start, end, quote, note }) => ({ annotationId, start, end, quote, note }))).toEqual(
          annotations.map(({ id, start, end, quote, note }) => ({ annotationId: id, start: String(start), end: String(end), quote, note })),
        );
      }),
    );
  });

  it('writes only the header when there is nothing to export', () => {
    expect(runWriter(createCsvWriter(), []).files.get('annotations.csv')).toBe(`${csvColumns.join(',')}\r\n`);
  });
});
