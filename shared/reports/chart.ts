/**
 * The summary chart as plain SVG drawn from the report's counts: annotations by label and
 * attributed claims by verdict, one horizontal bar each. Every bar is named and numbered in text,
 * so the chart reads the same printed in black and white; it scales to the width it is given.
 */
import { verdicts } from '../attributes';
import { labelList } from '../labels';
import { formatNumber, verdictText } from './format';
import { escapeHtml } from './markup';
import type { ReportModel } from './model';
import { verdictColours } from './palette';

interface Bar {
  name: string;
  value: number;
  colour: string;
}

interface Panel {
  title: string;
  bars: readonly Bar[];
}

const width = 480;
const nameWidth = 150;
const barStart = nameWidth + 10;
/** Room after the longest bar for its number. */
const barSpace = width - barStart - 48;
const rowHeight = 22;
const barHeight = 14;
const titleHeight = 26;
const panelGap = 14;
const font = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

function panelHeight(panel: Panel): number {
  return titleHeight + panel.bars.length * rowHeight;
}

function drawPanel(panel: Panel, top: number): string {
  const largest = Math.max(1, ...panel.bars.map((bar) => bar.value));
  const rows = panel.bars.map((bar, position) => {
    const y = top + titleHeight + position * rowHeight;
    const length = bar.value === 0 ? 0 : Math.max(2, Math.round((bar.value / largest) * barSpace));
    const middle = y + rowHeight / 2;
    return [
      `<text x="${nameWidth}" y="${middle}" text-anchor="end" dominant-baseline="central" font-size="12" fill="#1f2328">${escapeHtml(bar.name)}</text>`,
      `<rect x="${barStart}" y="${middle - barHeight / 2}" width="${length}" height="${barHeight}" rx="2" fill="${bar.colour}" stroke="#1f2328" stroke-width="${length === 0 ? 0 : 0.5}"/>`,
      `<text x="${barStart + length + 6}" y="${middle}" dominant-baseline="central" font-size="12" font-weight="600" fill="#1f2328">${formatNumber(bar.value)}</text>`,
    ].join('');
  });
  const title = `<text x="0" y="${top + 16}" font-size="13" font-weight="700" fill="#1f2328">${escapeHtml(panel.title)}</text>`;
  return title + rows.join('');
}

function describe(panels: readonly Panel[]): string {
  return panels.map((panel) => `${panel.title}: ${panel.bars.map((bar) => `${bar.name} ${formatNumber(bar.value)}`).join(', ')}.`).join(' ');
}

/** An inline `<svg>` element of the report's label counts and claim verdicts, with a text description. */
export function summaryChart(report: Pick<ReportModel, 'labelCounts' | 'claimVerdicts'>): string {
  const panels: Panel[] = [
    {
      title: 'Annotations by label',
      bars: labelList.map((label) => ({ name: label.name, value: report.labelCounts[label.id], colour: label.colour })),
    },
    {
      title: 'Attributed claims by verdict',
      bars: verdicts.map((verdict) => ({ name: verdictText(verdict), value: report.claimVerdicts[verdict], colour: verdictColours[verdict] })),
    },
  ];
  let top = 0;
  const drawn = panels.map((panel) => {
    const svg = drawPanel(panel, top);
    top += panelHeight(panel) + panelGap;
    return svg;
  });
  const height = top - panelGap;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="summary-chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="chart-title chart-description" font-family="${escapeHtml(font)}">`,
    `<title id="chart-title">Annotations by label and claims by verdict</title>`,
    `<desc id="chart-description">${escapeHtml(describe(panels))}</desc>`,
    ...drawn,
    '</svg>',
  ].join('');
}
