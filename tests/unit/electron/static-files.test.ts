import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, metaContentSecurityPolicy } from '../../../electron/static-files';
import { pageSizes, renderReportHtml } from '../../../shared/reports/html';
import { buildReport } from '../../../shared/reports/model';
import { sampleArticle } from '../../fixtures/reports/sample-article';

const builtPage = fileURLToPath(new URL('../../../out/renderer/index.html', import.meta.url));

function styleSource(style: string): string {
  return `'sha256-${createHash('sha256').update(style).digest('base64')}'`;
}

/** The `style-src` directive of a policy. */
function styleSources(policy: string): string[] {
  return policy.split(';').map((directive) => directive.trim().split(/\s+/u)).find(([name]) => name === 'style-src')!.slice(1);
}

describe("the renderer's Content-Security-Policy", () => {
  it("admits the report's stylesheet for each paper size by its hash, and no other inline style", () => {
    const article = sampleArticle();
    const report = buildReport(article.document, article.annotations, { generatedAt: '2023-10-28T14:05:00.000Z' });
    const hashes = pageSizes.map((pageSize) => {
      const { document } = parseHTML(renderReportHtml(report, { pageSize }));
      return styleSource(document.querySelector('style')!.textContent!);
    });
    expect(styleSources(contentSecurityPolicy)).toEqual(["'self'", ...hashes]);
  });

  it('is written into the built page, without the directive a <meta> element cannot carry', () => {
    if (!existsSync(builtPage)) throw new Error(`${builtPage} is missing: run "npm run build" first`);
    const { document } = parseHTML(readFileSync(builtPage, 'utf8'));
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toBe(metaContentSecurityPolicy);
    expect(metaContentSecurityPolicy).toBe(contentSecurityPolicy.replace("; frame-ancestors 'none'", ''));
  });
});
