/**
 * Splitting documents into train/dev/test. Each document's part comes from a hash of the seed and
 * its id alone, so the same seed always puts it in the same part, whatever else is exported and
 * in whatever order; a document added to the library later does not move any other. The parts'
 * sizes follow the ratios as closely as chance allows, not exactly.
 */
import { createHash } from 'node:crypto';
import { splitNames, type Split } from '../../../shared/datasets';

export interface SplitPlan {
  names: readonly string[];
  /** The upper bound of each part on [0, 1), in order; the last is 1. */
  bounds: readonly number[];
  seed: string;
}

/** The plan for a split's ratios (percentages adding up to 100) and seed. */
export function splitPlan(split: Split): SplitPlan {
  const names = splitNames[split.ratios.length as 2 | 3];
  let cumulative = 0;
  const bounds = split.ratios.map((ratio, position) => {
    cumulative += ratio / 100;
    return position === split.ratios.length - 1 ? 1 : cumulative;
  });
  return { names, bounds, seed: split.seed };
}

/** A number in [0, 1) fixed by the seed and the document id. */
export function splitPosition(seed: string, documentId: string): number {
  const digest = createHash('sha256').update(seed).update('\u0000').update(documentId).digest();
  return digest.readUIntBE(0, 6) / 2 ** 48;
}

/** The index of the part a document belongs to. */
export function splitPart(plan: SplitPlan, documentId: string): number {
  const position = splitPosition(plan.seed, documentId);
  const part = plan.bounds.findIndex((bound) => position < bound);
  return part < 0 ? plan.bounds.length - 1 : part;
}
