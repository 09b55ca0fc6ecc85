/** Colours of verdicts in reports (labels have theirs in labels.ts). White text on each meets WCAG AA. */
import type { Verdict } from '../attributes';

export const verdictColours: Readonly<Record<Verdict, string>> = {
  unchecked: '#6e7781',
  supported: '#1a7f37',
  disputed: '#9a5b00',
  false: '#b3261e',
  unverifiable: '#57606a',
};
