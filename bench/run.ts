/**
 * `npm run bench [-- --quick]`: measures the editor (and, where present, the store and the
 * library) against floors measured in the same run, prints a Markdown table and writes JSON.
 * Figures are ratios and percentiles, never pass/fail assertions in the test suite.
 */
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumFlags, findChromium } from '../tests/e2e/support/browser';
import { editorBenchmarks } from './editor';
import { markdownTable, writeResults, type Result } from './support/results';

const quick = process.argv.includes('--quick');
const settings = quick
  ? { quick, runs: 3, tags: 30, editorSizes: [{ characters: 1_000_000, annotations: 10_000 }] }
  : {
      quick,
      runs: 5,
      tags: 200,
      editorSizes: [
        { characters: 10_000, annotations: 100 },
        { characters: 100_000, annotations: 1_000 },
        { characters: 1_000_000, annotations: 10_000 },
      ],
    };

async function main() {
  const outDirectory = join(process.cwd(), 'out');
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumFlags, headless: true });
  const results: Result[] = [];
  try {
    console.error(`Benchmarking the editor (${settings.runs} runs each)…`);
    results.push(...(await editorBenchmarks({ browser, outDirectory, sizes: settings.editorSizes, runs: settings.runs, tags: settings.tags })));
  } finally {
    await browser.close();
  }
  const file = writeResults(join(process.cwd(), 'bench-results'), results, settings);
  console.log(markdownTable(results));
  console.log(`\nResults written to ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
