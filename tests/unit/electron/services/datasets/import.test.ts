import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/store/database';
import type { DocumentEntry } from '../../../../../shared/formats';
import type { UploadedFile } from '../../../../../shared/uploads';
import { databasePathIn, useTempFolder } from '../../../../support/temp-database';
import { makeAnnotation, makeDocument, spanOf } from '../../../shared/formats/corpus';
import { openTestLibrary } from './library';

const moscowText = 'A Hamas delegation visited Moscow, TASS reported.';
const hospitalText = 'The hospital was hit, officials said. It was a disgrace.';

function corpus(): DocumentEntry[] {
  const moscow = makeDocument('doc-moscow', moscowText);
  const hospital = makeDocument('doc-hospital', hospitalText);
  return [
    { document: moscow, annotations: [makeAnnotation(moscow, { id: 'm-claim', label: 'attributed_claim', ...spanOf(moscowText, 'A Hamas delegation visited Moscow') })] },
    {
      document: hospital,
      annotations: [
        makeAnnotation(hospital, { id: 'h-claim', label: 'attributed_claim', ...spanOf(hospitalText, 'The hospital was hit'), note: 'Which hospital?' }),
        makeAnnotation(hospital, { id: 'h-opinion', label: 'opinion', ...spanOf(hospitalText, 'It was a disgrace'), attributes: { holder: 'the author' } }),
      ],
    },
  ];
}

function upload(name: string, content: string): UploadedFile {
  return { name, contentBase64: Buffer.from(content, 'utf8').toString('base64') };
}

const jsonLines = (...lines: unknown[]) => lines.map((line) => JSON.stringify(line)).join('\n') + '\n';

function labelStudioResult(id: string, text: string, quote: string, label: string) {
  return { id, from_name: 'label', to_name: 'text', type: 'labels', value: { ...spanOf(text, quote), text: quote, labels: [label] } };
}

