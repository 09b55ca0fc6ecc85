import { describe, expect, it } from 'vitest';
import { AnnotationRepository } from '../../../../electron/store/annotations';
import { databasePathIn, useTempFolder } from '../../../support/temp-database';
import { makeAnnotation, makeDocument, trickyEntry } from '../../shared/formats/corpus';
import { openTestLibrary } from '../services/datasets/library';

describe('AnnotationRepository.listByDocuments', () => {
  const tempFolder = useTempFolder();

  it("gives each document's annotations in text order, as listing them one document at a time does", () => {
    const library = openTestLibrary(databasePathIn(tempFolder()));
    const plain = makeDocument('doc-plain', 'Officials said 12 people were killed. It was a disgrace.');
    const empty = makeDocument('doc-empty', 'Nothing was tagged here.');
    library.add([
      trickyEntry('doc-tricky'),
      {
        document: plain,
        annotations: [
          makeAnnotation(plain, { id: 'p-opinion', label: 'opinion', start: 38, end: 55 }),
          makeAnnotation(plain, { id: 'p-claim', label: 'attributed_claim', start: 0, end: 36 }),
          makeAnnotation(plain, { id: 'p-figure', label: 'casualty_figure', start: 15, end: 24 }),
        ],
      },
      { document: empty, annotations: [] },
    ]);
    const repository = new AnnotationRepository(library.db);

    const listed = repository.listByDocuments(['doc-plain', 'doc-empty', 'doc-tricky', 'doc-missing']);

    expect([...listed.keys()]).toEqual(['doc-plain', 'doc-empty', 'doc-tricky', 'doc-missing']);
    expect(listed.get('doc-plain')!.map((annotation) => annotation.id)).toEqual(['p-claim', 'p-figure', 'p-opinion']);
    expect(listed.get('doc-tricky')).toEqual(repository.listByDocument('doc-tricky'));
    expect(listed.get('doc-empty')).toEqual([]);
    expect(listed.get('doc-missing')).toEqual([]);
    library.db.close();
  });
});
