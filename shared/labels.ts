/** The four labels of the fact-checking taxonomy: what each marks and how it is shown. */

export const labelIds = ['verified_fact', 'attributed_claim', 'casualty_figure', 'opinion'] as const;
export type LabelId = (typeof labelIds)[number];

/** How a label is drawn under its text: a cue that does not rely on colour. */
export type UnderlineStyle = 'solid' | 'dashed' | 'double' | 'dotted';

export interface LabelDefinition {
  id: LabelId;
  name: string;
  /** A short tag shown in chips and tables. */
  shortName: string;
  /** The key that applies this label. */
  key: '1' | '2' | '3' | '4';
  /** Strong colour for chips and underlines; white text on it meets WCAG AA. */
  colour: string;
  /** Light tint for the highlighted text; black text on it meets WCAG AAA. */
  tint: string;
  underline: UnderlineStyle;
  definition: string;
}

export const labels: Record<LabelId, LabelDefinition> = {
  verified_fact: {
    id: 'verified_fact',
    name: 'Verified fact',
    shortName: 'FACT',
    key: '1',
    colour: '#1a7f37',
    tint: '#d3f0dc',
    underline: 'solid',
    definition: 'A checkable statement the reviewer has confirmed against evidence.',
  },
  attributed_claim: {
    id: 'attributed_claim',
    name: 'Attributed claim',
    shortName: 'CLAIM',
    key: '2',
    colour: '#0a5bc4',
    tint: '#d6e6fb',
    underline: 'dashed',
    definition: 'A statement the article attributes to a source ("X said", "according to", "citing").',
  },
  casualty_figure: {
    id: 'casualty_figure',
    name: 'Casualty figure',
    shortName: 'FIGURE',
    key: '3',
    colour: '#b3261e',
    tint: '#fbdcd6',
    underline: 'double',
    definition: 'A count of people killed, injured, missing, held or displaced.',
  },
  opinion: {
    id: 'opinion',
    name: 'Opinion',
    shortName: 'OPINION',
    key: '4',
    colour: '#7339c6',
    tint: '#ebdefa',
    underline: 'dotted',
    definition: 'Evaluation, speculation, loaded wording or a rhetorical question.',
  },
};

/** Labels in their key order, for toolbars, legends and tables. */
export const labelList: readonly LabelDefinition[] = labelIds.map((id) => labels[id]);

/** The label bound to a key (`1`–`4`), if any. */
export function labelForKey(key: string): LabelDefinition | undefined {
  return labelList.find((label) => label.key === key);
}
