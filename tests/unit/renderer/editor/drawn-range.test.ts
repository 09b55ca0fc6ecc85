import { history, undo } from 'prosemirror-history';
import { EditorState, type Transaction } from 'prosemirror-state';
import type { Decoration } from 'prosemirror-view';
import { describe, expect, it } from 'vitest';
import { defaultAttributes } from '../../../../shared/attributes';
import { annotationPlugin, annotationPluginKey, annotationState, type AnnotationMeta } from '../../../../renderer/editor/annotations';
import { AnnotationStep } from '../../../../renderer/editor/annotation-step';
import { deleteAnnotation, selectAnnotation } from '../../../../renderer/editor/commands';
import type { AnnotationDecorationSpec } from '../../../../renderer/editor/decorations';
import { openingRange, widened, type DrawnRange } from '../../../../renderer/editor/drawn-range';
import { articleDocument, SECTION_LINES } from '../../../../renderer/editor/schema';
import type { EditorAnnotation } from '../../../../renderer/editor/types';
import type { Command } from 'prosemirror-state';

/**
 * A long article: ten sections of paragraphs three lines long, with an annotation on the first
 * word of each paragraph.
 */
const doc = articleDocument(
  Array.from({ length: (SECTION_LINES / 3) * 10 }, (_, n) => `Paragraph ${n} says more than ${n} were hurt. ${'Officials could not confirm the figure on Sunday. '.repeat(3)}`).join('\n'),
);

function paragraphStarts(): number[] {
  const starts: number[] = [];
  doc.descendants((node, position) => {
    if (node.type.name === 'paragraph') starts.push(position + 1);
    return node.type.name !== 'paragraph';
  });
  return starts;
}

function annotationAt(start: number, n: number): EditorAnnotation {
  return { id: `a-${n}`, label: 'opinion', from: start, to: start + 'Paragraph'.length, note: '', confidence: null, attributes: defaultAttributes('opinion') } as EditorAnnotation;
}

const initial = paragraphStarts().map(annotationAt);

/** The index of a paragraph (and of its annotation) in section `section` (0-based). */
function paragraphIn(section: number): number {
  let index = 2;
  for (let i = 0; i < section; i++) index += doc.child(i).childCount;
  return index;
}

/** The range of sections `first` to `last` (0-based), as the viewport watcher reports it. */
function sectionRange(first: number, last: number): DrawnRange {
  let from = 0;
  for (let i = 0; i < first; i++) from += doc.child(i).nodeSize;
  let to = from;
  for (let i = first; i <= last; i++) to += doc.child(i).nodeSize;
  return { from, to };
}

/** The height of the screen the article opens on, in CSS pixels. */
const SCREEN_HEIGHT = 900;

/** The annotations drawn when the article opens: those starting within the range a screen shows at first. */
const openingIds = initial.filter((annotation) => annotation.from <= openingRange(doc, SCREEN_HEIGHT).to).map((annotation) => annotation.id);

function drawnIds(state: EditorState): string[] {
  const ids = annotationState(state).decorations.find().map((decoration: Decoration) => (decoration.spec as AnnotationDecorationSpec).annotationId);
  return [...new Set(ids)].sort((a, b) => Number(a.slice(2)) - Number(b.slice(2)));
}

function idsOfSections(first: number, last: number): string[] {
  const { from, to } = sectionRange(first, last);
  return initial.filter((annotation) => annotation.from > from && annotation.to < to).map((annotation) => annotation.id);
}

function editor() {
  let state = EditorState.create({ doc, plugins: [history(), annotationPlugin(initial, SCREEN_HEIGHT)] });
  const run = (command: Command) => command(state, (tr: Transaction) => (state = state.apply(tr)));
  const draw = (range: DrawnRange) => (state = state.apply(state.tr.setMeta(annotationPluginKey, { drawn: range } satisfies AnnotationMeta)));
  const add = (annotation: EditorAnnotation) => (state = state.apply(state.tr.step(new AnnotationStep({ kind: 'add', annotation }))));
  return { run, draw, add, state: () => state };
}

