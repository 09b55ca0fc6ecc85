import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formats, type DocumentEntry, type FormatId } from '../../../../../shared/formats';
import type { Annotation } from '../../../../../shared/model';
import { databasePathIn, useTempFolder } from '../../../../support/temp-database';
import { makeAnnotation, makeDocument, spanOf, trickyEntry } from '../../../shared/formats/corpus';
import { openTestLibrary, testProgress, type TestLibrary } from './library';

/** The tricky document (overlapping and nested spans, astral, right-to-left, combining, empty notes) and two more. */
function corpus(): DocumentEntry[] {
  const moscow = { ...makeDocument('doc-moscow', 'שלום. A Hamas delegation 🇵🇸 visited Moscow, TASS reported.\nNo comment.'), status: 'done' as const };
  const orphanHost = makeDocument('doc-orphan', 'The corrected article no longer has the figure.');
  return [
    trickyEntry('doc-tricky'),
    {
      document: moscow,
      annotations: [
        makeAnnotation(moscow, { id: 'm-claim', label: 'attributed_claim', ...spanOf(moscow.text, 'A Hamas delegation 🇵🇸 visited Moscow'), reviewer: 'jonas', attributes: { source: 'TASS', verdict: 'supported' } }),
        makeAnnotation(moscow, { id: 'm-nested', label: 'verified_fact', ...spanOf(moscow.text, 'visited Moscow'), note: 'Confirmed by the Kremlin.', confidence: 'high' }),
      ],
    },
    {
      document: orphanHost,
      annotations: [
        { ...makeAnnotation(orphanHost, { id: 'o-figure', label: 'casualty_figure', start: 0, end: 0 }), quote: '1,400 people', prefix: 'killed ', suffix: ' in', anchor: 'orphaned' },
      ],
    },
  ];
}

/** The fields a format carries of an annotation, in a stable order. */
const carried: Record<Exclude<FormatId, 'conll' | 'csv'>, (annotation: Annotation) => unknown> = {
  jsonl: (annotation) => annotation,
  doccano: ({ documentId, label, start, end, quote }) => ({ documentId, label, start, end, quote }),
  spacy: ({ documentId, label, start, end, quote }) => ({ documentId, label, start, end, quote }),
  brat: ({ id, documentId, label, start, end, quote, note, confidence, attributes }) => ({ id, documentId, label, start, end, quote, note, confidence, attributes }),
  w3c: ({ id, documentId, label, start, end, quote, prefix, suffix, note, reviewer, createdAt, updatedAt }) => ({
    id, documentId, label, start, end, quote, prefix, suffix, note, createdAt, updatedAt,
    // An annotation without a reviewer has no creator in the file, and takes the importer's name.
    reviewer: reviewer === '' ? 'importer' : reviewer,
  }),
  labelstudio: ({ id, documentId, label, start, end, quote, note }) => ({ id, documentId, label, start, end, quote, note }),
};

function byPlace(a: { documentId: string; start: number; end: number; label: string }, b: typeof a): number {
  return a.documentId.localeCompare(b.documentId) || a.start - b.start || a.end - b.end || a.label.localeCompare(b.label);
}

describe('dataset round trip through the services', () => {
  const tempFolder = useTempFolder();

  function source(folder: string): TestLibrary {
    const library = openTestLibrary(databasePathIn(join(folder, 'source')));
    library.add(corpus());
    return library;
  }

  async function importAll(library: TestLibrary, path: string) {
    const preview = await library.services.datasets.previewImport({ paths: [path] });
    expect(preview.files.flatMap((file) => file.errors)).toEqual([]);
    return { preview, result: library.services.datasets.applyImport(preview.previewId, 'keep') };
  }

  it('carries a whole library through native JSONL into an empty one, field for field', async () => {
    const folder = tempFolder();
    const from = source(folder);
    const path = join(folder, 'library.jsonl');
    await from.services.datasets.export({ format: 'jsonl', path }, testProgress());
    const to = openTestLibrary(databasePathIn(join(folder, 'target')));

    const { preview, result } = await importAll(to, path);

    expect(preview.documents.map((document) => document.match)).toEqual(['new', 'new', 'new']);
    expect(result).toMatchObject({ documentsCreated: 3, annotationsCreated: 10, annotationsUpdated: 0 });
    expect(to.documents()).toEqual(from.documents());
    expect(to.annotations()).toEqual(from.annotations());
    expect(to.eventCount()).toBe(10);
  });

  for (const format of ['doccano', 'spacy', 'brat', 'w3c', 'labelstudio'] as const) {
    it(`reads back what it wrote in ${format} into a library with the same documents`, async () => {
      const folder = tempFolder();
      const from = source(folder);
      const path = join(folder, `export-${format}${formats[format].files === 'single' ? formats[format].extension : ''}`);
      const exported = await from.services.datasets.export({ format, path }, testProgress());
      const to = openTestLibrary(databasePathIn(join(folder, 'target')));
      to.add(corpus().map(({ document }) => ({ document, annotations: [] })));

      const { preview } = await importAll(to, path);

      expect(new Set(preview.documents.map((document) => document.match))).toEqual(new Set(['id']));
      const exportable = from.annotations().filter((annotation) => annotation.anchor !== 'orphaned');
      // The orphaned annotation has no text to point at in these formats: left out, and said so.
      expect(exported.annotations).toBe(exportable.length);
      expect(exported.notices.map((notice) => [notice.kind, notice.annotation])).toEqual([['skipped', 'o-figure']]);
      expect(to.annotations().map(carried[format]).sort(byPlace as never)).toEqual(exportable.map(carried[format]).sort(byPlace as never));
      expect(to.documents()).toEqual(from.documents().map((document) => ({ ...document, updatedAt: expect.any(String) })));
    });
  }

  it('changes nothing when a library imports its own export again', async () => {
    const folder = tempFolder();
    const library = source(folder);
    const path = join(folder, 'again');
    await library.services.datasets.export({ format: 'brat', path }, testProgress());
    const before = { documents: library.documents(), annotations: library.annotations(), events: library.eventCount() };

    const preview = await library.services.datasets.previewImport({ paths: [path] });
    const result = library.services.datasets.applyImport(preview.previewId, 'replace');

    expect(preview.outcomes).toMatchObject({ new: 0, unchanged: 9, changed: 0 });
    expect(result).toMatchObject({ annotationsCreated: 0, annotationsUpdated: 0, changedDocumentIds: [] });
    expect({ documents: library.documents(), annotations: library.annotations(), events: library.eventCount() }).toEqual(before);
  });
});
