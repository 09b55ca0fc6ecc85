import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentEntry } from '../../../../shared/formats';
import { databasePathIn, useTempFolder } from '../../../support/temp-database';
import { makeAnnotation, makeDocument, spanOf } from '../../shared/formats/corpus';
import { writeTestLibrary } from '../services/datasets/library';
import { cli, factmark, requireBuiltCli } from './built-cli';

const fixtures = fileURLToPath(new URL('../../../fixtures/datasets/bad/', import.meta.url));

const moscowText = 'A Hamas delegation visited Moscow, TASS reported.';
const hospitalText = 'The hospital was hit, officials said. It was a disgrace.';

function corpus(): DocumentEntry[] {
  const moscow = { ...makeDocument('doc-moscow', moscowText), status: 'done' as const };
  const hospital = makeDocument('doc-hospital', hospitalText);
  const bulk = Array.from({ length: 40 }, (_, n) => ({ document: makeDocument(`bulk-${n}`, `Article number ${n}.`), annotations: [] }));
  return [
    {
      document: moscow,
      annotations: [makeAnnotation(moscow, { id: 'm-claim', label: 'attributed_claim', ...spanOf(moscowText, 'A Hamas delegation visited Moscow'), reviewer: 'jonas', attributes: { verdict: 'supported' } })],
    },
    {
      document: hospital,
      annotations: [makeAnnotation(hospital, { id: 'h-opinion', label: 'opinion', ...spanOf(hospitalText, 'It was a disgrace'), reviewer: 'amira' })],
    },
    ...bulk,
  ];
}

