import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelIds } from '../../../../../shared/labels';
import type { DocumentEntry } from '../../../../../shared/formats';
import { liveBytes } from '../../../../support/live-memory';
import { databasePathIn, useTempFolder } from '../../../../support/temp-database';
import { makeAnnotation, makeDocument } from '../../../shared/formats/corpus';
import { openTestLibrary, testProgress } from './library';

const paragraph = 'Palestinian authorities 😀 say more than 6,500 people have been killed in Gaza, the ministry said on Thursday. ';

function bulkEntry(n: number): DocumentEntry {
  const text = Array.from({ length: 8 }, (_, line) => `${line}: ${paragraph.repeat(8)}`).join('\n');
  const document = makeDocument(`doc-${String(n).padStart(5, '0')}`, text, `Article ${n}`);
  const annotations = Array.from({ length: 10 }, (_, k) =>
    makeAnnotation(document, { id: `ann-${n}-${k}`, label: labelIds[k % 4]!, start: k * 100, end: k * 100 + 60, note: `Note ${k} on article ${n}` }),
  );
  return { document, annotations };
}

describe('dataset export memory', () => {
  const tempFolder = useTempFolder();

  it('streams thousands of documents with flat memory: growth far below the size of the output', async () => {
    const folder = tempFolder();
    const library = openTestLibrary(databasePathIn(folder));
    for (let batch = 0; batch < 6; batch++) library.add(Array.from({ length: 500 }, (_, n) => bulkEntry(batch * 500 + n)));
    const path = join(folder, 'corpus.jsonl');
    const progress = testProgress();
    const baseline = liveBytes();
    let peak = baseline;
    progress.onPage = () => {
      peak = Math.max(peak, liveBytes());
    };

    const result = await library.services.datasets.export({ format: 'jsonl', path }, progress);

    const outputBytes = statSync(path).size;
    expect(result.documents).toBe(3000);
    expect(result.annotations).toBe(30_000);
    expect(outputBytes).toBeGreaterThan(30 * 1024 * 1024);
    expect(progress.reports.length).toBeGreaterThan(10);
    expect(peak - baseline).toBeLessThan(outputBytes / 10);
  }, 60_000);
});
