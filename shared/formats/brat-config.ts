/**
 * How the labels and attributes map onto brat standoff, and the `annotation.conf` and
 * `visual.conf` that let brat open an export. brat's attributes (`A` lines) take one value from a
 * fixed list, so only the enumerated attributes are `A` lines; the free ones (a source's name, a
 * count, a date, evidence) are notes (`#` lines) with the attribute's name as the note type.
 */
import { casualtyCategories, qualifiers, sourceKinds, verdicts } from '../attributes';
import { labels } from '../labels';
import type { LabelId } from '../labels';
import { confidences } from '../model';

/** Attributes written as `A` lines, each with the values brat may choose from. */
export const bratEnumeratedAttributes = {
  verdict: verdicts,
  sourceKind: sourceKinds,
  qualifier: qualifiers,
  category: casualtyCategories,
} as const;

/** The annotation's confidence is an `A` line too. */
export const BRAT_CONFIDENCE = 'confidence';

/** Attributes written as notes whose text is the value. */
export const bratTextAttributes = ['source', 'population', 'holder', 'asOf'] as const;
/** Whole-number attributes written as notes. */
export const bratNumberAttributes = ['count', 'min', 'max'] as const;
/** Evidence: one note per item, the item as JSON. */
export const BRAT_EVIDENCE = 'evidence';
/** The standard brat note type, shown in brat's interface: the annotation's note. */
export const BRAT_NOTE = 'AnnotatorNotes';
/** A note holding the annotation's id, so that a re-import updates rather than duplicates. */
export const BRAT_ID = 'id';

const labelsWithAttribute: Record<keyof typeof bratEnumeratedAttributes, LabelId[]> = {
  verdict: ['attributed_claim', 'casualty_figure'],
  sourceKind: ['attributed_claim'],
  qualifier: ['casualty_figure'],
  category: ['casualty_figure'],
};

/** brat's `annotation.conf` for the included labels: entities that may overlap, and their attributes. */
export function bratAnnotationConf(included: readonly LabelId[]): string {
  const attributeLines = Object.entries(bratEnumeratedAttributes).flatMap(([name, values]) => {
    const args = labelsWithAttribute[name as keyof typeof bratEnumeratedAttributes].filter((id) => included.includes(id));
    return args.length > 0 ? [`${name}\tArg:${args.join('|')}, Value:${values.join('|')}`] : [];
  });
  return [
    '[entities]',
    ...included,
    '',
    '[relations]',
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    '',
    '[attributes]',
    ...attributeLines,
    `${BRAT_CONFIDENCE}\tArg:<ENTITY>, Value:${confidences.join('|')}`,
    '',
  ].join('\n');
}

/** brat's `visual.conf`: each label's name, short name and tint. */
export function bratVisualConf(included: readonly LabelId[]): string {
  return [
    '[labels]',
    ...included.map((id) => `${id} | ${labels[id].name} | ${labels[id].shortName}`),
    '',
    '[drawing]',
    ...included.map((id) => `${id}\tbgColor:${labels[id].tint}`),
    '',
  ].join('\n');
}

/** A note's text on one line: backslashes, tabs and line breaks escaped as `\\`, `\t`, `\n`, `\r`. */
export function escapeNote(text: string): string {
  return text.replace(/[\\\t\n\r]/gu, (character) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[character]!);
}

/** The note text `escapeNote` wrote; an unknown escape is left as it is. */
export function unescapeNote(text: string): string {
  return text.replace(/\\([\\tnr])/gu, (_escape, character: string) => ({ '\\': '\\', t: '\t', n: '\n', r: '\r' })[character]!);
}
