/**
 * The report's tables in HTML: the summary counts and one table per label. Every cell carries its
 * column name (`data-label`) so that narrow screens can show each row as a card.
 */
import { casualtyCategoryNames, qualifierNames, sourceKindNames, verdicts } from '../attributes';
import type { Evidence, Verdict } from '../attributes';
import { labelList } from '../labels';
import { evidenceText, figureAmount, formatDate, formatNumber, verdictText } from './format';
import { escapeHtml, linkableUrl } from './markup';
import type { ClaimRow, FactRow, FigureRow, OpinionRow, ReportModel, ReportRow } from './model';

interface Column<Row> {
  name: string;
  className?: string;
  cell: (row: Row) => string;
}

const none = '<span class="missing">—</span>';

function text(value: string | null): string {
  return value === null ? none : escapeHtml(value);
}

function noteCell(row: ReportRow): string {
  const flag = row.placed ? '' : '<span class="orphan-flag">not in the text</span>';
  return `<a href="#note-${row.note}">${row.note}</a>${flag}`;
}

function verdictBadge(verdict: Verdict): string {
  return `<span class="verdict verdict-${verdict}">${escapeHtml(verdictText(verdict))}</span>`;
}

function evidenceItem(evidence: Evidence): string {
  const url = linkableUrl(evidence.url);
  if (!url) return `<li>${escapeHtml(evidenceText(evidence))}</li>`;
  const accessed = evidence.accessed ? `, accessed ${escapeHtml(formatDate(evidence.accessed))}` : '';
  return `<li>${escapeHtml(evidence.citation)} (<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>${accessed})</li>`;
}

function evidenceList(evidence: readonly Evidence[]): string {
  return evidence.length === 0 ? none : `<ul class="evidence">${evidence.map(evidenceItem).join('')}</ul>`;
}

function table<Row extends ReportRow>(id: string, rows: readonly Row[], columns: readonly Column<Row>[]): string {
  const head = columns.map((column) => `<th scope="col"${column.className ? ` class="${column.className}"` : ''}>${escapeHtml(column.name)}</th>`);
  const body = rows.map(
    (row) =>
      `<tr id="row-${row.note}">${columns
        .map((column) => `<td data-label="${escapeHtml(column.name)}"${column.className ? ` class="${column.className}"` : ''}>${column.cell(row)}</td>`)
        .join('')}</tr>`,
  );
  return `<table class="data table-${id}" aria-labelledby="${id}-title"><thead><tr>${head.join('')}</tr></thead><tbody>${body.join('\n')}</tbody></table>`;
}

const noteColumn = { name: 'Note', className: 'note', cell: noteCell };
const quoteColumn = (name: string) => ({ name, className: 'quote', cell: (row: ReportRow) => escapeHtml(row.quote) });

const claimColumns: Column<ClaimRow>[] = [
  noteColumn,
  quoteColumn('Claim'),
  {
    name: 'Source',
    cell: (row) => {
      const kind = row.sourceKind && escapeHtml(sourceKindNames[row.sourceKind]);
      if (row.source === null) return kind ?? none;
      return kind ? `${escapeHtml(row.source)}<br><span class="missing">${kind}</span>` : escapeHtml(row.source);
    },
  },
  { name: 'Verdict', cell: (row) => verdictBadge(row.verdict) },
  { name: 'Evidence', cell: (row) => evidenceList(row.evidence) },
];

const figureColumns: Column<FigureRow>[] = [
  noteColumn,
  quoteColumn('Quote'),
  { name: 'Count', className: 'number', cell: (row) => text(figureAmount(row) || null) },
  { name: 'Qualifier', cell: (row) => text(row.qualifier && qualifierNames[row.qualifier]) },
  { name: 'Category', cell: (row) => text(row.category && casualtyCategoryNames[row.category]) },
  { name: 'Population', cell: (row) => text(row.population) },
  { name: 'Source', cell: (row) => text(row.source) },
  { name: 'As of', cell: (row) => text(row.asOf && formatDate(row.asOf)) },
  { name: 'Verdict', cell: (row) => verdictBadge(row.verdict) },
];

const factColumns: Column<FactRow>[] = [noteColumn, quoteColumn('Fact'), { name: 'Evidence', cell: (row) => evidenceList(row.evidence) }];

const opinionColumns: Column<OpinionRow>[] = [noteColumn, quoteColumn('Opinion'), { name: 'Held by', cell: (row) => text(row.holder) }];

function section<Row extends ReportRow>(id: string, title: string, rows: readonly Row[], columns: readonly Column<Row>[], empty: string): string {
  const body = rows.length === 0 ? `<p class="missing">${escapeHtml(empty)}</p>` : table(id, rows, columns);
  return `<section class="table-section" id="${id}"><h2 id="${id}-title">${escapeHtml(title)}</h2>${body}</section>`;
}

/** The four tables, one section each: attributed claims, casualty figures, verified facts, opinions. */
export function tablesHtml(report: ReportModel): string {
  const { claims, figures, facts, opinions } = report.tables;
  return [
    section('claims', 'Attributed claims', claims, claimColumns, 'No attributed claims were marked.'),
    section('figures', 'Casualty figures', figures, figureColumns, 'No casualty figures were marked.'),
    section('facts', 'Verified facts', facts, factColumns, 'No verified facts were marked.'),
    section('opinions', 'Opinions', opinions, opinionColumns, 'No opinions were marked.'),
  ].join('\n');
}

/** The summary's two small count tables: annotations per label and claims per verdict. */
export function countTablesHtml(report: ReportModel): string {
  const labelRows = labelList.map(
    (label) =>
      `<tr><td><span class="chip label-${label.id}">${escapeHtml(label.shortName)}</span> ${escapeHtml(label.name)}</td><td class="number">${formatNumber(report.labelCounts[label.id])}</td></tr>`,
  );
  const verdictRows = verdicts.map(
    (verdict) => `<tr><td>${verdictBadge(verdict)}</td><td class="number">${formatNumber(report.claimVerdicts[verdict])}</td></tr>`,
  );
  return [
    `<table class="counts"><thead><tr><th scope="col">Label</th><th scope="col" class="number">Annotations</th></tr></thead><tbody>${labelRows.join('')}</tbody></table>`,
    `<table class="counts"><thead><tr><th scope="col">Verdict</th><th scope="col" class="number">Claims</th></tr></thead><tbody>${verdictRows.join('')}</tbody></table>`,
  ].join('');
}
