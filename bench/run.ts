/**
 * `npm run bench [-- --quick] [-- --only editor,store,library]`: measures the editor, the store and
 * the library against floors measured in the same run, prints a Markdown table and writes JSON.
 * Figures are ratios and percentiles, never pass/fail assertions in the test suite.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumFlags, findChromium } from '../tests/e2e/support/browser';
import { editorBenchmarks } from './editor';
import { libraryBenchmarks } from './library';
import { buildLibrary, storeBenchmarks } from './store';
import { describeLibrary, fullLibrary, libraryOf } from './support/library-corpus';
import { markdownTable, writeResults, type Result } from './support/results';

const quick = process.argv.includes('--quick');
const groupNames = ['editor', 'store', 'library'] as const;
const onlyAt = process.argv.indexOf('--only');
const groups = new Set<string>(onlyAt >= 0 ? (process.argv[onlyAt + 1] ?? '').split(',') : groupNames);
const unknown = [...groups].filter((group) => !(groupNames as readonly string[]).includes(group));
if (unknown.length > 0) {
  console.error(`Unknown benchmark group ${unknown.join(', ')}: --only takes a list of ${groupNames.join(', ')}`);
  process.exit(2);
}
const settings = quick
  ? {
      quick,
      groups: [...groups],
      runs: 2,
      scrollRuns: 1,
      scrolledShare: 0.25,
      tags: 30,
      editorSizes: [{ characters: 1_000_000, annotations: 10_000 }],
      library: libraryOf(1_000),
      memorySizes: [250, 1_000],
    }
  : {
      quick,
      groups: [...groups],
      runs: 5,
      scrollRuns: 5,
      scrolledShare: 1,
      tags: 200,
      editorSizes: [
        { characters: 10_000, annotations: 100 },
        { characters: 100_000, annotations: 1_000 },
        { characters: 1_000_000, annotations: 10_000 },
      ],
      library: fullLibrary,
      memorySizes: [2_500, 10_000],
    };

async function main() {
  const outDirectory = join(process.cwd(), 'out');
  const folder = mkdtempSync(join(tmpdir(), 'factmark-bench-'));
  const note = quick ? ', quick: a smaller library' : '';
  const results: Result[] = [];
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumFlags, headless: true });
  try {
    if (groups.has('editor')) {
      console.error(`Benchmarking the editor (${settings.runs} runs each)…`);
      results.push(...(await editorBenchmarks({ browser, outDirectory, folder, sizes: settings.editorSizes, runs: settings.runs, scrollRuns: settings.scrollRuns, scrolledShare: settings.scrolledShare, tags: settings.tags })));
    }
    let libraryPath = join(folder, 'library.sqlite');
    if (groups.has('store')) {
      console.error(`Benchmarking the store (${settings.runs} runs each)…`);
      const store = await storeBenchmarks({ shape: settings.library, memorySizes: settings.memorySizes, runs: settings.runs, folder, note });
      results.push(...store.results);
      libraryPath = store.libraryPath;
    } else if (groups.has('library')) buildLibrary(settings.library, libraryPath);
    if (groups.has('library')) {
      console.error(`Benchmarking the library (${settings.runs} runs each)…`);
      results.push(...(await libraryBenchmarks({ browser, outDirectory, libraryPath, size: `${describeLibrary(settings.library)}${note}`, runs: settings.runs })));
    }
  } finally {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  }
  const file = writeResults(join(process.cwd(), 'bench-results'), results, settings);
  console.log(markdownTable(results));
  console.log(`\nResults written to ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
