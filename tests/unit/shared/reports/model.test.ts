import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../shared/reports/model';
import type { ReportModel } from '../../../../shared/reports/model';
import { attentionSummary } from '../../../../shared/reports/format';
import { sampleArticle, sampleText } from '../../../fixtures/reports/sample-article';

const generatedAt = '2023-10-28T14:05:00.000Z';

function sampleReport(): ReportModel {
  const { document, annotations } = sampleArticle();
  return buildReport(document, annotations, { generatedAt });
}

function noteOf(report: ReportModel, id: string): number {
  const note = report.notes.find((candidate) => candidate.annotation.id === id);
  if (!note) throw new Error(`no note for ${id}`);
  return note.number;
}

describe('the report model of the sample article', () => {
  it('carries the article metadata, the reviewers in the order they annotated, when they last changed it, and when it was made', () => {
    const { metadata } = sampleReport();
    expect(metadata).toMatchObject({
      title: 'Hamas delegation visits Moscow for talks on hostages',
      publication: 'Example News',
      author: null,
      publishedAt: '2023-10-27',
      url: 'https://news.example.org/world/hamas-delegation-moscow',
      reviewers: ['r.alvarez', 'j.okafor'],
      lastReviewedAt: '2023-10-27T11:00:00.000Z',
      generatedAt,
    });
  });

  it('has no time of review for an article without annotations', () => {
    const { document } = sampleArticle();
    expect(buildReport(document, [], { generatedAt }).metadata.lastReviewedAt).toBeNull();
  });

  it('takes the reviewers it is given over the annotators', () => {
    const { document, annotations } = sampleArticle();
    const report = buildReport(document, annotations, { generatedAt, reviewers: ['Desk: A. Rahman'] });
    expect(report.metadata.reviewers).toEqual(['Desk: A. Rahman']);
  });

  it('counts annotations per label, the orphaned one included, and claims per verdict', () => {
    const report = sampleReport();
    expect(report.labelCounts).toEqual({ verified_fact: 2, attributed_claim: 7, casualty_figure: 2, opinion: 2 });
    expect(report.claimVerdicts).toEqual({ unchecked: 2, supported: 2, disputed: 1, false: 1, unverifiable: 1 });
  });

  it('numbers notes in text order, the outer of two nested spans first, the orphaned one last', () => {
    const report = sampleReport();
    expect(report.notes.map((note) => note.annotation.id)).toEqual([
      'claim-delegation',
      'claim-tass',
      'claim-ria',
      'figure-1400',
      'fact-siege',
      'claim-6500',
      'figure-6500',
      'fact-negotiator',
      'claim-backer',
      'claim-expel',
      'opinion-undignified',
      'opinion-diplomacy',
      'claim-orphaned',
    ]);
    expect(report.notes.map((note) => note.number)).toEqual(report.notes.map((_, position) => position + 1));
    expect(report.notes.at(-1)).toMatchObject({ placed: false, quote: 'Hamas said the talks went well' });
  });

  it('lists what needs attention: the fact without evidence, the unchecked claim and figure, the orphan', () => {
    const report = sampleReport();
    expect(report.attention).toEqual({
      factsWithoutEvidence: [noteOf(report, 'fact-negotiator')],
      uncheckedClaims: [noteOf(report, 'claim-tass'), noteOf(report, 'claim-orphaned')],
      uncheckedFigures: [noteOf(report, 'figure-6500')],
      approximate: [],
      orphaned: [noteOf(report, 'claim-orphaned')],
    });
    expect(attentionSummary(report.attention)).toBe(
      'Needs attention: 1 verified fact without evidence (note 8); 2 claims left unchecked (notes 2 and 13); ' +
        '1 casualty figure left unchecked (note 7); 1 orphaned annotation whose text is no longer in the article (note 13).',
    );
  });

  it('says nothing needs attention when every fact has evidence and every claim and figure a verdict', () => {
    const { document, annotations } = sampleArticle();
    const settled = annotations.filter((a) => ['claim-delegation', 'figure-1400', 'fact-siege', 'opinion-undignified'].includes(a.id));
    const report = buildReport(document, settled, { generatedAt });
    expect(attentionSummary(report.attention)).toMatch(/^Nothing needs attention/);
  });

  it('lists a span found again only approximately as needing a look', () => {
    const { document, annotations } = sampleArticle();
    const fuzzy = annotations.map((a) => (a.id === 'claim-expel' ? { ...a, anchor: 'fuzzy' as const } : a));
    const report = buildReport(document, fuzzy, { generatedAt });
    expect(report.attention.approximate).toEqual([noteOf(report, 'claim-expel')]);
  });

  it('fills the claims table with quote, source, verdict and evidence, in note order', () => {
    const report = sampleReport();
    const claims = report.tables.claims;
    expect(claims.map((row) => row.annotationId)).toEqual([
      'claim-delegation',
      'claim-tass',
      'claim-ria',
      'claim-6500',
      'claim-backer',
      'claim-expel',
      'claim-orphaned',
    ]);
    expect(claims[1]).toMatchObject({
      quote: 'Senior Hamas member Abu Marzouk was among those attending the talks, TASS reported.',
      source: 'TASS',
      sourceKind: 'agency_media',
      verdict: 'unchecked',
      evidence: [],
      placed: true,
    });
    expect(claims[0]!.evidence).toEqual([
      { citation: 'Russian Foreign Ministry briefing, 26 October 2023', url: 'https://mid.example.org/briefing-2023-10-26', accessed: '2023-10-27' },
    ]);
    expect(claims[4]).toMatchObject({ source: null, sourceKind: 'publication', verdict: 'false' });
    expect(claims[6]).toMatchObject({ placed: false, quote: 'Hamas said the talks went well' });
  });

  it('fills the casualty figures table with count, qualifier, category, population, source, date and verdict', () => {
    const figures = sampleReport().tables.figures;
    expect(figures).toEqual([
      expect.objectContaining({
        quote: '1,400 people',
        count: 1400,
        min: null,
        max: null,
        qualifier: 'about',
        category: 'killed',
        population: 'people in Israel on 7 October',
        source: 'Israeli authorities',
        asOf: '2023-10-26',
        verdict: 'supported',
      }),
      expect.objectContaining({ quote: 'more than 6,500 have been killed', count: 6500, qualifier: 'more_than', verdict: 'unchecked' }),
    ]);
  });

  it('fills the facts table with their evidence and the opinions table with their holders', () => {
    const { facts, opinions } = sampleReport().tables;
    expect(facts.map((row) => [row.quote, row.evidence.map((e) => e.citation)])).toEqual([
      ['imposed a siege on the enclave of 2.3 million people', ['UN OCHA, Hostilities in the Gaza Strip, flash update 20']],
      ["Baghiri Kani is Iran's chief nuclear negotiator", []],
    ]);
    expect(opinions.map((row) => [row.quote, row.holder])).toEqual([
      ['undignified step', 'Israeli Foreign Ministry'],
      [
        'a tactic that the US and Israel seem to have neglected in the last few decades in favor of threats, sanctions, aggression, and war crimes',
        'the comment section',
      ],
    ]);
  });

  it('cuts the paragraph with the nested claim and figure into runs covered by one, then both', () => {
    const report = sampleReport();
    const claim = noteOf(report, 'claim-6500');
    const figure = noteOf(report, 'figure-6500');
    const paragraph = report.paragraphs.find((p) => p.segments.some((s) => s.notes.includes(figure)))!;
    const covered = paragraph.segments.filter((s) => s.notes.length > 0 && s.notes.some((n) => n === claim || n === figure));
    expect(covered.map((s) => [s.text, s.notes, s.notesEnding])).toEqual([
      ['Palestinian authorities say ', [claim], []],
      ['more than 6,500 have been killed', [claim, figure], [figure, claim]],
    ]);
    const levels = report.notes.filter((n) => n.number === claim || n.number === figure).map((n) => n.level);
    expect(levels).toEqual([0, 1]);
  });

  it('keeps every line of the article, runs put together, in its paragraphs', () => {
    const report = sampleReport();
    const lines = report.paragraphs.map((p) => p.segments.map((s) => s.text).join(''));
    expect(lines.join('\n')).toBe(sampleText);
  });

  it('keeps an annotation whose offsets run past the end of the text, unplaced, instead of failing', () => {
    const { document, annotations } = sampleArticle();
    const beyond = { ...annotations[0]!, id: 'beyond', anchor: 'anchored' as const, start: 10, end: Array.from(sampleText).length + 5 };
    const report = buildReport(document, [beyond], { generatedAt });
    expect(report.notes).toEqual([expect.objectContaining({ placed: false })]);
    expect(report.attention.orphaned).toEqual([1]);
    expect(report.paragraphs.every((p) => p.segments.every((s) => s.notes.length === 0))).toBe(true);
  });
});
