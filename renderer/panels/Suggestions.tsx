/**
 * Values suggested from the text for a new casualty figure or attributed claim: shown with the
 * words each came from, and written only when the reviewer accepts them. Nothing is filled in
 * silently.
 */
import type { Node } from 'prosemirror-model';
import { useMemo } from 'react';
import { casualtyCategoryNames, qualifierNames, sourceKindNames } from '../../shared/attributes';
import { suggestCasualtyFigure, type CasualtyFigureSuggestion } from '../../shared/extract/casualty';
import type { Suggested } from '../../shared/extract/passage';
import { suggestSources, type SourceSuggestion } from '../../shared/extract/source';
import { positionsOf } from '../editor/positions';
import type { EditorAnnotation } from '../editor/types';
import { useEditorStore } from '../state/editor';
import { useUiStore } from '../state/ui';

interface Proposal {
  /** The values to write into the attributes. */
  values: Record<string, unknown>;
  /** Each value in words, with the words of the text it came from. */
  parts: { label: string; from: string }[];
}

function part<T>(value: Suggested<T> | undefined, name: (value: T) => string) {
  return value ? [{ label: name(value.value), from: value.from.text }] : [];
}

function figureProposal(suggestion: CasualtyFigureSuggestion, source: SourceSuggestion | undefined): Proposal {
  const { count, min, max, qualifier, category } = suggestion;
  const values: Record<string, unknown> = {};
  if (source) values.source = source.source.value;
  if (count) values.count = count.value;
  if (min) values.min = min.value;
  if (max) values.max = max.value;
  if (qualifier) values.qualifier = qualifier.value;
  if (category) values.category = category.value;
  const number = (value: number) => value.toLocaleString('en');
  return {
    values,
    parts: [
      ...part(qualifier, (value) => qualifierNames[value]),
      ...part(count, number),
      ...(min && max ? [{ label: `${number(min.value)}–${number(max.value)}`, from: `${min.from.text} … ${max.from.text}` }] : []),
      ...part(category, (value) => casualtyCategoryNames[value]),
      ...(source ? [{ label: `counted by ${source.source.value}`, from: `${source.source.from.text} … ${source.attribution.text}` }] : []),
    ],
  };
}

function sourceProposal(suggestion: SourceSuggestion): Proposal {
  const values: Record<string, unknown> = { source: suggestion.source.value };
  if (suggestion.sourceKind) values.sourceKind = suggestion.sourceKind.value;
  return {
    values,
    parts: [
      { label: suggestion.source.value, from: `${suggestion.source.from.text} … ${suggestion.attribution.text}` },
      ...part(suggestion.sourceKind, (value) => sourceKindNames[value]),
    ],
  };
}

/** What the text suggests for an annotation whose suggested fields are all still empty. */
function proposalsFor(annotation: EditorAnnotation, doc: Node): Proposal[] {
  if (annotation.from === annotation.to) return [];
  const positions = positionsOf(doc);
  const { index } = positions;
  const start = positions.offsetOfPosition(annotation.from);
  const end = positions.offsetOfPosition(annotation.to);
  if (annotation.label === 'casualty_figure') {
    const { count, min, max, qualifier, category, source } = annotation.attributes;
    if ([count, min, max, qualifier, category, source].some((value) => value !== undefined)) return [];
    const suggestion = suggestCasualtyFigure(index, start, end);
    return suggestion ? [figureProposal(suggestion, suggestSources(index, start, end)[0])] : [];
  }
  if (annotation.label === 'attributed_claim' && annotation.attributes.source === undefined) {
    return suggestSources(index, start, end).slice(0, 3).map(sourceProposal);
  }
  return [];
}

export function Suggestions({ annotation, doc }: { annotation: EditorAnnotation; doc: Node }) {
  const edit = useEditorStore((state) => state.edit);
  const dismissed = useUiStore((state) => state.dismissedSuggestions.has(annotation.id));
  const dismiss = useUiStore((state) => state.dismissSuggestions);
  const proposals = useMemo(() => proposalsFor(annotation, doc), [annotation, doc]);
  if (dismissed || proposals.length === 0) return null;

  const accept = (proposal: Proposal) => edit(annotation.id, { attributes: { ...annotation.attributes, ...proposal.values } as EditorAnnotation['attributes'] });

  return (
    <section className="fm-suggestions" aria-label="Suggested from the text">
      <h3>Suggested from the text</h3>
      {proposals.map((proposal, i) => (
        <div key={i} className="fm-suggestion">
          <ul>
            {proposal.parts.map((suggestion) => (
              <li key={suggestion.label}>
                <strong>{suggestion.label}</strong> <span className="fm-suggestion-basis">from “{suggestion.from}”</span>
              </li>
            ))}
          </ul>
          <button type="button" data-autofocus={i === 0 ? true : undefined} onClick={() => accept(proposal)}>
            {proposals.length > 1 ? `Use ${String(proposal.values.source)}` : 'Accept'}
          </button>
        </div>
      ))}
      <button type="button" className="fm-quiet" onClick={() => dismiss(annotation.id)}>
        Dismiss
      </button>
    </section>
  );
}
