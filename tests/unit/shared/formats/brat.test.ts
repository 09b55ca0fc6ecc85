import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bratFileStem, createBratWriter } from '../../../../shared/formats/brat';
import { escapeNote, unescapeNote } from '../../../../shared/formats/brat-config';
import { readBrat } from '../../../../shared/formats/brat-reader';
import type { DocumentEntry } from '../../../../shared/formats/types';
import type { Annotation } from '../../../../shared/model';
import { arbitraryEntry, makeDocument, runWriter, trickyEntry } from './corpus';

const fixture = (name: string) => ({ name, content: readFileSync(new URL(`../../../fixtures/formats/brat/${name}`, import.meta.url), 'utf8') });

function exported(entries: DocumentEntry[]) {
  return runWriter(createBratWriter({ name: 'corpus' }), entries).files;
}

function readBack(files: Map<string, string>, stem: string) {
  return readBrat({ name: `corpus/${stem}.ann`, content: files.get(`corpus/${stem}.ann`)! }, { name: `corpus/${stem}.txt`, content: files.get(`corpus/${stem}.txt`)! });
}

/** What brat carries of an annotation, in text order. */
function carried(annotations: readonly Annotation[]) {
  return [...annotations]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map(({ id, label, start, end, quote, note, confidence, attributes }) => ({ id, label, start, end, quote, note, confidence, attributes }));
}

describe('brat standoff', () => {
  it('writes a .txt and an .ann per document, with T, A and # lines', () => {
    const entry = trickyEntry();
    const files = exported([entry]);
    expect([...files.keys()]).toEqual(['corpus/annotation.conf', 'corpus/visual.conf', 'corpus/doc-tricky.txt', 'corpus/doc-tricky.ann']);
    expect(files.get('corpus/doc-tricky.txt')).toBe(trickyEntry().document.text);
    const ann = files.get('corpus/doc-tricky.ann')!.split('\n');
    expect(ann.slice(0, 8)).toEqual([
      'T1\tattributed_claim 2 72\tPalestinian authorities say more than 6,500 people have been killed 🕊️',
      '#1\tid T1\ta-claim',
      '#2\tAnnotatorNotes T1\tFigure from the Gaza health ministry.\\nNot independently verified.\\tSee \\\\ notes.',
      'A1\tconfidence T1 high',
      'A2\tverdict T1 unverifiable',
      'A3\tsourceKind T1 official',
      '#3\tsource T1\tPalestinian authorities',
      '#4\tevidence T1\t{"citation":"Ministry statement, 26 Oct","url":"https://example.org/statement","accessed":"2023-10-27"}',
    ]);
    const across = entry.annotations.find((annotation) => annotation.id === 'a-across')!;
    expect(ann).toContain(`T3\tverified_fact ${across.start} ${across.end}\tin Gaza. The ministry`);
    expect(files.get('corpus/annotation.conf')).toContain('verdict\tArg:attributed_claim|casualty_figure, Value:unchecked|supported|disputed|false|unverifiable');
  });

  it('reads back the tricky document field for field', () => {
    const entry = trickyEntry();
    const result = readBack(exported([entry]), 'doc-tricky');
    expect(result.errors).toEqual([]);
    expect(result.notices).toEqual([]);
    expect(result.documents[0]).toMatchObject({ id: 'doc-tricky', text: entry.document.text });
    expect(result.documents[0]!.annotations.map(({ id, label, start, end, quote, note, confidence, attributes }) => ({ id, label, start, end, quote, note, confidence, attributes }))).toEqual(
      carried(entry.annotations),
    );
  });

  it('reads back random documents field for field', () => {
    fc.assert(
      fc.property(arbitraryEntry(), (entry) => {
        const result = readBack(exported([entry]), 'doc-random');
        expect(result.errors).toEqual([]);
        expect(result.documents[0]!.annotations.map(({ id, label, start, end, quote, note, confidence, attributes }) => ({ id, label, start, end, quote, note, confidence, attributes }))).toEqual(
          carried(entry.annotations),
        );
      }),
    );
  });

  it('escapes any note onto one line and back', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\\', 'n', 't', '\n', '\t', '\r', '😀') }), (note) => {
        expect(escapeNote(note)).not.toMatch(/[\n\r\t]/u);
        expect(unescapeNote(escapeNote(note))).toBe(note);
      }),
    );
  });

  it('names files after document ids, keeping them unique', () => {
    expect(bratFileStem('a/b:c d')).toBe('a_b_c_d');
    expect(bratFileStem('.hidden')).toBe('_hidden');
    const files = exported([{ document: makeDocument('x/1', 'One.'), annotations: [] }, { document: makeDocument('x:1', 'Two.'), annotations: [] }]);
    expect(files.get('corpus/x_1.txt')).toBe('One.');
    expect(files.get('corpus/x_1-2.txt')).toBe('Two.');
  });

  it('reads a file from brat itself: joins a span split at a line break, leaves out relations and discontinuous spans', () => {
    const result = readBrat(fixture('from-brat.ann'), fixture('from-brat.txt'));
    expect(result.errors).toEqual([]);
    expect(result.documents[0]!.annotations.map(({ label, start, end, quote, note }) => ({ label, start, end, quote, note }))).toEqual([
      { label: 'attributed_claim', start: 0, end: 47, quote: 'The ministry said 😀\nmore than 6,500 were killed', note: 'Split by brat at the line break' },
      { label: 'casualty_figure', start: 20, end: 35, quote: 'more than 6,500', note: '' },
    ]);
    expect(result.notices.map((notice) => [notice.line, notice.reason])).toEqual([
      [4, "a brat relation is not part of this application's model; left out"],
      [6, 'the attribute Negated is not one this application records; left out'],
      [7, 'it belongs to R1, which is not a span; left out'],
      [3, 'a discontinuous span cannot be represented here (spans are contiguous); left out'],
    ]);
  });
});