describe('importing annotations', () => {
  const tempFolder = useTempFolder();

  function library() {
    const folder = tempFolder();
    const opened = openTestLibrary(databasePathIn(folder), 'importer');
    opened.add(corpus());
    return { folder, ...opened };
  }

  it('matches documents by id, else by exact text, and names those it cannot find', async () => {
    const { services, annotations, db } = library();
    const file = upload(
      'spans.jsonl',
      jsonLines(
        { id: 'doc-moscow', text: moscowText, label: [[27, 33, 'verified_fact']] },
        { text: hospitalText, label: [[0, 3, 'opinion']] },
        { id: 'doc-elsewhere', text: 'An article this library does not have.', label: [[0, 2, 'opinion']] },
      ),
    );

    const preview = await services.datasets.previewImport({ files: [file] });

    expect(preview.files).toMatchObject([{ file: 'spans.jsonl', format: 'doccano', documents: 3, annotations: 3, errors: [] }]);
    expect(preview.documents.map(({ match, documentId }) => [match, documentId])).toEqual([
      ['id', 'doc-moscow'],
      ['text', 'doc-hospital'],
      ['not_found', undefined],
    ]);
    expect(preview.conflicts.map((conflict) => conflict.message)).toEqual([
      'spans.jsonl, line 3, document doc-elsewhere: no document in the library has this id or exactly this text; its annotation is not imported',
    ]);
    expect(preview.outcomes).toMatchObject({ new: 2, no_document: 1 });

    const result = services.datasets.applyImport(preview.previewId, 'keep');

    expect(result).toMatchObject({ annotationsCreated: 2, files: [{ file: 'spans.jsonl', imported: true }] });
    expect(result.changedDocumentIds.sort()).toEqual(['doc-hospital', 'doc-moscow']);
    const added = annotations().filter((annotation) => !['m-claim', 'h-claim', 'h-opinion'].includes(annotation.id));
    expect(added.map(({ documentId, label, quote, reviewer, note, confidence }) => ({ documentId, label, quote, reviewer, note, confidence }))).toEqual([
      { documentId: 'doc-hospital', label: 'opinion', quote: 'The', reviewer: 'importer', note: '', confidence: null },
      { documentId: 'doc-moscow', label: 'verified_fact', quote: 'Moscow', reviewer: 'importer', note: '', confidence: null },
    ]);
    const events = db.prepare("SELECT annotation_id, action, reviewer FROM annotation_events ORDER BY seq").all();
    expect(events).toEqual(added.map((annotation) => ({ annotation_id: annotation.id, action: 'created', reviewer: 'importer' })).reverse());
  });

  it('plans the import again when the library changed after the preview, in this process or another', async () => {
    const { services, annotations, path } = library();
    const file = upload('spans.jsonl', jsonLines({ id: 'doc-moscow', text: moscowText, label: [[27, 33, 'verified_fact']] }));
    const moscowFacts = () => annotations().filter((annotation) => annotation.documentId === 'doc-moscow' && annotation.label === 'verified_fact');

    const first = await services.datasets.previewImport({ files: [file] });
    expect(first.outcomes).toMatchObject({ new: 1 });
    services.annotations.save({ id: 'by-hand', documentId: 'doc-moscow', label: 'verified_fact', start: 27, end: 33, note: '', confidence: null, attributes: { evidence: [] } });
    expect(services.datasets.applyImport(first.previewId, 'keep')).toMatchObject({ annotationsCreated: 0 });
    expect(moscowFacts().map((annotation) => annotation.id)).toEqual(['by-hand']);

    const second = await services.datasets.previewImport({ files: [file] });
    expect(second.outcomes).toMatchObject({ new: 0, duplicate: 1 });
    const otherProcess = openDatabase(path);
    otherProcess.prepare("DELETE FROM annotations WHERE id = 'by-hand'").run();
    otherProcess.close();
    expect(services.datasets.applyImport(second.previewId, 'keep')).toMatchObject({ annotationsCreated: 1 });
    expect(moscowFacts()).toHaveLength(1);
  });

  it('reports changed annotations, duplicates and ids used elsewhere, and keeps the library’s unless asked to replace', async () => {
    const { services, annotations } = library();
    const task = {
      data: { text: hospitalText, documentId: 'doc-hospital' },
      annotations: [
        {
          result: [
            labelStudioResult('h-claim', hospitalText, 'The hospital was hit', 'Opinion'),
            labelStudioResult('copy', hospitalText, 'It was a disgrace', 'Opinion'),
            labelStudioResult('m-claim', hospitalText, 'officials said', 'Attributed claim'),
            labelStudioResult('fresh', hospitalText, 'officials', 'Verified fact'),
          ],
        },
      ],
    };
    const file = upload('tasks.json', JSON.stringify([task], null, 2));

    const first = await services.datasets.previewImport({ files: [file] });
    expect(first.outcomes).toMatchObject({ new: 1, changed: 1, duplicate: 1, elsewhere: 1, unchanged: 0 });
    expect(first.conflicts.map((conflict) => [conflict.kind, conflict.annotation, conflict.line])).toEqual([
      ['changed', 'h-claim', 10],
      ['duplicate', 'copy', 24],
      ['elsewhere', 'm-claim', 38],
    ]);
    expect(first.conflicts[0]!.message).toBe(
      "tasks.json, line 10, annotation h-claim, document doc-hospital: an annotation with this id is in the library with another label, note, attributes; the library's is kept unless you choose to replace it",
    );
    expect(first.conflicts[1]!.message).toContain('the document already has an opinion at 38–55 ("It was a disgrace"); not imported again');
    expect(first.conflicts[2]!.message).toContain('the id is used by an annotation of document doc-moscow; not imported');

    expect(services.datasets.applyImport(first.previewId, 'keep')).toMatchObject({ annotationsCreated: 1, annotationsUpdated: 0 });
    expect(annotations().find((annotation) => annotation.id === 'h-claim')).toMatchObject({ label: 'attributed_claim', note: 'Which hospital?' });

    const second = await services.datasets.previewImport({ files: [file] });
    expect(second.outcomes).toMatchObject({ new: 0, unchanged: 1, changed: 1 });
    expect(services.datasets.applyImport(second.previewId, 'replace')).toMatchObject({ annotationsCreated: 0, annotationsUpdated: 1 });
    expect(annotations().find((annotation) => annotation.id === 'h-claim')).toMatchObject({ label: 'opinion', note: '', attributes: {} });
    expect(services.annotations.history('h-claim')).toMatchObject([
      { action: 'updated', reviewer: 'importer', changes: { label: { before: 'attributed_claim', after: 'opinion' }, note: { before: 'Which hospital?', after: '' } } },
    ]);
  });

  it('does not guess when a lossless record has the id of a document whose text has changed', async () => {
    const { services, annotations } = library();
    const changed = { ...makeDocument('doc-moscow', `${moscowText} Updated.`) };
    const file = upload('library.jsonl', jsonLines({ formatVersion: 1, document: changed, annotations: [makeAnnotation(changed, { id: 'new-claim', label: 'opinion', start: 0, end: 6 })] }));

    const preview = await services.datasets.previewImport({ files: [file] });

    expect(preview.documents.map((document) => document.match)).toEqual(['changed']);
    expect(preview.conflicts[0]!.message).toBe(
      'library.jsonl, line 1, document doc-moscow: a document with this id is in the library with other text; its annotation is not imported',
    );
    services.datasets.applyImport(preview.previewId, 'replace');
    expect(annotations().map((annotation) => annotation.id)).not.toContain('new-claim');
  });

  it('creates the copy of an article from its record, beside the original with the same text', async () => {
    const { services, documents, annotations } = library();
    const copy = { ...makeDocument('doc-moscow-copy', moscowText), title: 'Copy of the Moscow article' };
    const file = upload('copy.jsonl', jsonLines({ formatVersion: 1, document: copy, annotations: [makeAnnotation(copy, { id: 'copy-claim', label: 'attributed_claim', start: 0, end: 33 })] }));

    const preview = await services.datasets.previewImport({ files: [file] });
    services.datasets.applyImport(preview.previewId, 'keep');

    expect(preview.documents.map((document) => [document.match, document.documentId])).toEqual([['new', 'doc-moscow-copy']]);
    expect(documents().find((document) => document.id === 'doc-moscow-copy')).toEqual(copy);
    expect(annotations().filter((annotation) => annotation.documentId === 'doc-moscow-copy').map((annotation) => annotation.id)).toEqual(['copy-claim']);
  });

  it('imports a brat .ann sent with its .txt, and reads a folder of them from disk', async () => {
    const { services, folder, annotations } = library();
    const ann = 'T1\tverified_fact 27 33\tMoscow\n#1\tid T1\tb-fact\n#2\tAnnotatorNotes T1\tSeen on TASS\n';
    const sent = await services.datasets.previewImport({ files: [upload('doc-moscow.ann', ann), upload('doc-moscow.txt', moscowText)] });
    expect(sent.files).toMatchObject([{ file: 'doc-moscow.ann', format: 'brat', errors: [] }]);
    expect(sent.outcomes.new).toBe(1);
    services.datasets.discardImport(sent.previewId);
    expect(() => services.datasets.applyImport(sent.previewId, 'keep')).toThrow(/Import preview .* does not exist/);

    writeFileSync(join(folder, 'doc-moscow.ann'), ann);
    writeFileSync(join(folder, 'doc-moscow.txt'), moscowText);
    const fromDisk = await services.datasets.previewImport({ paths: [folder] });
    expect(fromDisk.files.map((file) => file.file)).toEqual([join(folder, 'doc-moscow.ann')]);
    services.datasets.applyImport(fromDisk.previewId, 'keep');
    expect(annotations().find((annotation) => annotation.id === 'b-fact')).toMatchObject({ documentId: 'doc-moscow', quote: 'Moscow', note: 'Seen on TASS' });
  });

  it('checks W3C annotations against the text of the document they are matched to', async () => {
    const { services, annotations } = library();
    const collection = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      first: {
        type: 'AnnotationPage',
        items: [
          {
            id: 'urn:factmark:annotation:w-fact',
            type: 'Annotation',
            body: { type: 'TextualBody', purpose: 'tagging', value: 'verified_fact' },
            target: {
              source: 'urn:factmark:document:doc-moscow',
              selector: [
                { type: 'TextQuoteSelector', exact: 'Kremlin' },
                { type: 'TextPositionSelector', start: 27, end: 34 },
              ],
            },
          },
        ],
      },
    };
    const preview = await services.datasets.previewImport({ files: [upload('web.jsonld', JSON.stringify(collection, null, 2))] });
    expect(preview.files[0]!.errors.map((error) => error.message)).toEqual([
      'web.jsonld, line 7, annotation w-fact, document doc-moscow: the quote "Kremlin" does not match the text at 27–34, which is "Moscow,"',
    ]);
    expect(services.datasets.applyImport(preview.previewId, 'keep')).toMatchObject({ files: [{ imported: false }], annotationsCreated: 0 });
    expect(annotations()).toHaveLength(3);
  });

  it('asks for the format of a file it cannot tell, and reads it when told', async () => {
    const { services } = library();
    const file = upload('spans.txt', jsonLines({ id: 'doc-moscow', text: moscowText, label: [[27, 33, 'opinion']] }));
    const unknown = await services.datasets.previewImport({ files: [file] });
    expect(unknown.files[0]!.errors[0]!.message).toBe('spans.txt: its format cannot be told from its name and content; choose the format');
    const told = await services.datasets.previewImport({ files: [file], format: 'doccano' });
    expect(told.outcomes.new).toBe(1);
  });
});
