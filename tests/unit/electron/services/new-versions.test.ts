import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../electron/services';
import { openDatabase } from '../../../../electron/store/database';
import type { AnnotationDraft } from '../../../../shared/model';
import { databasePathIn, useTempFolder } from '../../../support/temp-database';

const original = [
  'Israel has vowed to wipe out Hamas in retaliation for an Oct. 7 attack that killed 1,400 people.',
  'Palestinian authorities say more than 6,500 have been killed.',
  'Zakharova gave no further details.',
].join('\n');

const corrected = [
  'Correction appended: an earlier version misstated the date.',
  'Israel has vowed to wipe out Hamas in retaliation for an Oct. 7 attack that killed about 1,400 people.',
  'Palestinian authorities say more than 6,500 have been killed.',
].join('\n');

const encode = (text: string) => new TextEncoder().encode(text);

function draft(documentId: string, text: string, quote: string, label: AnnotationDraft['label'] = 'attributed_claim'): AnnotationDraft {
  const start = Array.from(text.slice(0, text.indexOf(quote))).length;
  return {
    id: randomUUID(),
    documentId,
    label,
    start,
    end: start + Array.from(quote).length,
    note: '',
    confidence: null,
    attributes: label === 'opinion' ? { holder: 'the author' } : { verdict: 'unchecked', evidence: [] },
  } as AnnotationDraft;
}

describe('NewVersionService', () => {
  const tempFolder = useTempFolder();

  function library() {
    const path = databasePathIn(tempFolder());
    const db = openDatabase(path);
    const services = createServices(db, { reviewer: 'amira', databasePath: path });
    const document = services.documents.importFile({ name: 'article.txt', bytes: encode(original) });
    return { db, services, document };
  }

  it('re-anchors annotations in a corrected article and reports what moved, what is approximate and what is lost', () => {
    const { db, services, document } = library();
    const moved = services.annotations.save(draft(document.id, original, 'Palestinian authorities say more than 6,500 have been killed'));
    const changed = services.annotations.save(draft(document.id, original, 'attack that killed 1,400 people'));
    const lost = services.annotations.save(draft(document.id, original, 'Zakharova gave no further details.', 'opinion'));

    const report = services.newVersions.importNewVersion(document.id, { name: 'article-v2.txt', bytes: encode(corrected) });
    expect(report).toEqual({ documentId: document.id, total: 3, unchanged: 0, moved: 1, fuzzy: 1, orphaned: 1 });

    const byId = new Map(services.annotations.list(document.id).map((annotation) => [annotation.id, annotation]));
    // The new first line (60 characters with its newline) and "about " (6) come before it.
    expect(byId.get(moved.id)).toMatchObject({ quote: moved.quote, anchor: 'anchored', start: moved.start + 66 });
    expect(byId.get(changed.id)).toMatchObject({ anchor: 'fuzzy' });
    expect(byId.get(changed.id)!.quote).toContain('1,400 people');
    expect(byId.get(lost.id)).toMatchObject({ anchor: 'orphaned', quote: 'Zakharova gave no further details.' });
    expect(services.documents.get(document.id).text).toBe(corrected);
    const raw = db.prepare('SELECT raw_file_name FROM documents WHERE id = ?').pluck().get(document.id);
    expect(raw).toBe('article-v2.txt');
    expect(services.annotations.history(lost.id).map((event) => event.action)).toEqual(['created', 'orphaned']);
  });

  it('leaves the document as it was when the new file cannot be read', () => {
    const { services, document } = library();
    const saved = services.annotations.save(draft(document.id, original, 'Zakharova gave no further details.', 'opinion'));
    expect(() => services.newVersions.importNewVersion(document.id, { name: 'empty.txt', bytes: encode('   ') })).toThrow(/empty\.txt: the file has no text/);
    expect(services.documents.get(document.id).text).toBe(original);
    expect(services.annotations.list(document.id)).toEqual([saved]);
  });
});
