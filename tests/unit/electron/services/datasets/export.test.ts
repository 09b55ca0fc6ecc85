import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportRequest } from '../../../../../shared/datasets';
import type { DocumentEntry } from '../../../../../shared/formats';
import { databasePathIn, useTempFolder } from '../../../../support/temp-database';
import { makeAnnotation, makeDocument, spanOf, trickyEntry } from '../../../shared/formats/corpus';
import { openTestLibrary, testProgress } from './library';

/** Three articles with different statuses, dates, labels and reviewers, and the tricky one. */
function corpus(): DocumentEntry[] {
  const moscow = { ...makeDocument('doc-moscow', 'A Hamas delegation visited Moscow, TASS reported.'), status: 'done' as const, publishedAt: '2023-10-26' };
  const hospital = { ...makeDocument('doc-hospital', 'The hospital was hit, officials said. It was a disgrace.'), status: 'new' as const, publishedAt: '2023-10-18' };
  const undated = { ...makeDocument('doc-undated', 'Nothing was tagged here.'), status: 'reviewed' as const, publishedAt: null };
  return [
    trickyEntry('doc-tricky'),
    {
      document: moscow,
      annotations: [
        makeAnnotation(moscow, { id: 'm-claim', label: 'attributed_claim', ...spanOf(moscow.text, 'A Hamas delegation visited Moscow'), reviewer: 'jonas' }),
      ],
    },
    {
      document: hospital,
      annotations: [
        makeAnnotation(hospital, { id: 'h-claim', label: 'attributed_claim', ...spanOf(hospital.text, 'The hospital was hit'), reviewer: 'amira' }),
        makeAnnotation(hospital, { id: 'h-opinion', label: 'opinion', ...spanOf(hospital.text, 'It was a disgrace'), reviewer: 'jonas' }),
      ],
    },
    { document: undated, annotations: [] },
  ];
}

