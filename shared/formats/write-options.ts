/** Reading a writer's options: which labels to include and how to name the export's files. */
import { labelIds } from '../labels';
import type { LabelId } from '../labels';
import type { WriteOptions } from './types';

/** The labels an export includes, in key order: all of them unless the options name some. */
export function includedLabels(options: WriteOptions): LabelId[] {
  const chosen = options.labels;
  return chosen ? labelIds.filter((id) => chosen.includes(id)) : [...labelIds];
}

/** The stem of the export's file names. */
export function exportName(options: WriteOptions): string {
  return options.name ?? 'annotations';
}