describe('brat standoff errors', () => {
  const txt = { name: 'news.txt', content: 'Gaza 😀 ministry said 6,500.' };
  const read = (ann: string) => readBrat({ name: 'news.ann', content: ann }, txt);

  it('reports bad spans with the file, line and T id named', () => {
    const result = read(['T1\trumour 0 4\tGaza', 'T2\topinion 9 3\tx', 'T3\topinion 0 99\tx', 'T4\topinion 0 4\tGazza', 'T4\topinion 0 4\tGaza'].join('\n'));
    expect(result.errors.map((error) => error.message)).toEqual([
      'news.ann, line 5, annotation T4, document news: the annotation id "T4" is used again (first on line 4)',
      'news.ann, line 1, annotation T1, document news: the label "rumour" is not one of the labels',
      'news.ann, line 2, annotation T2, document news: the span 9–3 starts after it ends',
      'news.ann, line 3, annotation T3, document news: the span 0–99 runs past the end of the text (27 characters)',
      'news.ann, line 4, annotation T4, document news: the quote "Gazza" does not match the text at 0–4, which is "Gaza"',
    ]);
  });

  it('reports attributes and notes that do not fit, and references to missing spans', () => {
    const result = read(['T1\tcasualty_figure 21 26\t6,500', 'A1\tverdict T1 maybe', '#1\tcount T1\tmany', 'A2\tconfidence T9 high'].join('\n'));
    expect(result.errors.map((error) => [error.line, error.reason])).toEqual([
      [3, 'count must be a whole number, not "many"'],
      [4, 'it refers to T9, which is not a span in this file'],
      [1, expect.stringMatching(/^field attributes\.verdict: /u)],
    ]);
  });

  it('reports a duplicate annotation id kept in an id note', () => {
    const result = read(['T1\topinion 0 4\tGaza', '#1\tid T1\ta1', 'T2\topinion 7 15\tministry', '#2\tid T2\ta1'].join('\n'));
    expect(result.errors.map((error) => error.message)).toEqual(['news.ann, line 3, annotation a1, document news: the annotation id "a1" is used again (first on line 1)']);
  });

  it('reports an .ann file cut short in its last line', () => {
    const result = read('T1\topinion 7 15\tministry\nT2\tcasualty_figure 2');
    expect(result.errors.map((error) => error.message)).toEqual([
      'news.ann, line 2, annotation T2, document news: the offsets "2" are not "start end" pairs, and the file ends there without a line break: it looks truncated',
    ]);
    expect(read('T1\topinion 7 15\tministry\nA1\tverdi').errors[0]).toMatchObject({ kind: 'truncated', line: 2 });
  });

  it('reports a line that is not brat and a missing text file', () => {
    expect(read('T1 opinion 0 4 Gaza\n').errors[0]!.message).toBe('news.ann, line 1, document news: the line is not a brat annotation (T, A, #, R, E, N or * line)');
    expect(readBrat({ name: 'dir/news.ann', content: '' }, undefined).errors[0]!.message).toBe('dir/news.ann: the text file news.txt that goes with it is missing');
  });
});
