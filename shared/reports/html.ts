/**
 * The report as one self-contained HTML file: its styles inline in one `<style>` element, no
 * scripts, no style attributes, nothing fetched (a Content-Security-Policy in the file forbids it
 * too), system fonts only. Everything that comes from the article or the annotations is escaped.
 * The same file is shown in the app, saved as HTML and printed to PDF; printed, it may carry a
 * colour emoji font of its own, in a second `<style>` element.
 */
import { APP_NAME } from '../app';
import { labelList } from '../labels';
import { attentionItems, attentionSummary, formatDate, formatTimestamp } from './format';
import { articleHtml, legendHtml, notesHtml } from './html-article';
import { EMOJI_FONT_FAMILY, reportStyles } from './html-styles';
import type { PageSize } from './html-styles';
import { countTablesHtml, tablesHtml } from './html-tables';
import { summaryChart } from './chart';
import { escapeHtml, linkableUrl } from './markup';
import type { ReportModel } from './model';

export { pageSizes } from './html-styles';
export type { PageSize } from './html-styles';

export interface HtmlReportOptions {
  /** The paper the report is laid out for when printed; A4 unless given. */
  pageSize?: PageSize;
  /**
   * A colour emoji font (WOFF2, in base64) for the file to carry: for printing on a machine that
   * may have none, where the emoji would come out as empty boxes.
   */
  emojiFont?: string;
}

/**
 * The text of the report's `<style>` element for a page size. A page that shows the report in a
 * srcdoc frame passes its own policy on to it, so it allows these texts by their hashes.
 */
export function reportStyleText(pageSize: PageSize): string {
  return `\n${reportStyles(pageSize)}\n`;
}

/** What the file allows itself: its own inline styles and nothing else. */
export const REPORT_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The same, and the font the file carries. */
const REPORT_WITH_FONT_CONTENT_SECURITY_POLICY = `${REPORT_CONTENT_SECURITY_POLICY}; font-src data:`;

function emojiFontStyle(font: string): string {
  return `<style>@font-face{font-family:"${EMOJI_FONT_FAMILY}";src:url(data:font/woff2;base64,${font}) format("woff2")}</style>`;
}

function metadataHtml(report: ReportModel): string {
  const { metadata } = report;
  const url = linkableUrl(metadata.url);
  const rows: [string, string | null][] = [
    ['Publication', metadata.publication && escapeHtml(metadata.publication)],
    ['Author', metadata.author && escapeHtml(metadata.author)],
    ['Credit', metadata.credit && escapeHtml(metadata.credit)],
    ['Published', metadata.publishedAt && escapeHtml(formatDate(metadata.publishedAt))],
    ['Address', url ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : metadata.url && escapeHtml(metadata.url)],
    ['Reviewed by', metadata.reviewers.length > 0 ? escapeHtml(metadata.reviewers.join(', ')) : null],
    ['Last reviewed', metadata.lastReviewedAt && escapeHtml(formatTimestamp(metadata.lastReviewedAt))],
    ['Report made', escapeHtml(formatTimestamp(metadata.generatedAt))],
  ];
  const shown = rows.filter((row): row is [string, string] => row[1] !== null);
  return `<dl class="meta">${shown.map(([name, value]) => `<dt>${name}</dt><dd>${value}</dd>`).join('')}</dl>`;
}

function summaryHtml(report: ReportModel): string {
  const clear = attentionItems(report.attention).length === 0;
  return [
    '<section class="summary-section" id="summary"><h2>Summary</h2>',
    `<p class="attention${clear ? ' clear' : ''}">${escapeHtml(attentionSummary(report.attention))}</p>`,
    `<div class="summary-grid">${countTablesHtml(report)}${summaryChart(report)}</div>`,
    '</section>',
  ].join('');
}

function methodsHtml(report: ReportModel): string {
  const definitions = report.methods.map(
    (label) =>
      `<dt><mark class="hl label-${label.id} level-0">${escapeHtml(label.name)}</mark></dt><dd>${escapeHtml(label.definition)}</dd>`,
  );
  return [
    '<footer class="methods" id="methods"><h2>Methods</h2>',
    `<p>Each annotation marks a span of the article's text with one of ${labelList.length} labels; spans may overlap and nest. The labels used:</p>`,
    `<dl>${definitions.join('')}</dl>`,
    `<p class="colophon">Made with ${escapeHtml(APP_NAME)} on ${escapeHtml(formatTimestamp(report.metadata.generatedAt))}.</p>`,
    '</footer>',
  ].join('');
}

/** The complete HTML document of a report. */
export function renderReportHtml(report: ReportModel, options: HtmlReportOptions = {}): string {
  const title = escapeHtml(report.metadata.title);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${options.emojiFont ? REPORT_WITH_FONT_CONTENT_SECURITY_POLICY : REPORT_CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${escapeHtml(APP_NAME)}">`,
    `<title>Fact-check report: ${title}</title>`,
    `<style>${reportStyleText(options.pageSize ?? 'A4')}</style>`,
    ...(options.emojiFont ? [emojiFontStyle(options.emojiFont)] : []),
    '</head>',
    '<body>',
    `<header class="report-header"><p class="kicker">Fact-check report</p><h1>${title}</h1>${metadataHtml(report)}</header>`,
    '<main>',
    summaryHtml(report),
    `<section id="article"><h2>Annotated article</h2>${legendHtml()}${articleHtml(report)}</section>`,
    `<section id="notes"><h2>Notes</h2>${notesHtml(report)}</section>`,
    tablesHtml(report),
    '</main>',
    methodsHtml(report),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