describe('dataset export', () => {
  const tempFolder = useTempFolder();

  function library() {
    const folder = tempFolder();
    const opened = openTestLibrary(databasePathIn(folder));
    opened.add(corpus());
    return { folder, ...opened };
  }

  async function exportLines(request: Omit<ExportRequest, 'path' | 'format'>) {
    const { folder, services } = library();
    const path = join(folder, 'out.jsonl');
    const result = await services.datasets.export({ format: 'jsonl', path, ...request }, testProgress());
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n').filter((line) => line !== '').map((line) => JSON.parse(line));
    return { result, lines, ids: lines.map((line) => line.document.id as string) };
  }

  it('exports the whole library in id order, one native line per document with every annotation', async () => {
    const { result, lines, ids } = await exportLines({});
    expect(ids).toEqual(['doc-hospital', 'doc-moscow', 'doc-tricky', 'doc-undated']);
    expect(lines[2].document).toEqual(trickyEntry('doc-tricky').document);
    expect(lines[2].annotations.map((annotation: { id: string }) => annotation.id).sort()).toEqual(trickyEntry().annotations.map((a) => a.id).sort());
    expect(result).toMatchObject({ kind: 'file', files: ['out.jsonl'], documents: 4, annotations: 10, splits: [] });
  });

  it('filters by status, by label, by publication date and to one document', async () => {
    expect((await exportLines({ scope: { statuses: ['done', 'reviewed'] } })).ids).toEqual(['doc-moscow', 'doc-undated']);
    expect((await exportLines({ scope: { withLabels: ['opinion'] } })).ids).toEqual(['doc-hospital', 'doc-tricky']);
    expect((await exportLines({ scope: { publishedFrom: '2023-10-20', publishedTo: '2023-10-26' } })).ids).toEqual(['doc-moscow', 'doc-tricky']);
    expect((await exportLines({ scope: { documentId: 'doc-moscow' } })).ids).toEqual(['doc-moscow']);
  });

  it("keeps only a reviewer's documents and annotations when the scope names one", async () => {
    const { lines } = await exportLines({ scope: { reviewer: 'jonas' } });
    expect(lines.map((line) => [line.document.id, line.annotations.map((a: { id: string }) => a.id)])).toEqual([
      ['doc-hospital', ['h-opinion']],
      ['doc-moscow', ['m-claim']],
    ]);
  });

  it('writes only the labels asked for', async () => {
    const { lines, result } = await exportLines({ labels: ['opinion'] });
    expect(lines.flatMap((line) => line.annotations.map((a: { label: string }) => a.label))).toEqual(['opinion', 'opinion', 'opinion']);
    expect(result.annotations).toBe(3);
  });

  it('writes brat as a folder with its configuration and a .txt and .ann per document', async () => {
    const { folder, services } = library();
    const path = join(folder, 'brat-export');
    const result = await services.datasets.export({ format: 'brat', path }, testProgress());
    expect(result.kind).toBe('folder');
    expect(readdirSync(join(path, 'annotations')).sort()).toEqual(
      ['annotation.conf', 'visual.conf', ...['doc-hospital', 'doc-moscow', 'doc-tricky', 'doc-undated'].flatMap((id) => [`${id}.ann`, `${id}.txt`])].sort(),
    );
    expect(readFileSync(join(path, 'annotations', 'doc-tricky.txt'), 'utf8')).toBe(trickyEntry().document.text);
  });

  it('splits into train, dev and test folders of files, each document in one part', async () => {
    const { folder, services } = library();
    const path = join(folder, 'split');
    const result = await services.datasets.export({ format: 'doccano', path, split: { ratios: [50, 25, 25], seed: '7' } }, testProgress());
    expect(result.splits.map((split) => split.name)).toEqual(['train', 'dev', 'test']);
    expect(result.splits.reduce((sum, split) => sum + split.documents, 0)).toBe(4);
    const idsIn = (name: string) =>
      existsSync(join(path, `${name}.jsonl`))
        ? readFileSync(join(path, `${name}.jsonl`), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).id as string)
        : [];
    const parts = ['train', 'dev', 'test'].map(idsIn);
    expect(parts.flat().sort()).toEqual(['doc-hospital', 'doc-moscow', 'doc-tricky', 'doc-undated']);
    expect(parts.map((ids) => ids.length)).toEqual(result.splits.map((split) => split.documents));
  });

  it('puts each document in the same part for the same seed, in a whole export and in a filtered one', async () => {
    const { folder, services, add } = library();
    add(Array.from({ length: 300 }, (_, n) => ({ document: makeDocument(`bulk-${n}`, `Article ${n}.`), annotations: [] })));
    const partsOf = async (name: string, request: Partial<ExportRequest>) => {
      const path = join(folder, name);
      await services.datasets.export({ format: 'jsonl', path, split: { ratios: [80, 10, 10], seed: '42' }, ...request }, testProgress());
      return new Map(
        ['train', 'dev', 'test'].flatMap((part) =>
          readFileSync(join(path, `${part}.jsonl`), 'utf8').split('\n').filter(Boolean).map((line) => [JSON.parse(line).document.id as string, part]),
        ),
      );
    };
    const whole = await partsOf('first', {});
    expect(await partsOf('second', {})).toEqual(whole);
    const filtered = await partsOf('filtered', { scope: { statuses: ['in_progress'] } });
    expect(filtered.size).toBe(301);
    for (const [id, part] of filtered) expect(whole.get(id)).toBe(part);
    const other = await partsOf('other-seed', { split: { ratios: [80, 10, 10], seed: '43' } });
    expect([...other].filter(([id, part]) => whole.get(id) !== part).length).toBeGreaterThan(20);
  });

  it('refuses a folder that is not empty, and writes nothing there', async () => {
    const { folder, services } = library();
    const path = join(folder, 'taken');
    mkdirSync(path);
    writeFileSync(join(path, 'notes.txt'), 'mine');
    await expect(services.datasets.export({ format: 'brat', path }, testProgress())).rejects.toThrow(/is not empty/);
    expect(readdirSync(path)).toEqual(['notes.txt']);
  });

  it('leaves no partial file when cancelled, and an older file at the path untouched', async () => {
    const { folder, services, add } = library();
    add(Array.from({ length: 450 }, (_, n) => ({ document: makeDocument(`bulk-${String(n).padStart(4, '0')}`, `Article ${n}.`), annotations: [] })));
    const path = join(folder, 'exports', 'corpus.jsonl');
    mkdirSync(join(folder, 'exports'));
    writeFileSync(path, 'the previous export\n');
    await expect(services.datasets.export({ format: 'jsonl', path }, testProgress(1))).rejects.toThrow('Cancelled');
    expect(readdirSync(join(folder, 'exports'))).toEqual(['corpus.jsonl']);
    expect(readFileSync(path, 'utf8')).toBe('the previous export\n');
  });

  it('removes the folders it made for an export that is cancelled', async () => {
    const { folder, services, add } = library();
    add(Array.from({ length: 450 }, (_, n) => ({ document: makeDocument(`bulk-${n}`, `Article ${n}.`), annotations: [] })));
    const path = join(folder, 'new', 'deeper', 'brat');
    await expect(services.datasets.export({ format: 'brat', path }, testProgress(1))).rejects.toThrow('Cancelled');
    expect(existsSync(join(folder, 'new'))).toBe(false);
  });

  it('runs as a job that reports progress, and a cancelled job leaves nothing behind', async () => {
    const { folder, services, add } = library();
    add(Array.from({ length: 1000 }, (_, n) => ({ document: makeDocument(`bulk-${n}`, `Article ${n}.`), annotations: [] })));
    const done = services.datasets.startExport({ format: 'csv', path: join(folder, 'all.csv') });
    const cancelled = services.datasets.startExport({ format: 'csv', path: join(folder, 'cancelled.csv') });
    services.jobs.cancel(cancelled.jobId);
    await expect.poll(() => services.jobs.status(done.jobId).state).toBe('done');
    await expect.poll(() => services.jobs.status(cancelled.jobId).state).toBe('cancelled');
    expect(services.jobs.status(done.jobId)).toMatchObject({ done: 1004, total: 1004, result: { documents: 1004 } });
    expect(readdirSync(folder).filter((name) => name.endsWith('.csv') || name.includes('partial'))).toEqual(['all.csv']);
  });
});
