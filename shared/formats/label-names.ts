/** Finding a label from the way a file writes it. */
import { labelList } from '../labels';
import type { LabelId } from '../labels';

const byLowerCaseName = new Map<string, LabelId>(
  labelList.flatMap((label) => [
    [label.id.toLowerCase(), label.id],
    [label.name.toLowerCase(), label.id],
    [label.shortName.toLowerCase(), label.id],
  ]),
);

/** The label a file means by `written`: its id, name or short name, in any case; undefined if none. */
export function resolveLabel(written: unknown): LabelId | undefined {
  return typeof written === 'string' ? byLowerCaseName.get(written.trim().toLowerCase()) : undefined;
}
