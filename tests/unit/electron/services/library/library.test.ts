import { describe, expect, it } from 'vitest';
import type { LibraryPageRequest } from '../../../../../shared/library';
import { useTempFolder } from '../../../../support/temp-database';
import { addArticle, annotate, openLibrary, type Library } from './library-support';

const everything = (overrides: Partial<LibraryPageRequest> = {}): LibraryPageRequest => ({
  filter: {},
  sort: 'title',
  direction: 'asc',
  offset: 0,
  limit: 100,
  ...overrides,
});

describe('LibraryService', () => {
  const tempFolder = useTempFolder();

  /** Three articles from different desks, with annotations. */
  function deskLibrary(): Library & { tass: string; gaza: string; ukraine: string } {
    const library = openLibrary(tempFolder());
    const { services } = library;
    const tass = addArticle(services, 'tass.txt', 'TASS reported that a Hamas delegation arrived in Moscow.', {
      title: 'Hamas delegation in Moscow',
      publication: 'TASS',
      publishedAt: '2023-10-26',
      language: 'en',
    });
    const gaza = addArticle(services, 'gaza.txt', 'Palestinian authorities say more than 6,500 have been killed. The toll is disputed.', {
      title: 'gaza toll rises',
      publication: 'Reuters',
      publishedAt: '2023-10-27',
      language: 'en',
    });
    const ukraine = addArticle(services, 'kyiv.txt', 'Зеленський заявив, що наступ триває.', {
      title: 'Zelensky on the offensive',
      publication: null,
      language: 'uk',
    });
    annotate(services, gaza, 'Palestinian authorities say more than 6,500 have been killed', 'attributed_claim');
    annotate(services, gaza, 'more than 6,500', 'casualty_figure');
    annotate(services, gaza, 'The toll is disputed.', 'opinion');
    annotate(services, tass, 'TASS reported', 'attributed_claim');
    return { ...library, tass, gaza, ukraine };
  }

  const titles = (library: Library, request: LibraryPageRequest) => library.services.library.page(request).rows.map((row) => row.title);

  it('lists every document with its metadata and its number of annotations per label', () => {
    const library = deskLibrary();
    const page = library.services.library.page(everything());
    expect(page.total).toBe(3);
    expect(page.rows.find((row) => row.id === library.gaza)).toMatchObject({
      title: 'gaza toll rises',
      publication: 'Reuters',
      publishedAt: '2023-10-27',
      status: 'new',
      labelCounts: { verified_fact: 0, attributed_claim: 1, casualty_figure: 1, opinion: 1 },
    });
  });

  it('sorts titles without regard to case, and by each column in both directions', () => {
    const library = deskLibrary();
    expect(titles(library, everything())).toEqual(['gaza toll rises', 'Hamas delegation in Moscow', 'Zelensky on the offensive']);
    expect(titles(library, everything({ direction: 'desc' }))).toEqual(['Zelensky on the offensive', 'Hamas delegation in Moscow', 'gaza toll rises']);
    // Documents without a date come first going up and last going down.
    expect(titles(library, everything({ sort: 'publishedAt', direction: 'desc' }))).toEqual([
      'gaza toll rises',
      'Hamas delegation in Moscow',
      'Zelensky on the offensive',
    ]);
    expect(titles(library, everything({ sort: 'publication' }))[2]).toBe('Hamas delegation in Moscow');
    expect(titles(library, everything({ sort: 'casualty_figure', direction: 'desc' }))[0]).toBe('gaza toll rises');
    expect(titles(library, everything({ sort: 'attributed_claim', direction: 'asc' }))[0]).toBe('Zelensky on the offensive');
  });

  it('pages through a long library in order, each document on exactly one page', () => {
    const library = openLibrary(tempFolder());
    const ids = Array.from({ length: 57 }, (_, index) =>
      addArticle(library.services, `a${index}.txt`, `Article number ${index}.`, { title: `Article ${String(index % 10)}` }),
    );
    const seen: string[] = [];
    for (let offset = 0; offset < 57; offset += 10) {
      const page = library.services.library.page(everything({ offset, limit: 10 }));
      expect(page.total).toBe(57);
      seen.push(...page.rows.map((row) => row.id));
    }
    expect(new Set(seen).size).toBe(57);
    expect(seen.sort()).toEqual([...ids].sort());
    const firstTitles = library.services.library.page(everything({ limit: 7 })).rows.map((row) => row.title);
    expect(firstTitles).toEqual(Array(6).fill('Article 0').concat('Article 1'));
  });

  it('filters by status, source, language, date, title and label, and counts what passes', () => {
    const library = deskLibrary();
    const { services } = library;
    services.library.setStatus(library.tass, 'done');
    const total = (filter: LibraryPageRequest['filter']) => services.library.page(everything({ filter })).total;
    expect(total({ statuses: ['done'] })).toBe(1);
    expect(total({ statuses: ['new', 'in_progress'] })).toBe(2);
    expect(total({ publication: 'reuters' })).toBe(1);
    expect(total({ publication: null })).toBe(1);
    expect(total({ language: 'EN' })).toBe(2);
    expect(total({ publishedFrom: '2023-10-27' })).toBe(1);
    expect(total({ publishedTo: '2023-10-26' })).toBe(1);
    expect(total({ titleContains: 'MOSCOW' })).toBe(1);
    expect(total({ titleContains: '%' })).toBe(0);
    expect(total({ withLabel: 'opinion' })).toBe(1);
    expect(total({ withLabel: 'attributed_claim' })).toBe(2);
    expect(total({ withLabel: 'attributed_claim', publication: 'TASS', statuses: ['done'] })).toBe(1);
  });

  it('keeps the counts per label in step as annotations are added, relabelled and deleted', () => {
    const library = deskLibrary();
    const { services } = library;
    const opinion = annotate(services, library.ukraine, 'наступ триває', 'opinion');
    const counts = () => services.library.row(library.ukraine).labelCounts;
    expect(counts()).toEqual({ verified_fact: 0, attributed_claim: 0, casualty_figure: 0, opinion: 1 });
    const saved = services.annotations.list(library.ukraine)[0]!;
    services.annotations.save({ ...saved, label: 'verified_fact', attributes: { evidence: [] } });
    expect(counts()).toEqual({ verified_fact: 1, attributed_claim: 0, casualty_figure: 0, opinion: 0 });
    services.annotations.delete(opinion);
    expect(counts()).toEqual({ verified_fact: 0, attributed_claim: 0, casualty_figure: 0, opinion: 0 });
  });

  it('offers each source, language and status with its number of documents', () => {
    const library = deskLibrary();
    const facets = library.services.library.facets();
    expect(facets.total).toBe(3);
    expect(facets.publications).toEqual(expect.arrayContaining([{ value: 'Reuters', count: 1 }, { value: null, count: 1 }]));
    expect(facets.languages).toEqual([{ value: 'en', count: 2 }, { value: 'uk', count: 1 }]);
    expect(facets.statuses).toEqual([{ value: 'new', count: 3 }]);
  });

  it('counts a change to an annotation as a change to its document, most recently changed first', () => {
    const library = deskLibrary();
    const { services } = library;
    const byChange = everything({ sort: 'updatedAt', direction: 'desc' });
    expect(titles(library, byChange)[0]).not.toBe('Zelensky on the offensive');
    const id = annotate(services, library.ukraine, 'наступ триває', 'verified_fact');
    const saved = services.annotations.list(library.ukraine).find((annotation) => annotation.id === id)!;
    expect(titles(library, byChange)[0]).toBe('Zelensky on the offensive');
    expect(services.library.row(library.ukraine).updatedAt).toBe(saved.updatedAt);
    services.annotations.delete(id);
    expect(services.library.row(library.ukraine).updatedAt >= saved.updatedAt).toBe(true);
    expect(titles(library, byChange)[0]).toBe('Zelensky on the offensive');
  });

  it('sets the status and edits the metadata, marking the document as changed', () => {
    const library = deskLibrary();
    const { services } = library;
    const before = services.library.row(library.gaza).updatedAt;
    expect(services.library.setStatus(library.gaza, 'reviewed').status).toBe('reviewed');
    const edited = services.library.updateMetadata(library.gaza, {
      title: 'Gaza death toll passes 6,500',
      publication: 'Reuters',
      author: 'Nidal al-Mughrabi',
      url: 'https://www.reuters.com/world/middle-east/gaza-toll',
      publishedAt: '2023-10-26',
      credit: null,
      language: 'en-GB',
    });
    expect(edited).toMatchObject({ title: 'Gaza death toll passes 6,500', author: 'Nidal al-Mughrabi', language: 'en-GB', status: 'reviewed' });
    expect(edited.updatedAt >= before).toBe(true);
    expect(services.documents.get(library.gaza)).toMatchObject({ title: 'Gaza death toll passes 6,500', publishedAt: '2023-10-26' });
    expect(() => services.library.setStatus('missing', 'done')).toThrow(/Document missing does not exist/);
  });

  it('duplicates a document with its annotations, which then change independently', () => {
    const library = deskLibrary();
    const { services } = library;
    const copy = services.library.duplicate(library.gaza);
    expect(copy).toMatchObject({ title: 'gaza toll rises (copy)', publication: 'Reuters', labelCounts: services.library.row(library.gaza).labelCounts });
    expect(services.documents.get(copy.id).text).toBe(services.documents.get(library.gaza).text);
    const originals = services.annotations.list(library.gaza);
    const copies = services.annotations.list(copy.id);
    expect(copies.map((a) => [a.label, a.start, a.end, a.quote])).toEqual(originals.map((a) => [a.label, a.start, a.end, a.quote]));
    expect(copies.every((a) => !originals.some((o) => o.id === a.id))).toBe(true);
    expect(services.annotations.history(copies[0]!.id).map((event) => event.action)).toEqual(['created']);

    services.annotations.delete(copies[0]!.id);
    expect(services.annotations.list(library.gaza)).toHaveLength(3);
    expect(services.library.page(everything()).total).toBe(4);
  });

  it('moves deleted documents to a trash from which the session restores them as they were', () => {
    const library = deskLibrary();
    const { services } = library;
    expect(services.library.delete([library.gaza, library.tass, 'missing'])).toEqual({ deleted: 2 });
    expect(services.library.page(everything()).rows.map((row) => row.id)).toEqual([library.ukraine]);
    expect(services.library.facets().total).toBe(1);
    expect(services.documents.list().map((summary) => summary.id)).toEqual([library.ukraine]);
    expect(services.session().startDocumentId).toBe(library.ukraine);
    expect(services.library.trash().map((row) => row.id).sort()).toEqual([library.gaza, library.tass].sort());

    expect(services.library.restore([library.gaza])).toEqual({ restored: 1 });
    expect(services.library.page(everything()).total).toBe(2);
    expect(services.annotations.list(library.gaza)).toHaveLength(3);
    expect(services.library.trash().map((row) => row.id)).toEqual([library.tass]);
  });

  it('deletes the trash for good once the process that filled it has ended, and keeps its own', () => {
    const folder = tempFolder();
    const library = openLibrary(folder);
    const kept = addArticle(library.services, 'kept.txt', 'A kept article.');
    const gone = addArticle(library.services, 'gone.txt', 'An article deleted by an app that has quit.');
    const mine = addArticle(library.services, 'mine.txt', 'An article this session deleted.');
    annotate(library.services, gone, 'deleted by an app', 'opinion', 'a note that goes with it');
    library.services.library.delete([gone, mine]);
    // No process runs with the largest process id.
    library.db.prepare('UPDATE library_entries SET deleted_by = 2147483647 WHERE document_id = ?').run(gone);
    library.db.close();

    const reopened = openLibrary(folder);
    const ids = reopened.db.prepare('SELECT id FROM documents ORDER BY id').pluck().all();
    expect(ids).toEqual([kept, mine].sort());
    expect(reopened.db.prepare('SELECT count(*) FROM note_search').pluck().get()).toBe(0);
    expect(reopened.db.prepare('SELECT count(*) FROM annotation_events').pluck().get()).toBe(0);
    expect(reopened.services.library.trash().map((row) => row.id)).toEqual([mine]);
  });
});
