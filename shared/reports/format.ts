/**
 * How report values are written for people, the same in every renderer: numbers, dates, figure
 * amounts, evidence, the details under a note and the line about what needs attention. Dates are
 * written in English without the host's locale, so that a report reads the same wherever it is made.
 */
import { casualtyCategoryNames, qualifierNames, sourceKindNames, verdictNames } from '../attributes';
import type { Evidence, Verdict } from '../attributes';
import { labels } from '../labels';
import type { Annotation } from '../model';
import type { FigureRow, ReportAttention } from './model';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const numberFormat = new Intl.NumberFormat('en-US');

/** A whole number with thousands separators: 6500 → "6,500". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** An ISO date (or the date part of a timestamp) as "26 October 2023"; anything else as it is. */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  const month = match ? months[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : isoDate;
}

/** An ISO timestamp as "27 October 2023, 14:05 UTC"; anything else as it is. */
export function formatTimestamp(timestamp: string): string {
  const time = new Date(timestamp);
  if (Number.isNaN(time.getTime())) return timestamp;
  const hours = String(time.getUTCHours()).padStart(2, '0');
  const minutes = String(time.getUTCMinutes()).padStart(2, '0');
  return `${formatDate(time.toISOString())}, ${hours}:${minutes} UTC`;
}

/** "1 claim", "2 claims". */
export function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

/** A figure's number: "6,500", a range "1,400–1,500", or one end of a range; blank when none was recorded. */
export function figureAmount(figure: Pick<FigureRow, 'count' | 'min' | 'max'>): string {
  if (figure.count !== null) return formatNumber(figure.count);
  if (figure.min !== null && figure.max !== null) return `${formatNumber(figure.min)}–${formatNumber(figure.max)}`;
  if (figure.min !== null) return `from ${formatNumber(figure.min)}`;
  if (figure.max !== null) return `up to ${formatNumber(figure.max)}`;
  return '';
}

const EXCERPT_LENGTH = 140;

/** A quote on one line, cut at a word after about 140 characters, with an ellipsis when cut. */
export function excerpt(quote: string): string {
  const characters = Array.from(quote.replace(/\s+/g, ' ').trim());
  if (characters.length <= EXCERPT_LENGTH) return characters.join('');
  const cut = characters.slice(0, EXCERPT_LENGTH).join('');
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > EXCERPT_LENGTH / 2 ? cut.slice(0, lastSpace) : cut}…`;
}

/** A piece of evidence in one line: its citation, address and when it was read. */
export function evidenceText(evidence: Evidence): string {
  const where = [evidence.url, evidence.accessed ? `accessed ${formatDate(evidence.accessed)}` : undefined].filter(Boolean);
  return where.length > 0 ? `${evidence.citation} (${where.join(', ')})` : evidence.citation;
}

export function verdictText(verdict: Verdict): string {
  return verdictNames[verdict];
}

function sourceText(source: string | undefined, kind: keyof typeof sourceKindNames | undefined): string | undefined {
  const name = source?.trim();
  if (name && kind) return `${name} (${sourceKindNames[kind]})`;
  return name || (kind ? sourceKindNames[kind] : undefined);
}

function evidenceLines(evidence: readonly Evidence[]): string[] {
  return evidence.map((item) => `Evidence: ${evidenceText(item)}`);
}

/** What the reviewer recorded about an annotation beyond its span and note, label by label. */
type RecordedDetails = PickOfEach<Annotation, 'label' | 'attributes' | 'confidence'>;

/** `Pick` of each member of a union, so that the label still tells which attributes go with it. */
type PickOfEach<T, K extends keyof T> = T extends unknown ? Pick<T, K> : never;

/** The attributes of an annotation as short lines ("Source: TASS", "Verdict: Unchecked"), for its note. */
export function noteDetails(annotation: RecordedDetails): string[] {
  const lines: (string | undefined)[] = [];
  switch (annotation.label) {
    case 'verified_fact':
      lines.push(...evidenceLines(annotation.attributes.evidence));
      if (annotation.attributes.evidence.length === 0) lines.push('No evidence recorded yet');
      break;
    case 'attributed_claim': {
      const { source, sourceKind, verdict, evidence } = annotation.attributes;
      const from = sourceText(source, sourceKind);
      lines.push(from && `Source: ${from}`, `Verdict: ${verdictText(verdict)}`, ...evidenceLines(evidence));
      break;
    }
    case 'casualty_figure': {
      const figure = annotation.attributes;
      const amount = figureAmount({ count: figure.count ?? null, min: figure.min ?? null, max: figure.max ?? null });
      const counted = [figure.qualifier && amount ? qualifierNames[figure.qualifier] : '', amount, figure.category ? casualtyCategoryNames[figure.category] : '']
        .filter(Boolean)
        .join(' ');
      lines.push(
        counted && `Count: ${counted}`,
        figure.population?.trim() && `Population: ${figure.population.trim()}`,
        figure.source?.trim() && `Source: ${figure.source.trim()}`,
        figure.asOf && `As of: ${formatDate(figure.asOf)}`,
        `Verdict: ${verdictText(figure.verdict)}`,
      );
      break;
    }
    case 'opinion':
      lines.push(annotation.attributes.holder?.trim() && `Held by: ${annotation.attributes.holder.trim()}`);
      break;
  }
  if (annotation.confidence) lines.push(`Confidence: ${annotation.confidence}`);
  return lines.filter((line): line is string => typeof line === 'string' && line !== '');
}

/** The note's heading: the label's name, and a word when its text is gone or only approximately found. */
export function noteHeading(annotation: Annotation, placed: boolean): string {
  const name = labels[annotation.label].name;
  if (!placed) return `${name} (its text is no longer in the article)`;
  return annotation.anchor === 'fuzzy' ? `${name} (found again only approximately)` : name;
}

/** The note numbers an item refers to, as "note 4" or "notes 2, 5 and 7". */
export function noteList(numbers: readonly number[]): string {
  if (numbers.length === 1) return `note ${numbers[0]}`;
  return `notes ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}

/** One thing that needs a look: what it is, in words, and the notes it is about. */
export interface AttentionItem {
  text: string;
  notes: readonly number[];
}

/** What needs a look before the report goes out, in the order an editor would check it. */
export function attentionItems(attention: ReportAttention): AttentionItem[] {
  const items: [readonly number[], string, string, string][] = [
    [attention.factsWithoutEvidence, 'verified fact', 'verified facts', 'without evidence'],
    [attention.uncheckedClaims, 'claim', 'claims', 'left unchecked'],
    [attention.uncheckedFigures, 'casualty figure', 'casualty figures', 'left unchecked'],
    [attention.approximate, 'annotation', 'annotations', 'found again only approximately after the text changed'],
    [attention.orphaned, 'orphaned annotation', 'orphaned annotations', 'whose text is no longer in the article'],
  ];
  return items
    .filter(([notes]) => notes.length > 0)
    .map(([notes, one, many, what]) => ({ text: `${plural(notes.length, one, many)} ${what}`, notes }));
}

/** The attention line of the summary: what needs a look, with its note numbers, or that nothing does. */
export function attentionSummary(attention: ReportAttention): string {
  const items = attentionItems(attention);
  if (items.length === 0) return 'Nothing needs attention: every verified fact has evidence and every claim and figure has a verdict.';
  return `Needs attention: ${items.map((item) => `${item.text} (${noteList(item.notes)})`).join('; ')}.`;
}
