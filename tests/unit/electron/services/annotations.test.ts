import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../electron/services';
import { openDatabase } from '../../../../electron/store/database';
import type { AnnotationDraft } from '../../../../shared/model';
import { databasePathIn, useTempFolder } from '../../../support/temp-database';

const articleText = 'Palestinian authorities 🇵🇸 say more than 6,500 have been killed.\nSecond 𝑚 paragraph.';

let tick = 0;

function openLibrary(path: string, reviewer = 'amira') {
  const db = openDatabase(path);
  const services = createServices(db, {
    reviewer,
    databasePath: path,
    now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)).toISOString(),
  });
  return { db, services };
}

function claim(documentId: string, start: number, end: number): AnnotationDraft {
  return {
    id: randomUUID(),
    documentId,
    label: 'attributed_claim',
    start,
    end,
    note: '',
    confidence: null,
    attributes: { verdict: 'unchecked', evidence: [] },
  };
}

describe('AnnotationService', () => {
  const tempFolder = useTempFolder();

  function libraryWithArticle() {
    const path = databasePathIn(tempFolder());
    const { db, services } = openLibrary(path);
    const document = services.documents.importFile({ name: 'article.txt', bytes: new TextEncoder().encode(articleText) });
    return { path, db, services, document };
  }

  it('stores the quote and context at code-point offsets, counting a flag emoji as two code points', () => {
    const { services, document } = libraryWithArticle();
    // "say more than 6,500 have been killed" starts after "Palestinian authorities 🇵🇸 " (24 + 2 + 1 code points).
    const saved = services.annotations.save(claim(document.id, 27, 63));
    expect(saved.quote).toBe('say more than 6,500 have been killed');
    expect(saved.prefix).toBe('Palestinian authorities 🇵🇸 ');
    expect(saved.suffix).toBe('.\nSecond 𝑚 paragraph.');
    expect(saved.reviewer).toBe('amira');
  });

  it('keeps annotations across a reopen of the database', () => {
    const { path, db, services, document } = libraryWithArticle();
    const saved = services.annotations.save(claim(document.id, 0, 11));
    db.close();
    const reopened = openLibrary(path);
    expect(reopened.services.annotations.list(document.id)).toEqual([saved]);
    reopened.db.close();
  });

  it('updates an annotation saved again under its id, keeping who created it and when', () => {
    const { path, db, services, document } = libraryWithArticle();
    const created = services.annotations.save(claim(document.id, 0, 11));
    db.close();
    const other = openLibrary(path, 'jonas');
    const updated = other.services.annotations.save({ ...created, note: 'Ministry of Health figure', label: 'opinion', attributes: { holder: 'the author' } });
    expect(updated.createdAt).toBe(created.createdAt);
    expect(updated.reviewer).toBe('amira');
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    expect(other.services.annotations.list(document.id)).toEqual([updated]);
    other.db.close();
  });

  it('deletes an annotation, and deleting it again answers that nothing was there', () => {
    const { services, document } = libraryWithArticle();
    const saved = services.annotations.save(claim(document.id, 0, 11));
    expect(services.annotations.delete(saved.id)).toEqual({ id: saved.id, deleted: true });
    expect(services.annotations.list(document.id)).toEqual([]);
    expect(services.annotations.delete(saved.id)).toEqual({ id: saved.id, deleted: false });
  });

  it('lists nested spans in text order, the outer one first', () => {
    const { services, document } = libraryWithArticle();
    const inner = services.annotations.save({ ...claim(document.id, 41, 46), label: 'casualty_figure', attributes: { verdict: 'unchecked' } });
    const outer = services.annotations.save(claim(document.id, 0, 63));
    expect(services.annotations.list(document.id).map((a) => a.id)).toEqual([outer.id, inner.id]);
  });

  it('opens an article with its annotations in text order, without their quote, context, document or creation time', () => {
    const { services, document } = libraryWithArticle();
    const inner = services.annotations.save({ ...claim(document.id, 41, 46), label: 'casualty_figure', note: 'Ministry figure', attributes: { verdict: 'unchecked' } });
    const outer = services.annotations.save(claim(document.id, 0, 63));
    const { quote: _q, prefix: _p, suffix: _s, documentId: _d, createdAt: _c, ...opened } = inner;
    expect(services.annotations.listOpened(document.id)).toEqual([expect.objectContaining({ id: outer.id }), opened]);
    expect(Object.keys(services.annotations.listOpened(document.id)[1]!).sort()).toEqual(
      ['anchor', 'attributes', 'confidence', 'end', 'id', 'label', 'note', 'reviewer', 'start', 'updatedAt'],
    );
    expect(() => services.annotations.listOpened('missing')).toThrow(/Document missing does not exist/);
  });

  it('refuses a span that runs past the end of the text, naming the length', () => {
    const { services, document } = libraryWithArticle();
    expect(() => services.annotations.save(claim(document.id, 10, 500))).toThrow(/runs past the end of the document \(84 characters\)/);
  });

  it('refuses an annotation on a document that does not exist', () => {
    const { services } = libraryWithArticle();
    expect(() => services.annotations.save(claim('missing', 0, 1))).toThrow(/Document missing does not exist/);
  });

  it('refuses to move an annotation to another document under the same id', () => {
    const { services, document } = libraryWithArticle();
    const second = services.documents.importFile({ name: 'second.txt', bytes: new TextEncoder().encode('Another article.') });
    const saved = services.annotations.save(claim(document.id, 0, 5));
    expect(() => services.annotations.save({ ...saved, documentId: second.id })).toThrow(/belongs to another document/);
  });

  it('deletes a document\'s annotations with it (foreign keys are on)', () => {
    const { db, services, document } = libraryWithArticle();
    services.annotations.save(claim(document.id, 0, 5));
    db.prepare('DELETE FROM documents WHERE id = ?').run(document.id);
    expect(db.prepare('SELECT count(*) FROM annotations').pluck().get()).toBe(0);
  });

  it('records who created and changed an annotation, field by field, and keeps the history after deletion', () => {
    const { path, db, services, document } = libraryWithArticle();
    const created = services.annotations.save(claim(document.id, 0, 11));
    services.annotations.save({ ...created, note: 'unchanged fields are not recorded' });
    services.annotations.save({ ...created, note: 'unchanged fields are not recorded' });
    db.close();
    const other = openLibrary(path, 'jonas');
    other.services.annotations.save({ ...created, note: 'unchanged fields are not recorded', label: 'opinion', attributes: { holder: 'the author' } });
    other.services.annotations.delete(created.id);

    const history = other.services.annotations.history(created.id);
    expect(history.map((event) => [event.action, event.reviewer, Object.keys(event.changes)])).toEqual([
      ['created', 'amira', ['label', 'start', 'end', 'quote', 'note', 'attributes']],
      ['updated', 'amira', ['note']],
      ['updated', 'jonas', ['label', 'attributes']],
      ['deleted', 'jonas', ['label', 'start', 'end', 'quote', 'note', 'attributes']],
    ]);
    expect(history[2]!.changes.label).toEqual({ before: 'attributed_claim', after: 'opinion' });
    other.db.close();
  });

  it('refuses to rewrite or erase the history', () => {
    const { db, services, document } = libraryWithArticle();
    services.annotations.save(claim(document.id, 0, 11));
    expect(() => db.prepare("UPDATE annotation_events SET reviewer = 'someone else'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM annotation_events').run()).toThrow(/append-only/);
  });
});

