import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NATIVE_FORMAT_VERSION } from '../../../../../shared/formats/jsonl';
import { databasePathIn, useTempFolder } from '../../../../support/temp-database';
import { makeAnnotation, makeDocument, spanOf } from '../../../shared/formats/corpus';
import { openTestLibrary } from './library';

const fixtures = fileURLToPath(new URL('../../../../fixtures/datasets/bad/', import.meta.url));
const moscowText = 'A Hamas delegation visited Moscow, TASS reported.';
const hospitalText = 'The hospital was hit, officials said. It was a disgrace.';

describe('importing bad annotation files', () => {
  const tempFolder = useTempFolder();

  function library() {
    const folder = tempFolder();
    const opened = openTestLibrary(databasePathIn(folder));
    const moscow = makeDocument('doc-moscow', moscowText);
    opened.add([
      { document: moscow, annotations: [makeAnnotation(moscow, { id: 'm-claim', label: 'attributed_claim', ...spanOf(moscowText, 'A Hamas delegation') })] },
      { document: makeDocument('doc-hospital', hospitalText), annotations: [] },
    ]);
    const snapshot = () => ({ documents: opened.documents(), annotations: opened.annotations(), events: opened.eventCount() });
    return { folder, ...opened, snapshot };
  }

  /** Previews and applies the files; answers the error messages and checks that nothing changed. */
  async function importBad(paths: string[]) {
    const { services, snapshot } = library();
    const before = snapshot();
    const preview = await services.datasets.previewImport({ paths });
    const result = services.datasets.applyImport(preview.previewId, 'replace');
    expect(result.files.every((file) => !file.imported)).toBe(true);
    expect(snapshot()).toEqual(before);
    return preview.files.flatMap((file) => file.errors.map((error) => error.message.replace(fixtures, '')));
  }

  it('refuses offsets past the end of the text, naming file, line and annotation', async () => {
    expect(await importBad([join(fixtures, 'offsets-out-of-range.jsonl')])).toEqual([
      'offsets-out-of-range.jsonl, line 2, annotation #2, document doc-hospital: the span 38–99 runs past the end of the text (56 characters)',
    ]);
  });

  it('refuses a span that starts after it ends', async () => {
    expect(await importBad([join(fixtures, 'start-after-end.jsonl')])).toEqual([
      'start-after-end.jsonl, line 1, annotation #2, document doc-hospital: the span 20–4 starts after it ends',
    ]);
  });

  it('refuses a quote that is not the text at its offsets', async () => {
    expect(await importBad([join(fixtures, 'quote-mismatch.json')])).toEqual([
      'quote-mismatch.json, line 14, annotation ls-opinion, document doc-hospital: the quote "It was a scandal" does not match the text at 38–55, which is "It was a disgrace"',
    ]);
  });

  it('refuses a label that is not one of the four', async () => {
    expect(await importBad([join(fixtures, 'unknown-label.jsonl')])).toEqual([
      'unknown-label.jsonl, line 1, annotation #2, document doc-moscow: the label "rumour" is not one of the labels',
    ]);
  });

  it('refuses an annotation id used twice, and a brat file cut short', async () => {
    expect(await importBad([join(fixtures, 'doc-moscow.ann'), join(fixtures, 'doc-hospital.ann')])).toEqual([
      'doc-moscow.ann, line 3, annotation b-fact, document doc-moscow: the annotation id "b-fact" is used again (first on line 1)',
      'doc-hospital.ann, line 2, document doc-hospital: the line is not a brat annotation (T, A, #, R, E, N or * line), and the file ends there without a line break: it looks truncated',
    ]);
  });

  it('refuses a native file with a duplicate id or cut short, and imports the good file beside them', async () => {
    const { folder, services, annotations } = library();
    const hospital = makeDocument('doc-hospital', hospitalText);
    const opinion = makeAnnotation(hospital, { id: 'n-opinion', label: 'opinion', ...spanOf(hospitalText, 'It was a disgrace') });
    const claim = makeAnnotation(hospital, { id: 'n-claim', label: 'attributed_claim', ...spanOf(hospitalText, 'The hospital was hit') });
    const line = (annotations: unknown[]) => JSON.stringify({ formatVersion: NATIVE_FORMAT_VERSION, document: hospital, annotations });
    writeFileSync(join(folder, 'duplicate.jsonl'), `${line([opinion, { ...claim, id: 'n-opinion' }])}\n`);
    const whole = `${line([opinion])}\n${line([claim])}\n`;
    writeFileSync(join(folder, 'truncated.jsonl'), whole.slice(0, whole.length - 40));
    writeFileSync(join(folder, 'good.jsonl'), `${line([claim])}\n`);

    const preview = await services.datasets.previewImport({ paths: ['duplicate.jsonl', 'truncated.jsonl', 'good.jsonl'].map((name) => join(folder, name)) });
    const messages = preview.files.flatMap((file) => file.errors.map((error) => error.message.replace(`${folder}/`, '')));
    expect(messages).toEqual([
      'duplicate.jsonl, line 1, annotation n-opinion, document doc-hospital: the annotation id "n-opinion" is used again (first on line 1)',
      'truncated.jsonl, line 2: the file ends in the middle of a JSON value (a closing brace is missing): it looks truncated',
    ]);

    const result = services.datasets.applyImport(preview.previewId, 'keep');
    expect(result.files.map((file) => [file.file.replace(`${folder}/`, ''), file.imported])).toEqual([
      ['duplicate.jsonl', false],
      ['truncated.jsonl', false],
      ['good.jsonl', true],
    ]);
    expect(annotations().map((annotation) => annotation.id)).toEqual(['n-claim', 'm-claim']);
  });
});
