import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../electron/services';
import { openDatabase } from '../../../../electron/store/database';
import { databasePathIn, useTempFolder } from '../../../support/temp-database';

const text = 'TASS reported the talks.\nZakharova gave no details 😶.';

describe('TextCorrectionService', () => {
  const tempFolder = useTempFolder();

  function library() {
    const path = databasePathIn(tempFolder());
    const db = openDatabase(path);
    const services = createServices(db, { reviewer: 'amira', databasePath: path });
    const document = services.documents.importFile({ name: 'a.txt', bytes: new TextEncoder().encode(text) });
    const save = (start: number, end: number) =>
      services.annotations.save({
        id: randomUUID(),
        documentId: document.id,
        label: 'opinion',
        start,
        end,
        note: '',
        confidence: null,
        attributes: {},
      });
    return { db, services, document, save };
  }

  it('saves the corrected text with the new spans, taking quotes and context from it', () => {
    const { services, document, save } = library();
    const tass = save(0, 13);
    const details = save(40, 53);
    const corrected = 'Russia’s TASS reported the talks.\nZakharova gave no details 😶.';
    const { annotations } = services.textCorrections.saveText(document.id, corrected, [
      { id: tass.id, start: 9, end: 22 },
      { id: details.id, start: 49, end: 62 },
    ]);
    expect(annotations.map((a) => [a.quote, a.prefix, a.anchor])).toEqual([
      ['TASS reported', 'Russia’s ', 'anchored'],
      ['no details 😶.', 'orted the talks.\nZakharova gave ', 'anchored'],
    ]);
    expect(services.documents.get(document.id).text).toBe(corrected);
  });

  it('keeps an annotation whose text was deleted as orphaned, with its old quote, and logs it', () => {
    const { services, document, save } = library();
    const tass = save(0, 13);
    const { annotations } = services.textCorrections.saveText(document.id, ' the talks.\nZakharova gave no details 😶.', [
      { id: tass.id, start: 0, end: 0 },
    ]);
    expect(annotations[0]).toMatchObject({ id: tass.id, start: 0, end: 0, quote: 'TASS reported', anchor: 'orphaned' });
    expect(services.annotations.history(tass.id).map((event) => event.action)).toEqual(['created', 'orphaned']);
  });

  it('refuses a correction that leaves out one of the document’s annotations, changing nothing', () => {
    const { services, document, save } = library();
    save(0, 13);
    expect(() => services.textCorrections.saveText(document.id, 'Changed.', [])).toThrow(/1 missing, 0 unknown/);
    expect(services.documents.get(document.id).text).toBe(text);
  });

  it('refuses a span outside the corrected text', () => {
    const { services, document, save } = library();
    const tass = save(0, 13);
    expect(() => services.textCorrections.saveText(document.id, 'Short.', [{ id: tass.id, start: 0, end: 13 }])).toThrow(
      /span 0–13 is not inside the text \(6 characters\)/,
    );
  });
});
