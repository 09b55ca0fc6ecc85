import { describe, expect, it } from 'vitest';
import { reportExportRequestSchema, reportFileName } from '../../../../shared/reports/export';

describe('report files', () => {
  it('names a report after its article, with the format and the paper size of a PDF', () => {
    const title = 'Hamas delegation visits Moscow for talks on hostages';
    expect(reportFileName(title, 'html')).toBe('hamas-delegation-visits-moscow-for-talks-on-hostages-report.html');
    expect(reportFileName(title, 'pdf', 'Letter')).toBe('hamas-delegation-visits-moscow-for-talks-on-hostages-report-letter.pdf');
    expect(reportFileName(title, 'md')).toBe('hamas-delegation-visits-moscow-for-talks-on-hostages-report.md');
    expect(reportFileName(title, 'claimreview')).toBe('hamas-delegation-visits-moscow-for-talks-on-hostages-claimreview.jsonld');
  });

  it('keeps letters of any script, drops accents and punctuation, and cuts a long title at a word', () => {
    expect(reportFileName('«Café» in Zürich: 2,300 homes?', 'md')).toBe('cafe-in-zurich-2-300-homes-report.md');
    expect(reportFileName('وفد من حماس يزور موسكو', 'html')).toBe('وفد-من-حماس-يزور-موسكو-report.html');
    expect(reportFileName('“…”', 'html')).toBe('article-report.html');
    const long = reportFileName('Israel views inviting Hamas leaders to Moscow as an undignified step that gives a tailwind to terror', 'md');
    expect(long).toBe('israel-views-inviting-hamas-leaders-to-moscow-as-an-report.md');
  });

  it('asks a ClaimReview export for the address of the fact check', () => {
    const request = { documentId: 'doc-1', format: 'claimreview', path: '/tmp/claims.jsonld' };
    const missing = reportExportRequestSchema.safeParse(request);
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['claimReview', 'ClaimReview needs the address of the page that publishes the fact check'],
    ]);
    expect(reportExportRequestSchema.parse({ ...request, claimReview: { reviewUrl: ' https://checks.example.org/a ' } })).toMatchObject({
      pageSize: 'A4',
      claimReview: { reviewUrl: 'https://checks.example.org/a' },
    });
  });
});
