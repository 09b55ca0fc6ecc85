import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../../../shared/library';
import { TextIndex } from '../../../../../shared/text/offsets';
import { useTempFolder } from '../../../../support/temp-database';
import { addArticle, annotate, openLibrary } from './library-support';

const shown = (parts: SearchHit['snippet']) => parts.map((part) => (part.match ? `[${part.text}]` : part.text)).join('');

describe('SearchService', () => {
  const tempFolder = useTempFolder();

  function newsroom() {
    const library = openLibrary(tempFolder());
    const { services } = library;
    const moscow = addArticle(
      services,
      'moscow.txt',
      'A delegation from Hamas visited Moscow on Thursday 😀.\nThe Kremlin said the talks concerned hostages held in Gaza.',
      { title: 'Hamas delegation visits Moscow' },
    );
    const toll = addArticle(services, 'toll.txt', 'Palestinian authorities say more than 6,500 have been killed in Gaza.', {
      title: 'Death toll rises',
    });
    const cafe = addArticle(services, 'cafe.txt', 'Le café était fermé; la délégation est repartie.', { title: 'Café fermé' });
    return { ...library, moscow, toll, cafe };
  }

  it('finds documents by words of their text, with the passage marked and the match located', () => {
    const { services, moscow } = newsroom();
    const page = services.search.search('hostages', 0, 20);
    expect(page.total).toBe(1);
    const [hit] = page.hits;
    expect(hit).toMatchObject({ documentId: moscow, field: 'text', annotationId: null });
    expect(shown(hit!.snippet)).toContain('talks concerned [hostages] held in Gaza.');
    const text = services.documents.get(moscow).text;
    expect(new TextIndex(text).slice(hit!.match!.start, hit!.match!.end)).toBe('hostages');
  });

  it('ranks a match in the title above one only in the text, and marks the title', () => {
    const { services, moscow, toll } = newsroom();
    const page = services.search.search('Gaza', 0, 20);
    expect(page.hits.map((hit) => hit.documentId).sort()).toEqual([moscow, toll].sort());
    const titled = services.search.search('delegation', 0, 20).hits;
    expect(titled[0]!.documentId).toBe(moscow);
    expect(shown(titled[0]!.title)).toBe('Hamas [delegation] visits Moscow');
  });

  it('needs every word, matches words ignoring case and accents, and prefixes ending in *', () => {
    const { services, toll, cafe } = newsroom();
    expect(services.search.search('Gaza killed', 0, 20).hits.map((hit) => hit.documentId)).toEqual([toll]);
    expect(services.search.search('CAFE delegation', 0, 20).hits.map((hit) => hit.documentId)).toEqual([cafe]);
    expect(services.search.search('kill*', 0, 20).hits.map((hit) => hit.documentId)).toEqual([toll]);
    expect(services.search.search('"killed in Gaza"', 0, 20).total).toBe(1);
    expect(services.search.search('"Gaza killed"', 0, 20).total).toBe(0);
  });

  it('finds annotation notes, pointing at the annotation and its span', () => {
    const { services, toll } = newsroom();
    const claim = annotate(services, toll, 'more than 6,500', 'casualty_figure', 'Figure from the Gaza health ministry, not independently verified');
    const [hit] = services.search.search('ministry verified', 0, 20).hits;
    expect(hit).toMatchObject({ documentId: toll, field: 'note', annotationId: claim });
    expect(shown(hit!.snippet)).toBe('Figure from the Gaza health [ministry], not independently [verified]');
    const annotation = services.annotations.list(toll)[0]!;
    expect(hit!.match).toEqual({ start: annotation.start, end: annotation.end });
  });

  it('keeps the index in step with edits to titles, texts and notes, and with deletions', () => {
    const { services, toll, moscow } = newsroom();
    const note = annotate(services, toll, 'Palestinian authorities', 'attributed_claim', 'source: ministry');
    const found = (query: string) => services.search.search(query, 0, 20).hits.map((hit) => hit.documentId);

    services.library.updateMetadata(toll, { ...services.documents.get(toll), title: 'Casualties in Gaza' });
    expect(found('casualties')).toEqual([toll]);
    expect(found('toll')).toEqual([]);

    services.textCorrections.saveText(toll, 'Officials in Gaza say more than 7,000 have died.', [{ id: note, start: 0, end: 9 }]);
    expect(found('officials')).toEqual([toll]);
    expect(found('Palestinian')).toEqual([]);

    const annotation = services.annotations.list(toll)[0]!;
    services.annotations.save({ ...annotation, note: 'source: health authority' });
    expect(found('ministry')).toEqual([]);
    expect(found('authority')).toEqual([toll]);
    services.annotations.delete(note);
    expect(found('authority')).toEqual([]);

    services.library.delete([moscow]);
    expect(found('hostages')).toEqual([]);
    services.library.restore([moscow]);
    expect(found('hostages')).toEqual([moscow]);
  });

  it('gives each hit the title and passage of its own document and note', () => {
    const library = openLibrary(tempFolder());
    const { services } = library;
    const ids = Array.from({ length: 12 }, (_, index) =>
      addArticle(services, `report-${index}.txt`, `Report ${index}: the convoy reached checkpoint ${index}.`, { title: `Convoy report ${index}` }),
    );
    annotate(services, ids[7]!, 'checkpoint 7', 'opinion', 'convoy numbers unclear at checkpoint 7');
    const hits = services.search.search('convoy', 0, 20).hits;
    expect(hits).toHaveLength(13);
    for (const hit of hits) {
      const index = ids.indexOf(hit.documentId);
      expect(shown(hit.title)).toBe(hit.field === 'note' ? `Convoy report ${index}` : `[Convoy] report ${index}`);
      expect(shown(hit.snippet)).toContain(hit.field === 'note' ? 'checkpoint 7' : `checkpoint ${index}.`);
    }
  });

  it('pages through many matches, best first, each once', () => {
    const library = openLibrary(tempFolder());
    for (let index = 0; index < 35; index++) {
      addArticle(library.services, `report-${index}.txt`, `Report ${index}: ${'shelling '.repeat(1 + (index % 5))}continued overnight.`);
    }
    const ids: string[] = [];
    for (let offset = 0; offset < 35; offset += 10) ids.push(...library.services.search.search('shelling', offset, 10).hits.map((hit) => hit.documentId));
    expect(library.services.search.search('shelling', 0, 10).total).toBe(35);
    expect(new Set(ids).size).toBe(35);
  });

  it('answers nothing for a search with no words', () => {
    const { services } = newsroom();
    expect(services.search.search(' "" — ', 0, 20)).toEqual({ total: 0, hits: [] });
  });
});
