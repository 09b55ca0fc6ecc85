/** The annotated article in HTML: the legend, the text with its highlights and note numbers, and the notes. */
import { labelList } from '../labels';
import type { LabelId } from '../labels';
import { excerpt, noteDetails, noteHeading } from './format';
import { HIGHLIGHT_LEVELS } from './html-styles';
import { escapeHtml } from './markup';
import type { ReportModel, ReportNote, ReportParagraph, ReportSegment } from './model';

const underlineWords = { solid: 'solid underline', dashed: 'dashed underline', double: 'double underline', dotted: 'dotted underline' };

function spanId(number: number): string {
  return `text-${number}`;
}

/** A placed note's highlight, drawn with its label and underline level; its first run carries the id the note links back to. */
function openMark(note: ReportNote, first: boolean): string {
  const level = Math.min(note.level, HIGHLIGHT_LEVELS - 1);
  const id = first ? ` id="${spanId(note.number)}"` : '';
  return `<mark class="hl label-${note.annotation.label} level-${level}"${id}>`;
}

/** A note number; the word joiner before it keeps it on the line of the text it follows. */
function noteRef(number: number): string {
  return `&#8288;<a class="note-ref" href="#note-${number}">[${number}]</a>`;
}

function segmentHtml(segment: ReportSegment, notes: ReadonlyMap<number, ReportNote>, opened: Set<number>): string {
  const ending = new Set(segment.notesEnding);
  const covering = segment.notes.map((number) => notes.get(number)!);
  // Marks that go on past this run wrap the note numbers, so a number inside a longer highlight stays in it.
  const continuing = covering.filter((note) => !ending.has(note.number));
  const closing = covering.filter((note) => ending.has(note.number));
  const open = (note: ReportNote) => {
    const first = !opened.has(note.number);
    opened.add(note.number);
    return openMark(note, first);
  };
  return [
    ...continuing.map(open),
    ...closing.map(open),
    escapeHtml(segment.text),
    '</mark>'.repeat(closing.length),
    ...segment.notesEnding.map(noteRef),
    '</mark>'.repeat(continuing.length),
  ].join('');
}

function paragraphHtml(paragraph: ReportParagraph, notes: ReadonlyMap<number, ReportNote>, opened: Set<number>): string {
  if (paragraph.segments.length === 0) return '';
  return `<p dir="auto">${paragraph.segments.map((segment) => segmentHtml(segment, notes, opened)).join('')}</p>`;
}

/** The legend: each label's highlight as it appears in the text, and how to tell it without colour. */
export function legendHtml(): string {
  const items = labelList.map(
    (label) =>
      `<li><mark class="hl label-${label.id} level-0">${escapeHtml(label.name)}</mark> <span class="missing">${underlineWords[label.underline]}</span></li>`,
  );
  return `<ul class="legend" aria-label="Highlight legend">${items.join('')}<li><span class="note-ref">[n]</span> <span class="missing">note number</span></li></ul>`;
}

/** The article's text with every placed annotation highlighted and numbered. */
export function articleHtml(report: ReportModel): string {
  const notes = new Map(report.notes.map((note) => [note.number, note]));
  const opened = new Set<number>();
  const language = report.metadata.language ? ` lang="${escapeHtml(report.metadata.language)}"` : '';
  return `<div class="article-text"${language}>${report.paragraphs.map((paragraph) => paragraphHtml(paragraph, notes, opened)).join('\n')}</div>`;
}

function chip(label: LabelId): string {
  const definition = labelList.find((item) => item.id === label)!;
  return `<span class="chip label-${label}">${escapeHtml(definition.shortName)}</span>`;
}

function noteHtml(note: ReportNote): string {
  const { annotation } = note;
  const backLink = note.placed ? ` <a class="back-link" href="#${spanId(note.number)}">back to the text</a>` : '';
  const quote = note.placed ? excerpt(note.quote) : note.quote;
  const details = noteDetails(annotation);
  return [
    `<li id="note-${note.number}" value="${note.number}">`,
    `<div>${chip(annotation.label)} <strong>${escapeHtml(noteHeading(annotation, note.placed))}</strong>${backLink}</div>`,
    `<div class="excerpt">“${escapeHtml(quote)}”</div>`,
    details.length > 0 ? `<p class="note-details">${details.map(escapeHtml).join(' · ')}</p>` : '',
    annotation.note.trim() !== '' ? `<p class="note-text">${escapeHtml(annotation.note.trim())}</p>` : '',
    '</li>',
  ].join('');
}

/** The numbered notes: one per annotation, with its label, the start of its text, its attributes and the reviewer's note. */
export function notesHtml(report: ReportModel): string {
  if (report.notes.length === 0) return '<p class="missing">No annotations were made on this article.</p>';
  return `<ol class="notes">${report.notes.map(noteHtml).join('\n')}</ol>`;
}
