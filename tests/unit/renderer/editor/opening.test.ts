import { describe, expect, it } from 'vitest';
import { defaultAttributes } from '../../../../shared/attributes';
import type { Annotation } from '../../../../shared/model';
import { openedArticle } from '../../../../renderer/editor/opening';
import { draftOf } from '../../../../renderer/editor/save-operations';
import { recordsOf } from '../../../../renderer/state/records';
import { EditorState } from 'prosemirror-state';
import { annotationPlugin } from '../../../../renderer/editor/annotations';

const text = 'The ministry said 🕊️ that 6,500 people had been killed.\nOfficials denied it, citing a statement.';

function stored(id: string, phrase: string, overrides: Partial<Annotation> = {}): Annotation {
  const start = Array.from(text.slice(0, text.indexOf(phrase))).length;
  const end = start + Array.from(phrase).length;
  return {
    id,
    documentId: 'doc-1',
    label: 'attributed_claim',
    start,
    end,
    note: 'Checked against the statement',
    confidence: null,
    attributes: defaultAttributes('attributed_claim'),
    reviewer: 'amal',
    anchor: 'anchored',
    quote: phrase,
    prefix: '',
    suffix: '',
    createdAt: '2026-11-30T10:00:00.000Z',
    updatedAt: '2026-11-30T10:00:00.000Z',
    ...overrides,
  } as Annotation;
}

// As the store sends them: parsed from JSON, every string a copy of its own.
const annotations = JSON.parse(
  JSON.stringify([
    stored('a1', 'The ministry said 🕊️'),
    stored('a2', '6,500 people had been killed', { label: 'casualty_figure', attributes: defaultAttributes('casualty_figure'), note: '' }),
    stored('a3', 'Officials denied it', { reviewer: 'jonas', anchor: 'fuzzy', updatedAt: '2026-12-01T08:00:00.000Z' }),
  ]),
) as Annotation[];

describe('an article as the editor opens it', () => {
  it('places each stored annotation over the text it was stored for, with what the reviewer decided', () => {
    const opened = openedArticle(text, annotations);
    expect(opened.annotations().map((annotation) => opened.doc.textBetween(annotation.from, annotation.to))).toEqual([
      'The ministry said 🕊️',
      '6,500 people had been killed',
      'Officials denied it',
    ]);
    expect(opened.annotations().map(({ id, label, note, attributes }) => ({ id, label, note, attributes }))).toEqual(
      annotations.map(({ id, label, note, attributes }) => ({ id, label, note, attributes })),
    );
  });

  it('saves an opened annotation back at the offsets it was stored with', () => {
    const opened = openedArticle(text, annotations);
    const state = EditorState.create({ doc: opened.doc, plugins: [annotationPlugin(opened.annotations(), 900)] });
    expect(opened.annotations().map((annotation) => draftOf(annotation, 'doc-1', state)).map(({ start, end }) => ({ start, end }))).toEqual(
      annotations.map(({ start, end }) => ({ start, end })),
    );
  });

  it('turns into positions those of the first screen first, in text order, and the same objects for all of them', () => {
    const [first, , third] = openedArticle(text, annotations).annotations();
    const opened = openedArticle(text, annotations);
    const firstScreen = opened.annotationsStartingBy(third!.from - 1);
    expect(firstScreen.map((annotation) => annotation.id)).toEqual(['a1', 'a2']);
    expect(opened.annotationsStartingBy(first!.from).map((annotation) => annotation.id)).toEqual(['a1']);
    expect(opened.annotations().map((annotation) => annotation.id)).toEqual(['a1', 'a2', 'a3']);
    expect(opened.annotations()[0]).toBe(firstScreen[0]);
  });

  it('keeps who made each annotation, whether it was found and when it last changed', () => {
    expect(recordsOf(annotations)).toEqual([
      { id: 'a1', reviewer: 'amal', anchor: 'anchored', updatedAt: '2026-11-30T10:00:00.000Z' },
      { id: 'a2', reviewer: 'amal', anchor: 'anchored', updatedAt: '2026-11-30T10:00:00.000Z' },
      { id: 'a3', reviewer: 'jonas', anchor: 'fuzzy', updatedAt: '2026-12-01T08:00:00.000Z' },
    ]);
  });
});
