import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { buildReport } from '../../../../shared/reports/model';
import { renderReportHtml } from '../../../../shared/reports/html';
import { attributeSchemas } from '../../../../shared/attributes';
import { annotationOn, locate, sampleArticle, sampleDocument, sampleText } from '../../../fixtures/reports/sample-article';

const generatedAt = '2023-10-28T14:05:00.000Z';

function sampleHtml(pageSize?: 'A4' | 'Letter'): string {
  const { document, annotations } = sampleArticle();
  return renderReportHtml(buildReport(document, annotations, { generatedAt }), { pageSize });
}

/** The sample with markup-like text in its title, its text, a source and a note. */
function hostileHtml(): string {
  const injected = '<script>alert("x")</script> <img src=x onerror=alert(1)> Tom & Jerry\'s "quote"';
  const text = sampleText.replace('The Kremlin', `The Kremlin ${injected}`);
  const document = { ...sampleDocument(text), title: `Report <b>bold</b> & "quoted"` };
  const annotation = annotationOn(document, { id: 'hostile', label: 'attributed_claim' }, locate(text, injected));
  const withSource = {
    ...annotation,
    note: '</li><script>alert(2)</script>',
    attributes: attributeSchemas.attributed_claim.parse({
      source: '<i>Agency</i>',
      verdict: 'supported',
      evidence: [{ citation: 'Link <u>here</u>', url: 'https://example.org/a?b=1&c="2"' }],
    }),
  } as typeof annotation;
  return renderReportHtml(buildReport(document, [withSource], { generatedAt }));
}

describe('the HTML report', () => {
  it('escapes everything from the article: text, title, sources, notes and evidence', () => {
    const html = hostileHtml();
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.querySelectorAll('img, b, i, u')).toHaveLength(0);
    expect(document.querySelector('h1')!.textContent).toBe('Report <b>bold</b> & "quoted"');
    expect(document.querySelector('.article-text')!.textContent).toContain('<script>alert("x")</script> <img src=x onerror=alert(1)>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;/li&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toContain('https://example.org/a?b=1&amp;c=&quot;2&quot;');
  });

  it('has no scripts, no style attributes and nothing to fetch', () => {
    const html = sampleHtml();
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('script, link, img, iframe, object, embed')).toHaveLength(0);
    expect(document.querySelectorAll('[style], [src]')).toHaveLength(0);
    expect(document.querySelectorAll('style')).toHaveLength(1);
    expect(document.querySelector('style')!.textContent).not.toMatch(/url\(|@import|@font-face/);
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toContain("default-src 'none'");
  });

  it('links only to http and https addresses', () => {
    const { document: article, annotations } = sampleArticle();
    const fact = annotations.find((a) => a.id === 'fact-siege')!;
    const unsafe = { ...fact, attributes: { evidence: [{ citation: 'Tricky', url: 'javascript:alert(1)' }] } } as typeof fact;
    const html = renderReportHtml(buildReport({ ...article, url: 'javascript:alert(2)' }, [unsafe], { generatedAt }));
    const { document } = parseHTML(html);
    const external = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')!).filter((href) => !href.startsWith('#'));
    expect(external).toEqual([]);
    expect(html).toContain('javascript:alert(1)');
  });

  it('highlights each placed annotation with its label and numbers it once, linking to its note', () => {
    const { document } = parseHTML(sampleHtml());
    const refs = [...document.querySelectorAll('.article-text a.note-ref')].map((a) => a.textContent);
    expect(refs.sort()).toEqual(Array.from({ length: 12 }, (_, n) => `[${n + 1}]`).sort());
    const figure = document.querySelector('#text-7')!;
    expect(figure.className).toBe('hl label-casualty_figure level-1');
    expect(figure.textContent).toBe('more than 6,500 have been killed');
    expect(figure.parentElement!.className).toBe('hl label-attributed_claim level-0');
    expect(document.querySelectorAll('.notes > li')).toHaveLength(13);
  });

  it("puts every annotation's quote in its table", () => {
    const { document: article, annotations } = sampleArticle();
    const { document } = parseHTML(renderReportHtml(buildReport(article, annotations, { generatedAt })));
    const tableOf = { attributed_claim: 'claims', casualty_figure: 'figures', verified_fact: 'facts', opinion: 'opinions' } as const;
    for (const annotation of annotations) {
      const quotes = [...document.querySelectorAll(`#${tableOf[annotation.label]} td.quote`)].map((cell) => cell.textContent);
      expect(quotes).toContain(annotation.quote);
    }
  });

  it('lays the printed pages out on A4 by default and on Letter when asked, with page numbers', () => {
    expect(sampleHtml()).toMatch(/@page\{size:A4;/);
    expect(sampleHtml('Letter')).toMatch(/@page\{size:Letter;/);
    expect(sampleHtml()).toContain('@bottom-center{content:"Page " counter(page) " of " counter(pages)');
  });

  it('shows the attention line and the chart in the summary', () => {
    const { document } = parseHTML(sampleHtml());
    expect(document.querySelector('.attention')!.textContent).toMatch(/^Needs attention: 1 verified fact without evidence/);
    const chart = document.querySelector('#summary svg')!;
    expect(chart.querySelector('desc')!.textContent).toContain('Attributed claim 7');
  });
});
