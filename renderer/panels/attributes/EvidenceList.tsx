/**
 * The evidence behind a fact or a claim: citations with an optional web address and the date
 * it was consulted. Rows are saved once every filled-in row is valid; until then what was
 * typed stays in the form with the problem named.
 */
import { useEffect, useId, useRef } from 'react';
import type { Evidence } from '../../../shared/attributes';
import { draftKey, useDraftStore } from '../../state/drafts';
import { parseDate, parseUrl } from './parsing';

interface EvidenceRow {
  citation: string;
  url: string;
  accessed: string;
}

const SAVE_DELAY_MS = 400;
const emptyRow: EvidenceRow = { citation: '', url: '', accessed: '' };

function rowsOf(evidence: readonly Evidence[]): EvidenceRow[] {
  return evidence.map((item) => ({ citation: item.citation, url: item.url ?? '', accessed: item.accessed ?? '' }));
}

function isBlank(row: EvidenceRow): boolean {
  return row.citation.trim() === '' && row.url.trim() === '' && row.accessed === '';
}

/** Each row's problems, by field. */
function problemsOf(row: EvidenceRow): Partial<Record<keyof EvidenceRow, string>> {
  if (isBlank(row)) return {};
  const problems: Partial<Record<keyof EvidenceRow, string>> = {};
  if (row.citation.trim() === '') problems.citation = 'Say what the evidence is';
  const url = parseUrl(row.url);
  if (!url.ok) problems.url = url.error;
  const accessed = parseDate(row.accessed);
  if (!accessed.ok) problems.accessed = accessed.error;
  return problems;
}

function evidenceOf(rows: readonly EvidenceRow[]): Evidence[] | null {
  const filled = rows.filter((row) => !isBlank(row));
  if (filled.some((row) => Object.keys(problemsOf(row)).length > 0)) return null;
  return filled.map((row) => ({
    citation: row.citation.trim(),
    ...(row.url.trim() ? { url: row.url.trim() } : {}),
    ...(row.accessed ? { accessed: row.accessed } : {}),
  }));
}

interface EvidenceListProps {
  annotationId: string;
  evidence: readonly Evidence[];
  onCommit(evidence: Evidence[]): void;
}

export function EvidenceList({ annotationId, evidence, onCommit }: EvidenceListProps) {
  const id = useId();
  const key = draftKey(annotationId, 'evidence');
  const draft = useDraftStore((state) => state.drafts.get(key));
  const rows: EvidenceRow[] = draft ? JSON.parse(draft) : rowsOf(evidence);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = () => {
    clearTimeout(timer.current);
    const current = useDraftStore.getState().drafts.get(key);
    if (current === undefined) return;
    const parsed = evidenceOf(JSON.parse(current));
    if (!parsed) return;
    const blankRows = (JSON.parse(current) as EvidenceRow[]).some(isBlank);
    // Keep a blank row the reviewer just added on screen; save the rest.
    if (!blankRows) useDraftStore.getState().clearDraft(key);
    onCommit(parsed);
  };

  const change = (next: EvidenceRow[], delay = SAVE_DELAY_MS) => {
    useDraftStore.getState().setDraft(key, JSON.stringify(next));
    clearTimeout(timer.current);
    timer.current = setTimeout(commit, delay);
  };

  const edit = (index: number, field: keyof EvidenceRow, value: string) =>
    change(rows.map((row, i) => (i === index ? { ...row, [field]: value } : row)));

  return (
    <fieldset className="fm-evidence">
      <legend>Evidence</legend>
      {rows.length === 0 && <p className="fm-field-hint">No evidence recorded yet.</p>}
      {rows.map((row, index) => {
        const problems = problemsOf(row);
        const field = (name: keyof EvidenceRow, label: string, type: string, placeholder: string) => (
          <div className="fm-field">
            <label htmlFor={`${id}-${index}-${name}`}>{label}</label>
            <input
              id={`${id}-${index}-${name}`}
              type={type}
              value={row[name]}
              placeholder={placeholder}
              aria-invalid={problems[name] !== undefined}
              onChange={(event) => edit(index, name, event.target.value)}
              onBlur={commit}
            />
            {problems[name] && (
              <span className="fm-field-error" role="alert">
                {problems[name]}
              </span>
            )}
          </div>
        );
        return (
          <div key={index} className="fm-evidence-row" role="group" aria-label={`Evidence ${index + 1}`}>
            {field('citation', 'Citation', 'text', 'UN OCHA situation report, 26 Oct 2023')}
            {field('url', 'Web address', 'url', 'https://…')}
            {field('accessed', 'Consulted on', 'date', '')}
            <button type="button" className="fm-quiet" onClick={() => change(rows.filter((_, i) => i !== index), 0)}>
              Remove evidence {index + 1}
            </button>
          </div>
        );
      })}
      <button type="button" onClick={() => change([...rows, emptyRow], 0)}>
        Add evidence
      </button>
    </fieldset>
  );
}
