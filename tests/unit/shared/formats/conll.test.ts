import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { conllColumns, createConllWriter } from '../../../../shared/formats/conll';
import { tokenize } from '../../../../shared/formats/tokens';
import type { DocumentEntry } from '../../../../shared/formats/types';
import { TextIndex } from '../../../../shared/text/offsets';
import { arbitraryEntry, makeAnnotation, makeDocument, runWriter, spanOf } from './corpus';

function conll(entries: DocumentEntry[], labels?: DocumentEntry['annotations'][number]['label'][]) {
  const { files, notices } = runWriter(createConllWriter(labels ? { labels } : {}), entries);
  return { rows: (files.get('annotations.conll') ?? '').split('\n'), notices };
}

describe('CoNLL BIO', () => {
  const text = 'Palestinian authorities say more than 6,500 people 😀 have been killed.\nA shameful war.';
  const document = makeDocument('d1', text);
  const claim = makeAnnotation(document, { id: 'claim', label: 'attributed_claim', ...spanOf(text, 'Palestinian authorities say more than 6,500 people 😀 have been killed') });
  const figure = makeAnnotation(document, { id: 'figure', label: 'casualty_figure', ...spanOf(text, 'more than 6,500 people') });
  const opinion = makeAnnotation(document, { id: 'opinion', label: 'opinion', ...spanOf(text, 'shameful') });

  it('tags nested spans of different labels in their own columns', () => {
    const { rows, notices } = conll([{ document, annotations: [claim, figure, opinion] }]);
    expect(conllColumns()).toEqual(['token', 'verified_fact', 'attributed_claim', 'casualty_figure', 'opinion']);
    expect(rows).toEqual([
      '-DOCSTART-\tO\tO\tO\tO',
      '',
      'Palestinian\tO\tB-attributed_claim\tO\tO',
      'authorities\tO\tI-attributed_claim\tO\tO',
      'say\tO\tI-attributed_claim\tO\tO',
      'more\tO\tI-attributed_claim\tB-casualty_figure\tO',
      'than\tO\tI-attributed_claim\tI-casualty_figure\tO',
      '6,500\tO\tI-attributed_claim\tI-casualty_figure\tO',
      'people\tO\tI-attributed_claim\tI-casualty_figure\tO',
      '😀\tO\tI-attributed_claim\tO\tO',
      'have\tO\tI-attributed_claim\tO\tO',
      'been\tO\tI-attributed_claim\tO\tO',
      'killed\tO\tI-attributed_claim\tO\tO',
      '.\tO\tO\tO\tO',
      '',
      'A\tO\tO\tO\tO',
      'shameful\tO\tO\tO\tB-opinion',
      'war\tO\tO\tO\tO',
      '.\tO\tO\tO\tO',
      '',
      '',
    ]);
    expect(notices).toEqual([]);
  });

  it('writes only the chosen label columns', () => {
    const { rows } = conll([{ document, annotations: [claim, figure, opinion] }], ['casualty_figure']);
    expect(rows.slice(0, 7)).toEqual(['-DOCSTART-\tO', '', 'Palestinian\tO', 'authorities\tO', 'say\tO', 'more\tB-casualty_figure', 'than\tI-casualty_figure']);
  });

  it('reports what one column cannot show: overlapping spans of one label, spans off token boundaries', () => {
    const overlapping = makeAnnotation(document, { id: 'second-claim', label: 'attributed_claim', ...spanOf(text, 'have been killed') });
    const ragged = makeAnnotation(document, { id: 'ragged', label: 'opinion', ...spanOf(text, 'hameful wa') });
    const { rows, notices } = conll([{ document, annotations: [claim, overlapping, ragged] }]);
    expect(notices.map((notice) => notice.message)).toEqual([
      'annotations.conll, annotation second-claim, document d1: left out: it overlaps another attributed_claim span, and one column cannot show both',
      `annotations.conll, annotation ragged, document d1: the span ${ragged.start}–${ragged.end} does not start and end on token boundaries; every token it touches is tagged`,
    ]);
    expect(rows).toContain('shameful\tO\tO\tO\tB-opinion');
    expect(rows).toContain('war\tO\tO\tO\tI-opinion');
  });

  it('begins a span again after a paragraph break, each paragraph being a sentence', () => {
    const across = makeAnnotation(document, { id: 'across', label: 'verified_fact', ...spanOf(text, 'killed.\nA shameful') });
    const { rows } = conll([{ document, annotations: [across] }]);
    expect(rows.filter((row) => row.includes('verified_fact'))).toEqual([
      'killed\tB-verified_fact\tO\tO\tO',
      '.\tI-verified_fact\tO\tO\tO',
      'A\tB-verified_fact\tO\tO\tO',
      'shameful\tI-verified_fact\tO\tO\tO',
    ]);
  });

  it('writes one line per token with a tag in every column, on random text', () => {
    fc.assert(
      fc.property(arbitraryEntry(), (entry) => {
        const { rows } = conll([entry]);
        const tokenRows = rows.filter((row) => row !== '' && !row.startsWith('-DOCSTART-'));
        expect(tokenRows).toHaveLength(tokenize(new TextIndex(entry.document.text)).length);
        for (const row of tokenRows) expect(row.split('\t')).toHaveLength(5);
        for (const row of tokenRows) for (const tag of row.split('\t').slice(1)) expect(tag).toMatch(/^(O|[BI]-[a-z_]+)$/u);
      }),
    );
  });
});
