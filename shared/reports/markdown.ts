/**
 * The report as Markdown (CommonMark with GFM tables), for pasting into a CMS. Highlights are bold,
 * each followed by its label and note number in brackets; overlapping highlights become one bold
 * run cut where a span ends. Tables are GFM tables. Text from the article is escaped, so that no
 * character in it turns into markup: pipes cannot break a table, nor asterisks make emphasis.
 */
import { casualtyCategoryNames, qualifierNames, sourceKindNames, verdicts } from '../attributes';
import { labels, labelList } from '../labels';
import { attentionSummary, evidenceText, excerpt, figureAmount, formatDate, formatNumber, formatTimestamp, noteDetails, noteHeading, verdictText } from './format';
import { linkableUrl } from './markup';
import type { ReportModel, ReportNote, ReportParagraph, ReportRow } from './model';

/** Characters that are markup anywhere in a line; a backslash makes each of them literal. */
const inlineMarkup = /[\\`*_[\]<>|~&]/g;

/** Text escaped so that it reads as itself, in a paragraph or in a table cell, on one line. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(inlineMarkup, (character) => `\\${character}`);
}

/** A line of the article escaped, with what would make it a heading, list, quote or code block at its start made literal. */
function escapeLineStart(line: string): string {
  return line
    .replace(/^[ \t]+/, '')
    .replace(/^([#+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Bold around the text, leaving its outer spaces outside (CommonMark ignores `** x **`). */
function bold(text: string): string {
  const match = /^(\s*)(.*?)(\s*)$/s.exec(text)!;
  return match[2] === '' ? text : `${match[1]}**${match[2]}**${match[3]}`;
}

function marker(note: ReportNote): string {
  return ` \\[${labels[note.annotation.label].name} ${note.number}\\]`;
}

function paragraphMarkdown(paragraph: ReportParagraph, notes: ReadonlyMap<number, ReportNote>): string {
  let line = '';
  let highlighted = '';
  for (const segment of paragraph.segments) {
    const text = escapeMarkdown(segment.text);
    if (segment.notes.length > 0) highlighted += text;
    else {
      line += bold(highlighted) + text;
      highlighted = '';
    }
    if (segment.notesEnding.length > 0) {
      line += bold(highlighted) + segment.notesEnding.map((number) => marker(notes.get(number)!)).join('');
      highlighted = '';
    }
  }
  return escapeLineStart(line + bold(highlighted));
}

function articleMarkdown(report: ReportModel): string {
  const notes = new Map(report.notes.map((note) => [note.number, note]));
  return report.paragraphs
    .map((paragraph) => paragraphMarkdown(paragraph, notes))
    .filter((line) => line.trim() !== '')
    .join('\n\n');
}

function tableMarkdown(header: readonly string[], rows: readonly (readonly string[])[], numeric: readonly number[] = []): string {
  const rule = header.map((_, column) => (numeric.includes(column) ? '---:' : '---'));
  return [header, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function cell(value: string | null | undefined): string {
  return value ? escapeMarkdown(value) : '—';
}

function noteCell(row: ReportRow): string {
  return row.placed ? String(row.note) : `${row.note} (not in the text)`;
}

function evidenceCell(evidence: readonly { citation: string; url?: string; accessed?: string }[]): string {
  return evidence.length === 0 ? '—' : escapeMarkdown(evidence.map(evidenceText).join('; '));
}

function tablesMarkdown(report: ReportModel): string[] {
  const { claims, figures, facts, opinions } = report.tables;
  const section = (title: string, rows: readonly unknown[], table: () => string) =>
    `## ${title}\n\n${rows.length === 0 ? `No ${title.toLowerCase()} were marked.` : table()}`;
  return [
    section('Attributed claims', claims, () =>
      tableMarkdown(
        ['Note', 'Claim', 'Source', 'Verdict', 'Evidence'],
        claims.map((row) => [
          noteCell(row),
          cell(row.quote),
          cell([row.source, row.sourceKind && sourceKindNames[row.sourceKind]].filter(Boolean).join(', ')),
          verdictText(row.verdict),
          evidenceCell(row.evidence),
        ]),
        [0],
      ),
    ),
    section('Casualty figures', figures, () =>
      tableMarkdown(
        ['Note', 'Quote', 'Count', 'Qualifier', 'Category', 'Population', 'Source', 'As of', 'Verdict'],
        figures.map((row) => [
          noteCell(row),
          cell(row.quote),
          cell(figureAmount(row)),
          cell(row.qualifier && qualifierNames[row.qualifier]),
          cell(row.category && casualtyCategoryNames[row.category]),
          cell(row.population),
          cell(row.source),
          cell(row.asOf && formatDate(row.asOf)),
          verdictText(row.verdict),
        ]),
        [0, 2],
      ),
    ),
    section('Verified facts', facts, () =>
      tableMarkdown(['Note', 'Fact', 'Evidence'], facts.map((row) => [noteCell(row), cell(row.quote), evidenceCell(row.evidence)]), [0]),
    ),
    section('Opinions', opinions, () =>
      tableMarkdown(['Note', 'Opinion', 'Held by'], opinions.map((row) => [noteCell(row), cell(row.quote), cell(row.holder)]), [0]),
    ),
  ];
}

