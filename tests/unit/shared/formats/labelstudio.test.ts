import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createLabelStudioWriter, labelStudioConfig } from '../../../../shared/formats/labelstudio';
import { readLabelStudio } from '../../../../shared/formats/labelstudio-reader';
import type { DocumentEntry } from '../../../../shared/formats/types';
import type { Annotation } from '../../../../shared/model';
import { arbitraryEntry, runWriter, trickyEntry } from './corpus';

const file = 'tasks.json';

function exported(entries: DocumentEntry[], labels?: Annotation['label'][]) {
  return runWriter(createLabelStudioWriter({ name: 'tasks', ...(labels ? { labels } : {}) }), entries).files;
}

function carried(annotations: readonly Annotation[]) {
  return [...annotations]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map(({ id, label, start, end, quote, note }) => ({ id, label, start, end, quote, note }));
}

describe('Label Studio', () => {
  it('writes a JSON array of tasks and the labelling config that matches them', () => {
    const files = exported([trickyEntry('d1'), trickyEntry('d2')], ['attributed_claim', 'casualty_figure']);
    const tasks = JSON.parse(files.get('tasks.json')!) as { data: Record<string, string>; annotations: { result: Record<string, unknown>[] }[] }[];
    expect(tasks.map((task) => task.data.documentId)).toEqual(['d1', 'd2']);
    const [claim, claimNote, figure] = tasks[0]!.annotations[0]!.result;
    expect(claim).toMatchObject({ id: 'a-claim', from_name: 'label', to_name: 'text', type: 'labels', value: { start: 2, end: 72, labels: ['Attributed claim'] } });
    expect(claimNote).toMatchObject({ id: 'a-claim', from_name: 'note', type: 'textarea', value: { text: [expect.stringContaining('health ministry')] } });
    expect(figure).toMatchObject({ id: 'a-figure', value: { text: 'more than 6,500 people', labels: ['Casualty figure'] } });
    const config = files.get('tasks.label-config.xml')!;
    expect(config).toBe(labelStudioConfig(['attributed_claim', 'casualty_figure']));
    expect(config).toContain('<Labels name="label" toName="text">');
    expect(config).toContain('<Label value="Attributed claim" background="#0a5bc4" hotkey="2"/>');
    expect(config).not.toContain('Opinion');
    expect(config).toContain('<TextArea name="note" toName="text" perRegion="true"');
  });

  it('writes a valid empty array when there are no documents', () => {
    expect(JSON.parse(exported([]).get('tasks.json')!)).toEqual([]);
  });

  it('reads back random documents field for field', () => {
    fc.assert(
      fc.property(fc.array(arbitraryEntry(), { maxLength: 3 }), (drafts) => {
        const entries = drafts.map((entry, n) => ({
          document: { ...entry.document, id: `d${n}` },
          annotations: entry.annotations.map((annotation) => ({ ...annotation, id: `d${n}-${annotation.id}` })),
        }));
        const result = readLabelStudio({ name: file, content: exported(entries).get('tasks.json')! });
        expect(result.errors).toEqual([]);
        expect(result.documents.map(({ id, text, title }) => ({ id, text, title }))).toEqual(entries.map(({ document: { id, text, title } }) => ({ id, text, title })));
        expect(result.documents.map((document) => document.annotations.map(({ id, label, start, end, quote, note }) => ({ id, label, start, end, quote, note })))).toEqual(
          entries.map((entry) => carried(entry.annotations)),
        );
      }),
    );
  });

  it('gives each annotation and task the line it is written on', () => {
    const result = readLabelStudio({ name: file, content: exported([trickyEntry('d1'), trickyEntry('d2')]).get('tasks.json')! });
    expect(result.documents.map((document) => document.line)).toEqual([2, 3]);
    expect(result.documents[1]!.annotations.every((annotation) => annotation.line === 3)).toBe(true);
  });

  it('reads an export from Label Studio: notes per region, several labels, other results and cancelled work left out', () => {
    const content = readFileSync(new URL('../../../fixtures/formats/labelstudio/export.json', import.meta.url), 'utf8');
    const result = readLabelStudio({ name: 'export.json', content });
    expect(result.errors).toEqual([]);
    expect(result.documents[0]!.annotations.map(({ id, label, start, end, quote, note, line }) => ({ id, label, start, end, quote, note, line }))).toEqual([
      { id: 'Xk2vQ9aPl1', label: 'attributed_claim', start: 7, end: 39, quote: 'officials said 6,500 were killed', note: 'Source: the health ministry', line: 11 },
      { label: 'casualty_figure', start: 22, end: 27, quote: '6,500', note: '', line: 26 },
      { label: 'verified_fact', start: 22, end: 27, quote: '6,500', note: '', line: 26 },
    ]);
    expect(result.notices.map((notice) => [notice.line, notice.reason])).toEqual([
      [33, 'a result of type "choices" is not a labelled span; left out'],
      [43, 'a cancelled annotation is left out'],
    ]);
  });
});

describe('Label Studio errors', () => {
  const task = (results: unknown[]) => ({ data: { text: 'Gaza 😀 ministry said', documentId: 'd1' }, annotations: [{ result: results }] });
  const labelled = (id: string, start: number, end: number, text: string, labels: string[]) => ({
    id,
    from_name: 'label',
    to_name: 'text',
    type: 'labels',
    value: { start, end, text, labels },
  });

  it('reports bad results with the file, the line they start on and their id', () => {
    const content = JSON.stringify(
      [
        task([
          labelled('r1', 0, 4, 'Gaza', ['Rumour']),
          labelled('r2', 9, 3, 'x', ['opinion']),
          labelled('r3', 0, 99, 'x', ['opinion']),
          labelled('r4', 0, 4, 'Gazza', ['opinion']),
        ]),
        task([labelled('r4', 7, 15, 'ministry', ['opinion'])]),
      ],
      null,
      1,
    );
    const result = readLabelStudio({ name: file, content });
    expect(result.errors.map((error) => error.message)).toEqual([
      'tasks.json, line 10, annotation r1, document d1: the label "Rumour" is not one of the labels',
      'tasks.json, line 24, annotation r2, document d1: the span 9–3 starts after it ends',
      'tasks.json, line 38, annotation r3, document d1: the span 0–99 runs past the end of the text (20 characters)',
      'tasks.json, line 52, annotation r4, document d1: the quote "Gazza" does not match the text at 0–4, which is "Gaza"',
      'tasks.json, line 78, annotation r4, document d1: the annotation id "r4" is used again (earlier in the file)',
    ]);
  });

  it('reports a truncated file and invalid JSON with their lines', () => {
    const content = JSON.stringify([task([labelled('r1', 0, 4, 'Gaza', ['opinion'])])], null, 1);
    expect(readLabelStudio({ name: file, content: content.slice(0, 120) }).errors).toMatchObject([{ kind: 'truncated', message: expect.stringMatching(/^tasks\.json, line 10: the file ends in the middle of a JSON value/u) }]);
    expect(readLabelStudio({ name: file, content: '[\n {"data": {"text": "a"}},\n {"data" {}}\n]' }).errors.map((error) => error.message)).toEqual([
      'tasks.json, line 3: not valid JSON: a colon is missing at column 10',
    ]);
  });

  it('reports a task without text', () => {
    expect(readLabelStudio({ name: file, content: '[{"data": {"url": "x"}}]' }).errors[0]!.message).toBe('tasks.json, line 1: a task must have its document text in data.text');
  });
});
