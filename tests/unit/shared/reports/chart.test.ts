import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { summaryChart } from '../../../../shared/reports/chart';

const counts = {
  labelCounts: { verified_fact: 2, attributed_claim: 8, casualty_figure: 4, opinion: 0 },
  claimVerdicts: { unchecked: 1, supported: 3, disputed: 0, false: 2, unverifiable: 2 },
};

function bars(svg: string): { name: string; width: number; value: string; fill: string }[] {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${svg}</body></html>`);
  const texts = [...document.querySelectorAll('svg > text')].filter((text) => text.getAttribute('text-anchor') === 'end');
  return texts.map((name) => {
    const bar = name.nextElementSibling!;
    return { name: name.textContent!, width: Number(bar.getAttribute('width')), value: bar.nextElementSibling!.textContent!, fill: bar.getAttribute('fill')! };
  });
}

describe('the summary chart', () => {
  it('draws one bar per label and per verdict, each named and numbered in text', () => {
    const drawn = bars(summaryChart(counts));
    expect(drawn.map((bar) => [bar.name, bar.value])).toEqual([
      ['Verified fact', '2'],
      ['Attributed claim', '8'],
      ['Casualty figure', '4'],
      ['Opinion', '0'],
      ['Unchecked', '1'],
      ['Supported', '3'],
      ['Disputed', '0'],
      ['False', '2'],
      ['Unverifiable', '2'],
    ]);
    expect(drawn[1]!.fill).toBe('#0a5bc4');
  });

  it('sizes bars in proportion to the largest of their panel, and an empty count as no bar', () => {
    const [fact, claim, figure, opinion] = bars(summaryChart(counts));
    expect(claim!.width).toBeGreaterThan(0);
    expect(figure!.width).toBe(claim!.width / 2);
    expect(fact!.width).toBe(claim!.width / 4);
    expect(opinion!.width).toBe(0);
  });

  it('describes its data in words for screen readers', () => {
    const { document } = parseHTML(`<!DOCTYPE html><html><body>${summaryChart(counts)}</body></html>`);
    expect(document.querySelector('desc')!.textContent).toBe(
      'Annotations by label: Verified fact 2, Attributed claim 8, Casualty figure 4, Opinion 0. ' +
        'Attributed claims by verdict: Unchecked 1, Supported 3, Disputed 0, False 2, Unverifiable 2.',
    );
  });
});
