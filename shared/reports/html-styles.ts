/**
 * The report's one stylesheet: readable on a phone, printable on A4 or Letter. Highlights carry
 * their label's tint and an underline whose style differs per label, so that they survive
 * black-and-white printing; overlapping highlights are drawn on separate underline levels.
 * Paragraphs, table rows and notes are never cut across pages; page numbers sit in the page's
 * bottom margin. System fonts only, but for the colour emoji font a printed report embeds (see
 * `renderReportHtml`), named last in every stack so that it serves only the emoji.
 */
import { verdicts } from '../attributes';
import { labelList } from '../labels';
import type { UnderlineStyle } from '../labels';
import { verdictColours } from './palette';

export const pageSizes = ['A4', 'Letter'] as const;
export type PageSize = (typeof pageSizes)[number];

/** Underline levels drawn apart; deeper nesting shares the last one. */
export const HIGHLIGHT_LEVELS = 4;

/** A double line needs three pixels to show as two. */
const underlineWidths: Record<UnderlineStyle, number> = { solid: 2, dashed: 2, dotted: 2, double: 4 };

/** The family a report's embedded emoji font goes by. */
export const EMOJI_FONT_FAMILY = 'Factmark Emoji';

const sansFonts = `system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif,"${EMOJI_FONT_FAMILY}"`;
const serifFonts = `Georgia,"Times New Roman",Times,serif,"${EMOJI_FONT_FAMILY}"`;

function labelRules(): string {
  return labelList
    .map(
      (label) =>
        `.hl.label-${label.id}{background-color:${label.tint};border-bottom:${underlineWidths[label.underline]}px ${label.underline} ${label.colour}}` +
        `.chip.label-${label.id}{background:${label.colour}}`,
    )
    .join('\n');
}

function levelRules(): string {
  return Array.from({ length: HIGHLIGHT_LEVELS }, (_, level) => `.hl.level-${level}{padding-bottom:${1 + level * 4}px}`).join('\n');
}

function verdictRules(): string {
  return verdicts.map((verdict) => `.verdict-${verdict}{background:${verdictColours[verdict]}}`).join('\n');
}

const base = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%;print-color-adjust:exact;-webkit-print-color-adjust:exact}
body{margin:0 auto;max-width:52rem;padding:1.25rem 1rem 3rem;color:#1f2328;background:#fff;
  font:16px/1.5 ${sansFonts}}
h1{font-size:1.6rem;line-height:1.25;margin:.25rem 0 .75rem}
h2{font-size:1.2rem;margin:2rem 0 .6rem;padding-bottom:.2rem;border-bottom:1px solid #d0d7de;break-after:avoid}
h3{font-size:1rem;margin:1.2rem 0 .4rem;break-after:avoid}
a{color:#0a4fa8;overflow-wrap:anywhere}
.kicker{margin:0;font-size:.8rem;letter-spacing:.06em;text-transform:uppercase;color:#57606a}
.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0;font-size:.92rem}
.meta dt{font-weight:600;color:#57606a}
.meta dd{margin:0;overflow-wrap:anywhere}
.attention{margin:.75rem 0;padding:.6rem .8rem;border-left:4px solid #9a5b00;background:#fff4e0}
.attention.clear{border-left-color:#1a7f37;background:#e9f6ec}
.summary-grid{display:flex;flex-wrap:wrap;gap:1rem 1.5rem;align-items:flex-start}
table.counts{width:auto;min-width:14rem;flex:0 1 auto}
.summary-chart{display:block;flex:1 1 100%;max-width:30rem;width:100%;height:auto;break-inside:avoid}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;padding:0;margin:0 0 1rem;list-style:none;font-size:.9rem;break-inside:avoid}
.article-text{font-family:${serifFonts};font-size:1.06rem;line-height:2.3}
.article-text p{margin:0 0 .9rem;break-inside:avoid;orphans:3;widows:3}
.hl{color:inherit;background-clip:content-box;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.note-ref{font-family:${sansFonts};font-size:.72em;font-weight:700;
  vertical-align:.45em;line-height:0;color:#1f2328;text-decoration:none;margin-left:.1em;white-space:nowrap}
.chip{display:inline-block;padding:.05rem .4rem;border-radius:.25rem;color:#fff;font-size:.72rem;font-weight:700;letter-spacing:.04em}
.verdict{display:inline-block;padding:.05rem .45rem;border-radius:.25rem;color:#fff;font-size:.8rem;font-weight:600;white-space:nowrap}
.notes{padding-left:2.2rem;font-size:.92rem}
.notes>li{margin:0 0 .7rem;break-inside:avoid}
.notes .excerpt{font-family:${serifFonts};font-style:italic}
.note-details{margin:.1rem 0 0;color:#3d444d}
.note-text{margin:.2rem 0 0;white-space:pre-wrap}
.missing{color:#57606a;font-style:italic}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid #d0d7de;padding:.35rem .5rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
thead th{background:#f3f5f7}
thead{display:table-header-group}
tr{break-inside:avoid}
td.quote{font-family:${serifFonts};font-size:1.04em}
.table-claims td.quote{width:34%}
.table-figures td.quote{width:18%}
.table-facts td.quote,.table-opinions td.quote{width:55%}
td.number,th.number{text-align:right;white-space:nowrap}
td.note,th.note{width:3.2rem;text-align:right}
.evidence{margin:0;padding-left:1rem}
.evidence a{overflow-wrap:anywhere}
.orphan-flag{display:block;font-size:.72rem;line-height:1.2;color:#57606a}
.methods dl{margin:0}
.methods dt{margin-top:.5rem;font-weight:600}
.methods dd{margin:.1rem 0 0}
.colophon{margin-top:1.5rem;font-size:.8rem;color:#57606a}
@media screen and (max-width:640px){
  body{padding:1rem .75rem 2rem;font-size:15px}
  .meta{grid-template-columns:1fr}
  .meta dd{margin-bottom:.3rem}
  table.data thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
  table.data,table.data tbody,table.data tr,table.data td{display:block;width:100%}
  table.data tr{margin:0 0 .8rem;border:1px solid #d0d7de}
  table.data td,table.data td.quote,table.data td.note,table.data td.number{width:auto;text-align:left;border:0;border-top:1px solid #eaeef2}
  table.data td:first-child{border-top:0}
  table.data td::before{content:attr(data-label);display:block;font-family:${sansFonts};font-size:.72rem;font-weight:600;color:#57606a;text-transform:uppercase;letter-spacing:.04em}
}
@media print{
  body{max-width:none;padding:0;font-size:10.5pt}
  a{color:inherit;text-decoration:none}
  h2{margin-top:1.4rem}
  table{font-size:9pt}
  .notes{font-size:9pt}
  .summary-section{break-inside:avoid}
  .back-link{display:none}
}`;

/** The stylesheet of a report printed on the given paper size. */
export function reportStyles(pageSize: PageSize): string {
  const page = `@page{size:${pageSize};margin:16mm 15mm 18mm;@bottom-center{content:"Page " counter(page) " of " counter(pages);font:9pt system-ui,sans-serif;color:#57606a}}`;
  return [page, base, labelRules(), levelRules(), verdictRules()].join('\n');
}
