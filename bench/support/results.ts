/**
 * The results of a benchmark run: each figure with its floor measured in the same run, the ratio
 * between them and the target, written as JSON and printed as a Markdown table.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Summary } from './stats';

export interface Result {
  group: string;
  name: string;
  unit: 'ms' | 'MB' | '%';
  value: Summary;
  /** Which statistic the figure is judged by: the median, or the 95th percentile for latencies. */
  statistic?: 'median' | 'p95';
  /** The same work done the plainest way, measured in the same run. */
  floor?: Summary;
  /** What the figure must stay under: as a ratio to the floor, or as an absolute value. */
  target?: { ratio?: number; absolute?: number };
}

/** The figure by its statistic. */
export function figureOf(result: Result): number {
  return result.value[result.statistic ?? 'median'];
}

export function ratioOf(result: Result): number | null {
  return result.floor && result.floor.median > 0 ? result.value.median / result.floor.median : null;
}

/** Whether the result meets its targets; null when it has none. */
export function meetsTarget(result: Result): boolean | null {
  if (!result.target) return null;
  const ratio = ratioOf(result);
  const { ratio: maxRatio, absolute } = result.target;
  if (maxRatio !== undefined && (ratio === null || ratio > maxRatio)) return false;
  if (absolute !== undefined && figureOf(result) > absolute) return false;
  return true;
}

const number = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));

function targetText(result: Result): string {
  const parts: string[] = [];
  if (result.target?.ratio !== undefined) parts.push(`≤ ${result.target.ratio}× floor`);
  if (result.target?.absolute !== undefined) parts.push(`≤ ${number(result.target.absolute)} ${result.unit}`);
  return parts.join(', ');
}

export function markdownTable(results: readonly Result[]): string {
  const rows = results.map((result) => {
    const ratio = ratioOf(result);
    const met = meetsTarget(result);
    return [
      result.group,
      result.name,
      `${number(figureOf(result))} ${result.unit} (${result.statistic ?? 'median'} of ${result.value.runs})`,
      `${number(result.value.min)}–${number(result.value.max)}`,
      result.floor ? `${number(result.floor.median)} ${result.unit}` : '',
      ratio === null ? '' : `${ratio.toFixed(2)}×`,
      targetText(result),
      met === null ? '' : met ? 'yes' : '**no**',
    ];
  });
  const header = ['group', 'figure', 'value', 'spread (min–max)', 'floor (median)', 'ratio of medians', 'target', 'met'];
  return [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

/** Writes the results as JSON into `folder` and answers the file's path. */
export function writeResults(folder: string, results: readonly Result[], settings: object): string {
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify({ settings, results: results.map((result) => ({ ...result, ratio: ratioOf(result), met: meetsTarget(result) })) }, null, 2)}\n`);
  return file;
}
