import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeAnnotation, makeDocument, spanOf } from '../unit/shared/formats/corpus';
import { openTestLibrary } from '../unit/electron/services/datasets/library';
import { useBrowserApp } from './support/browser-app';
import { queryDatabase } from './support/web-host';

const screenshots = join(process.cwd(), 'test-results', 'datasets');
const moscowText = 'A Hamas delegation visited Moscow, TASS reported.\nThe Kremlin said talks were useful.';
const hospitalText = 'The hospital was hit, officials said. It was a disgrace.';

/** A library of two articles, the Moscow one done and most recently changed, so it opens first. */
function makeLibrary(path: string): void {
  const moscow = { ...makeDocument('doc-moscow', moscowText, 'Hamas delegation visits Moscow'), status: 'done' as const, updatedAt: '2024-11-01T10:00:00.000Z' };
  const hospital = { ...makeDocument('doc-hospital', hospitalText, 'Hospital hit'), status: 'new' as const };
  const library = openTestLibrary(path);
  library.add([
    {
      document: moscow,
      annotations: [
        makeAnnotation(moscow, { id: 'm-claim', label: 'attributed_claim', ...spanOf(moscowText, 'A Hamas delegation visited Moscow') }),
        makeAnnotation(moscow, { id: 'm-opinion', label: 'opinion', ...spanOf(moscowText, 'talks were useful') }),
      ],
    },
    { document: hospital, annotations: [makeAnnotation(hospital, { id: 'h-opinion', label: 'opinion', ...spanOf(hospitalText, 'It was a disgrace') })] },
  ]);
  library.db.close();
}

describe('labelled datasets in the browser', () => {
  const app = useBrowserApp({ viewport: { width: 1400, height: 1000 }, screenshots, prepare: makeLibrary });

  it('exports the documents that match a filter, with the chosen labels, to a path typed in the dialog', async () => {
    await app.page.getByRole('button', { name: 'Export dataset…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Export dataset' });
    await dialog.getByLabel('Format').selectOption({ label: 'doccano JSONL' });
    await dialog.getByRole('radio', { name: 'Documents that match…' }).check();
    for (const status of ['New', 'In progress', 'Reviewed']) await dialog.getByRole('checkbox', { name: status, exact: true }).uncheck();
    await dialog.getByRole('group', { name: 'Labels to export' }).getByRole('checkbox', { name: 'Opinion' }).uncheck();
    // The web host has no native dialogs: the path is typed, and defaults to a dated file name.
    await expect.poll(() => dialog.getByLabel('Save to file').inputValue()).toMatch(/factmark-\d{4}-\d{2}-\d{2}\.jsonl$/u);
    expect(await dialog.getByRole('button', { name: 'Choose…' }).count()).toBe(0);
    const out = join(app.folder, 'exports', 'done.jsonl');
    await dialog.getByLabel('Save to file').fill(out);
    await dialog.getByLabel('Save to file').press('Enter');

    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Exported 1 document and 1 annotation to');
    await app.screenshot('export-done.png');
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toEqual([{ id: 'doc-moscow', text: moscowText, label: [[0, 33, 'attributed_claim']] }]);

    await app.page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });

  it('explains in the dialog why an export cannot be written', async () => {
    const taken = join(app.folder, 'taken');
    mkdirSync(taken);
    writeFileSync(join(taken, 'notes.txt'), 'mine');
    await app.page.getByRole('button', { name: 'Export dataset…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Export dataset' });
    await dialog.getByLabel('Format').selectOption({ label: 'brat standoff' });
    await dialog.getByLabel('Save to folder').fill(taken);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect.poll(() => dialog.getByRole('alert').first().textContent()).toContain('is not empty; choose a new or empty folder');
  });

  it('previews annotations picked as a file, then applies them to the open article', async () => {
    const file = join(app.folder, 'spans.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'doc-moscow', text: moscowText, label: [[27, 33, 'verified_fact']] })}\n${JSON.stringify({ text: 'Not in the library.', label: [[0, 3, 'opinion']] })}\n`);
    await app.page.getByRole('button', { name: 'Import annotations…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Import annotations' });
    await dialog.getByLabel('Or pick files here').setInputFiles(file);
    await dialog.getByRole('button', { name: 'Preview' }).click();

    const preview = dialog.getByRole('region', { name: 'Preview' });
    await expect.poll(() => preview.getByRole('status').textContent()).toContain('1 new annotation, 0 already there unchanged');
    expect(await preview.getByRole('row', { name: /Hamas delegation visits Moscow, found by id/u }).count()).toBe(1);
    expect(await preview.getByText('spans.jsonl, line 2: no document in the library has this id or exactly this text').count()).toBe(1);
    await app.screenshot('import-preview.png');
    expect(queryDatabase(app.databasePath, "SELECT id FROM annotations WHERE label = 'verified_fact'")).toEqual([]);

    // Apply has the focus once the preview is shown.
    await app.page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByRole('status').last().textContent()).toContain('Imported 1 annotation, updated 0');
    expect(queryDatabase<{ quote: string; reviewer: string }>(app.databasePath, "SELECT quote, reviewer FROM annotations WHERE label = 'verified_fact'")).toEqual([
      { quote: 'Moscow', reviewer: 'e2e reviewer' },
    ]);
    await app.page.keyboard.press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    // The open article shows the imported fact without a reload: the only verified fact, so the only one "Unsupported".
    await expect.poll(() => app.page.getByRole('listitem').filter({ hasText: 'Unsupported' }).count()).toBe(1);
    await app.screenshot('import-applied.png');
  });
});
