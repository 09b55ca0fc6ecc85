import { describe, expect, it } from 'vitest';
import { splitPart, splitPlan, splitPosition } from '../../../../../electron/services/datasets/split';
import { parseSplitRatios } from '../../../../../shared/datasets';

const ids = Array.from({ length: 10_000 }, (_, n) => `article-${n}`);

describe('train/dev/test split', () => {
  it('gives a known part for a known seed and id, on every machine', () => {
    expect(splitPosition('42', 'doc-moscow')).toMatchInlineSnapshot(`0.39675199930316296`);
    const plan = splitPlan({ ratios: [80, 10, 10], seed: '42' });
    expect(ids.slice(0, 12).map((id) => plan.names[splitPart(plan, id)])).toMatchInlineSnapshot(`
      [
        "train",
        "train",
        "train",
        "train",
        "train",
        "train",
        "train",
        "test",
        "train",
        "train",
        "train",
        "train",
      ]
    `);
  });

  it('follows the ratios closely on many documents', () => {
    const plan = splitPlan({ ratios: [80, 10, 10], seed: '1' });
    const counts = [0, 0, 0];
    for (const id of ids) counts[splitPart(plan, id)]!++;
    expect(counts[0]! / ids.length).toBeCloseTo(0.8, 1);
    expect(counts[1]! / ids.length).toBeCloseTo(0.1, 1);
    expect(counts[2]! / ids.length).toBeCloseTo(0.1, 1);
  });

  it('splits differently with another seed', () => {
    const first = splitPlan({ ratios: [50, 50], seed: 'a' });
    const second = splitPlan({ ratios: [50, 50], seed: 'b' });
    const moved = ids.slice(0, 200).filter((id) => splitPart(first, id) !== splitPart(second, id));
    expect(moved.length).toBeGreaterThan(50);
  });

  it('leaves a part with no share empty', () => {
    const plan = splitPlan({ ratios: [100, 0, 0], seed: 'x' });
    expect(new Set(ids.slice(0, 500).map((id) => splitPart(plan, id)))).toEqual(new Set([0]));
  });

  it('reads splits written as percentages, and says what is wrong with others', () => {
    expect(parseSplitRatios('80/10/10')).toEqual([80, 10, 10]);
    expect(parseSplitRatios(' 90/10 ')).toEqual([90, 10]);
    expect(parseSplitRatios('80/10/5')).toBe('the split 80/10/5 adds up to 95, not 100');
    expect(parseSplitRatios('80-20')).toMatch(/is not a split such as 80\/10\/10/);
    expect(parseSplitRatios('70/10/10/10')).toMatch(/is not a split/);
  });
});