describe('highlights drawn near the screen', () => {
  it('draws the beginning of a long article when it opens, more than a screen shows, and holds every annotation', () => {
    const { state } = editor();
    expect(annotationState(state()).annotations.size).toBe(initial.length);
    expect(drawnIds(state())).toEqual(openingIds);
    expect(openingIds.length).toBeLessThan(initial.length);
  });

  it('draws at first as much more of the article as a taller screen shows, and all of a short one', () => {
    const tall = openingRange(doc, 2 * SCREEN_HEIGHT).to;
    expect(tall).toBeGreaterThan(1.9 * openingRange(doc, SCREEN_HEIGHT).to);
    expect(tall).toBeLessThan(doc.content.size);
    const short = articleDocument('Two were hurt, officials said.\nNo one else was.');
    expect(openingRange(short, SCREEN_HEIGHT)).toEqual({ from: 0, to: short.content.size });
  });

  it('draws the sections the view reports near the screen, and no others', () => {
    const { draw, state } = editor();
    draw(sectionRange(6, 8));
    expect(drawnIds(state())).toEqual(idsOfSections(6, 8));
    draw(sectionRange(0, 0));
    expect(drawnIds(state())).toEqual(idsOfSections(0, 0));
  });

  it('draws only what comes into a range that grows, and takes away only what leaves one that shrinks', () => {
    const { draw, state } = editor();
    draw(sectionRange(0, 1));
    const kept = annotationState(state()).decorations.find(sectionRange(1, 1).from + 2, sectionRange(1, 1).to - 2);
    draw(sectionRange(0, 5));
    expect(drawnIds(state())).toEqual(idsOfSections(0, 5));
    const stillThere = annotationState(state()).decorations.find(sectionRange(1, 1).from + 2, sectionRange(1, 1).to - 2);
    expect(stillThere).toEqual(kept);
    draw(sectionRange(4, 5));
    expect(drawnIds(state())).toEqual(idsOfSections(4, 5));
  });

  it('widens the range a section at a time, after it and then before it, up to the whole article', () => {
    expect(widened(doc, sectionRange(2, 3))).toEqual(sectionRange(2, 4));
    expect(widened(doc, sectionRange(7, 9))).toEqual(sectionRange(6, 9));
    expect(widened(doc, sectionRange(0, 9))).toBeNull();
    let range: DrawnRange | null = sectionRange(4, 4);
    let steps = 0;
    for (let next = widened(doc, range); next; next = widened(doc, range)) {
      range = next;
      steps++;
    }
    expect(steps).toBe(9);
    expect(range).toEqual({ from: 0, to: doc.content.size });
  });

  it('draws a new annotation in the drawn range at once, and one outside it when its section comes near', () => {
    const { draw, add, state } = editor();
    add({ ...annotationAt(initial[5]!.from + 10, 1000), to: initial[5]!.from + 14 });
    add({ ...annotationAt(initial[paragraphIn(7)]!.from + 10, 1001), to: initial[paragraphIn(7)]!.from + 14 });
    expect(drawnIds(state())).toContain('a-1000');
    expect(drawnIds(state())).not.toContain('a-1001');
    expect(annotationState(state()).annotations.has('a-1001')).toBe(true);
    draw(sectionRange(7, 7));
    expect(drawnIds(state())).toContain('a-1001');
    expect(drawnIds(state())).not.toContain('a-1000');
  });

  it('keeps the selection outline for the selected annotation when its section is drawn again', () => {
    const { run, draw, state } = editor();
    const id = `a-${paragraphIn(8)}`;
    run(selectAnnotation(id));
    draw(sectionRange(8, 8));
    const specs = annotationState(state()).decorations.find().map((decoration: Decoration) => decoration.spec as AnnotationDecorationSpec);
    expect(specs.filter((spec) => spec.selected).map((spec) => spec.annotationId)).toEqual([id, id]);
  });

  it('deletes and restores an annotation outside the drawn range without drawing it', () => {
    const { run, state } = editor();
    const index = paragraphIn(9);
    expect(run(deleteAnnotation(`a-${index}`))).toBe(true);
    expect(annotationState(state()).annotations.has(`a-${index}`)).toBe(false);
    run(undo);
    expect(annotationState(state()).annotations.get(`a-${index}`)).toEqual(initial[index]);
    expect(drawnIds(state())).toEqual(openingIds);
  });

  it('adds the rest of the annotations after the first screen\'s, drawing those in the range, outside the undo history', () => {
    const firstScreen = initial.filter((annotation) => openingIds.includes(annotation.id));
    let state = EditorState.create({ doc, plugins: [history(), annotationPlugin(firstScreen, SCREEN_HEIGHT)] });
    const apply = (tr: Transaction) => (state = state.apply(tr));
    apply(state.tr.setMeta(annotationPluginKey, { drawn: sectionRange(0, 2) } satisfies AnnotationMeta));
    expect(drawnIds(state)).toEqual(openingIds);
    apply(state.tr.setMeta(annotationPluginKey, { loaded: initial.slice(firstScreen.length) } satisfies AnnotationMeta).setMeta('addToHistory', false));
    expect(annotationState(state).annotations.size).toBe(initial.length);
    expect(annotationState(state).ordered).toEqual(initial);
    expect(annotationState(state).annotations.get(initial.at(-1)!.id)).toEqual(initial.at(-1));
    expect(drawnIds(state)).toEqual(idsOfSections(0, 2));
    expect(undo(state, apply)).toBe(false);
  });
});
