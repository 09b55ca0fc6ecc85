import { history, redo, undo } from 'prosemirror-history';
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { annotationPlugin, annotationState } from '../../../../renderer/editor/annotations';
import type { AnnotationDecorationSpec } from '../../../../renderer/editor/decorations';
import { deleteAnnotation, editAnnotation, relabelSelected, tag } from '../../../../renderer/editor/commands';
import { positionsOf } from '../../../../renderer/editor/positions';
import { readOnlyText } from '../../../../renderer/editor/read-only';
import { saveOperationsOf, type SaveOperation } from '../../../../renderer/editor/save-operations';
import { articleDocument } from '../../../../renderer/editor/schema';
import type { Command } from 'prosemirror-state';

const text = 'Israel has vowed to wipe out Hamas.\nPalestinian authorities say more than 6,500 have been killed 😢.';

/** An editor state with the plugins of the article view, and the saves each command asked for. */
function editor() {
  let state = EditorState.create({ doc: articleDocument(text), plugins: [history(), readOnlyText(), annotationPlugin([], 900)] });
  const saves: SaveOperation[][] = [];
  const run = (command: Command) =>
    command(state, (tr: Transaction) => {
      state = state.apply(tr);
      saves.push(saveOperationsOf(tr, state, 'doc-1'));
    });
  const selectText = (phrase: string) => {
    const positions = positionsOf(state.doc);
    const start = Array.from(text.slice(0, text.indexOf(phrase))).length;
    const end = start + Array.from(phrase).length;
    state = state.apply(
      state.tr.setSelection(TextSelection.create(state.doc, positions.positionOfOffset(start), positions.positionOfOffset(end))),
    );
  };
  return { run, selectText, saves, state: () => state };
}

describe('annotation commands and plugin', () => {
  it('tags the selection, selects the new annotation and asks for it to be saved at code-point offsets', () => {
    const { run, selectText, saves, state } = editor();
    selectText('more than 6,500 have been killed 😢');
    expect(run(tag('casualty_figure'))).toBe(true);
    const { annotations, selectedId } = annotationState(state());
    expect(annotations.size).toBe(1);
    const [annotation] = annotations.values();
    expect(selectedId).toBe(annotation!.id);
    expect(saves.at(-1)).toEqual([
      {
        kind: 'save',
        draft: {
          id: annotation!.id,
          documentId: 'doc-1',
          label: 'casualty_figure',
          start: 64,
          end: 98,
          note: '',
          confidence: null,
          attributes: { verdict: 'unchecked' },
        },
      },
    ]);
  });

  it('leaves out the whitespace a selection takes along at either end', () => {
    const { run, selectText, saves } = editor();
    selectText(' Hamas.\nPalestinian ');
    run(tag('opinion'));
    const [operation] = saves.at(-1)!;
    expect(operation).toMatchObject({ kind: 'save', draft: { start: 29, end: 47 } });
  });

  it('refuses to tag a selection of whitespace only', () => {
    const { run, selectText } = editor();
    selectText(' ');
    expect(run(tag('opinion'))).toBe(false);
  });

  it('undoes and redoes a tag, asking the store to delete and save again', () => {
    const { run, selectText, saves, state } = editor();
    selectText('Israel has vowed');
    run(tag('attributed_claim'));
    const id = annotationState(state()).ordered.map((annotation) => annotation.id)[0]!;
    run(undo);
    expect(annotationState(state()).annotations.size).toBe(0);
    expect(saves.at(-1)).toEqual([{ kind: 'delete', id }]);
    run(redo);
    expect(annotationState(state()).ordered.map((annotation) => annotation.id)).toEqual([id]);
    expect(saves.at(-1)).toMatchObject([{ kind: 'save', draft: { id, start: 0, end: 16 } }]);
  });

  it('deletes the selected annotation, and undo brings it back with its note', () => {
    const { run, selectText, saves, state } = editor();
    selectText('Hamas');
    run(tag('opinion'));
    const id = annotationState(state()).selectedId!;
    run(editAnnotation(id, { note: 'loaded wording?' }));
    run(deleteAnnotation());
    expect(saves.at(-1)).toEqual([{ kind: 'delete', id }]);
    run(undo);
    expect(annotationState(state()).annotations.get(id)?.note).toBe('loaded wording?');
  });

  it('relabels the selected annotation, keeping the attributes both labels have', () => {
    const { run, selectText, state } = editor();
    selectText('Palestinian authorities say more than 6,500 have been killed');
    run(tag('attributed_claim'));
    const id = annotationState(state()).selectedId!;
    const claim = annotationState(state()).annotations.get(id)!;
    run(editAnnotation(id, { attributes: { ...claim.attributes, verdict: 'disputed', source: 'Palestinian authorities' } }));
    run(relabelSelected('casualty_figure'));
    const figure = annotationState(state()).annotations.get(id)!;
    expect(figure.label).toBe('casualty_figure');
    expect(figure.attributes).toEqual({ verdict: 'disputed', source: 'Palestinian authorities' });
  });

  it('lets nested and overlapping annotations coexist', () => {
    const { run, selectText, state } = editor();
    selectText('Palestinian authorities say more than 6,500 have been killed');
    run(tag('attributed_claim'));
    selectText('more than 6,500');
    run(tag('casualty_figure'));
    selectText('say more');
    run(tag('opinion'));
    expect(annotationState(state()).annotations.size).toBe(3);
    expect(annotationState(state()).decorations.find().length).toBe(6);
  });

  it('draws each annotation once, with the outline of the selected one only', () => {
    const { run, selectText, state } = editor();
    const drawing = () =>
      annotationState(state())
        .decorations.find()
        .map((decoration) => decoration.spec as AnnotationDecorationSpec)
        .map(({ annotationId, selected }) => `${annotationState(state()).annotations.get(annotationId)!.label}${selected ? ' (selected)' : ''}`)
        .sort();
    selectText('Palestinian authorities say more than 6,500 have been killed');
    run(tag('attributed_claim'));
    expect(drawing()).toEqual(['attributed_claim (selected)', 'attributed_claim (selected)']);
    selectText('more than 6,500');
    run(tag('casualty_figure'));
    expect(drawing()).toEqual(['attributed_claim', 'attributed_claim', 'casualty_figure (selected)', 'casualty_figure (selected)']);
    run(relabelSelected('opinion'));
    expect(drawing()).toEqual(['attributed_claim', 'attributed_claim', 'opinion (selected)', 'opinion (selected)']);
    run(undo);
    expect(drawing()).toEqual(['attributed_claim', 'attributed_claim', 'casualty_figure (selected)', 'casualty_figure (selected)']);
    run(deleteAnnotation());
    expect(drawing()).toEqual(['attributed_claim', 'attributed_claim']);
    run(undo);
    expect(annotationState(state()).selectedId).toBeNull();
    expect(drawing()).toEqual(['attributed_claim', 'attributed_claim', 'casualty_figure', 'casualty_figure']);
  });

  it('refuses transactions that would change the text', () => {
    const { state } = editor();
    const before = state();
    expect(before.apply(before.tr.insertText('x', 1))).toBe(before);
  });
});