function metadataMarkdown(report: ReportModel): string {
  const { metadata } = report;
  const url = linkableUrl(metadata.url);
  const address = url && !/[\s<>]/.test(url) ? `<${url}>` : metadata.url && escapeMarkdown(metadata.url);
  const rows: [string, string | null][] = [
    ['Publication', metadata.publication && escapeMarkdown(metadata.publication)],
    ['Author', metadata.author && escapeMarkdown(metadata.author)],
    ['Credit', metadata.credit && escapeMarkdown(metadata.credit)],
    ['Published', metadata.publishedAt && formatDate(metadata.publishedAt)],
    ['Address', address],
    ['Reviewed by', metadata.reviewers.length > 0 ? escapeMarkdown(metadata.reviewers.join(', ')) : null],
    ['Last reviewed', metadata.lastReviewedAt && formatTimestamp(metadata.lastReviewedAt)],
    ['Report made', formatTimestamp(metadata.generatedAt)],
  ];
  return rows
    .filter((row): row is [string, string] => row[1] !== null)
    .map(([name, value]) => `- **${name}:** ${value}`)
    .join('\n');
}

function summaryMarkdown(report: ReportModel): string {
  const byLabel = tableMarkdown(
    ['Label', 'Annotations'],
    labelList.map((label) => [label.name, formatNumber(report.labelCounts[label.id])]),
    [1],
  );
  const byVerdict = tableMarkdown(
    ['Verdict', 'Claims'],
    verdicts.map((verdict) => [verdictText(verdict), formatNumber(report.claimVerdicts[verdict])]),
    [1],
  );
  return `## Summary\n\n${escapeMarkdown(attentionSummary(report.attention))}\n\n${byLabel}\n\n${byVerdict}`;
}

function noteMarkdown(note: ReportNote): string {
  const quote = note.placed ? excerpt(note.quote) : note.quote;
  const details = noteDetails(note.annotation).map(escapeMarkdown).join(' · ');
  const lines = [`${note.number}. **${escapeMarkdown(noteHeading(note.annotation, note.placed))}:** “${escapeMarkdown(quote)}”`];
  if (details) lines.push(details);
  const written = note.annotation.note.split('\n').map((line) => line.trim()).filter(Boolean);
  lines.push(...written.map(escapeMarkdown));
  // A backslash at the end of a line is a hard break; the indent keeps the lines in the list item.
  return lines.join('\\\n   ');
}

function methodsMarkdown(report: ReportModel): string {
  const definitions = report.methods.map((label) => `- **${escapeMarkdown(label.name)}:** ${escapeMarkdown(label.definition)}`);
  return `## Methods\n\nEach annotation marks a span of the article's text with one of ${report.methods.length} labels; spans may overlap and nest.\n\n${definitions.join('\n')}`;
}

/** The complete Markdown of a report, ending with a newline. */
export function renderReportMarkdown(report: ReportModel): string {
  const notes = report.notes.length === 0 ? 'No annotations were made on this article.' : report.notes.map(noteMarkdown).join('\n');
  return (
    [
      `# Fact-check report: ${escapeMarkdown(report.metadata.title)}`,
      metadataMarkdown(report),
      summaryMarkdown(report),
      `## Annotated article\n\n${articleMarkdown(report)}`,
      `## Notes\n\n${notes}`,
      ...tablesMarkdown(report),
      methodsMarkdown(report),
    ].join('\n\n') + '\n'
  );
}