// Each test starts the built command several times, each start a new Node process.
describe('the factmark command line', { timeout: 30_000 }, () => {
  const tempFolder = useTempFolder();

  beforeAll(requireBuiltCli);

  function library() {
    const folder = tempFolder();
    const path = databasePathIn(folder);
    writeTestLibrary(path, corpus());
    return { folder, path };
  }

  it('starts with a line that lets the system run it with Node', () => {
    expect(readFileSync(cli, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('lists its commands and exit codes with --help, and each command its options', () => {
    const overview = factmark('--help');
    expect(overview.status).toBe(0);
    expect(overview.stdout).toMatch(/^\s+import\s/mu);
    expect(overview.stdout).toMatch(/^\s+export\s/mu);
    expect(overview.stdout).toMatch(/^\s+stats\s/mu);
    expect(overview.stdout).toContain('2 wrong usage');
    const exportHelp = factmark('export', '--help');
    expect(exportHelp.status).toBe(0);
    expect(exportHelp.stdout).toContain('--split 80/10/10');
  });

  it('exits 2 with the reason on standard error when used wrongly', () => {
    const { path } = library();
    for (const args of [['export', '--db', path, '--format', 'brat'], ['export', '--db', path, '--format', 'xml', '--out', 'x'], ['export', '--split', '80/30', '--format', 'csv', '--out', 'x'], ['frobnicate'], []]) {
      const run = factmark(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stdout + run.stderr, args.join(' ')).not.toBe('');
    }
    expect(factmark('export', '--db', path, '--format', 'brat').stderr).toBe('factmark export: --out is required\nSee "factmark export --help".\n');
    expect(factmark('export', '--split', '80/30', '--format', 'csv', '--out', 'x').stderr).toContain('the split 80/30 adds up to 110, not 100');
  });

  it('imports annotations, matching documents by id and by text', () => {
    const { folder, path } = library();
    const file = join(folder, 'spans.jsonl');
    writeFileSync(file, [{ id: 'doc-moscow', text: moscowText, label: [[27, 33, 'verified_fact']] }, { text: hospitalText, label: [[0, 20, 'Attributed claim']] }].map((line) => JSON.stringify(line)).join('\n'));

    const run = factmark('import', file, '--db', path, '--reviewer', 'cli user');

    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('2 new annotations');
    expect(run.stdout).toContain('Imported 2 annotations');
    const stats = JSON.parse(factmark('stats', '--db', path, '--json').stdout);
    expect(stats.annotationsByReviewer).toContainEqual({ reviewer: 'cli user', annotations: 2 });
  });

  it('exits 1 for a bad file, naming file, line and annotation on standard error, and imports nothing', () => {
    const { path } = library();
    const before = factmark('stats', '--db', path, '--json').stdout;

    const run = factmark('import', join(fixtures, 'offsets-out-of-range.jsonl'), join(fixtures, 'unknown-label.jsonl'), '--db', path);

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('offsets-out-of-range.jsonl, line 2, annotation #2, document doc-hospital: the span 38–99 runs past the end of the text (56 characters)');
    expect(run.stderr).toContain('unknown-label.jsonl, line 1, annotation #2, document doc-moscow: the label "rumour" is not one of the labels');
    expect(run.stderr).toContain('Nothing was imported.');
    expect(factmark('stats', '--db', path, '--json').stdout).toBe(before);
  });

  it('exports with a split and a seed, the same seed giving the same files', () => {
    const { folder, path } = library();
    const exportTo = (name: string, seed: string) => factmark('export', '--db', path, '--format', 'doccano', '--out', join(folder, name), '--split', '80/10/10', '--seed', seed);

    const first = exportTo('first', '7');

    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^Exported 42 documents and 2 annotations as doccano JSONL to .*first \(train \d+, dev \d+, test \d+\)\n$/u);
    const files = readdirSync(join(folder, 'first')).sort();
    expect(files).toEqual(['dev.jsonl', 'test.jsonl', 'train.jsonl']);
    expect(exportTo('second', '7').status).toBe(0);
    for (const file of files) expect(readFileSync(join(folder, 'second', file), 'utf8')).toBe(readFileSync(join(folder, 'first', file), 'utf8'));
    expect(exportTo('third', '8').status).toBe(0);
    expect(files.map((file) => readFileSync(join(folder, 'third', file), 'utf8'))).not.toEqual(files.map((file) => readFileSync(join(folder, 'first', file), 'utf8')));
  });

  it('exports a filtered set with chosen labels, and shows progress on standard error only when asked', () => {
    const { folder, path } = library();
    const out = join(folder, 'done.jsonl');
    const quiet = factmark('export', '--db', path, '--format', 'jsonl', '--out', out, '--status', 'done', '--labels', 'Attributed claim');
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toBe('');
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.document.id, line.annotations.map((a: { id: string }) => a.id)])).toEqual([['doc-moscow', ['m-claim']]]);

    const loud = factmark('export', '--db', path, '--format', 'csv', '--out', join(folder, 'all.csv'), '--progress');
    expect(loud.status).toBe(0);
    expect(loud.stderr).toContain('Exported 42 of 42 documents (100%)');
  });

  it('counts documents and annotations by status, label, reviewer and verdict', () => {
    const { path } = library();
    const run = factmark('stats', '--db', path);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Documents: 42 (new 0, in progress 41, done 1, reviewed 0)');
    expect(run.stdout).toContain('Annotations: 2');
    expect(run.stdout).toMatch(/Attributed claim\s+1\n/u);
    expect(run.stdout).toMatch(/By reviewer:\n\s+amira\s+1\n\s+jonas\s+1\n/u);
    expect(run.stdout).toMatch(/Attributed claim: Supported\s+1\n/u);
  });

  it('carries a whole library into a new database through native JSONL', () => {
    const { folder, path } = library();
    const file = join(folder, 'library.jsonl');
    expect(factmark('export', '--db', path, '--format', 'jsonl', '--out', file).status).toBe(0);
    const copy = join(folder, 'copy.sqlite');
    const imported = factmark('import', file, '--db', copy);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain('created 42 documents');
    expect(factmark('stats', '--db', copy, '--json').stdout).toBe(factmark('stats', '--db', path, '--json').stdout);
  });

  it('refuses to read a database that is not there, and leaves none behind after a failed import', () => {
    const folder = tempFolder();
    const missing = join(folder, 'missing.sqlite');
    const stats = factmark('stats', '--db', missing);
    expect(stats.status).toBe(1);
    expect(stats.stderr).toBe(`factmark stats: There is no database at ${missing}\n`);
    expect(factmark('import', join(fixtures, 'unknown-label.jsonl'), '--db', missing).status).toBe(1);
    expect(readdirSync(folder)).toEqual([]);
  });
});
