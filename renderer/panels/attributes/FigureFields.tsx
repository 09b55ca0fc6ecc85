/**
 * A casualty figure: the count (a number, a range, or none, as in "dozens"), how it is qualified,
 * who is counted and by whom, as of when, and the verdict.
 */
import { useId, useState } from 'react';
import {
  casualtyCategories,
  casualtyCategoryNames,
  qualifierNames,
  qualifiers,
  verdictNames,
  verdicts,
  type CasualtyFigureAttributes,
} from '../../../shared/attributes';
import { SelectField, TextField } from './fields';
import { parseCount, parseDate, parseText, type Parsed } from './parsing';

type CountMode = 'number' | 'range' | 'none';

function modeOf(figure: CasualtyFigureAttributes): CountMode {
  if (figure.min !== undefined || figure.max !== undefined) return 'range';
  return figure.count === undefined ? 'none' : 'number';
}

/** A range end, checked against the other end. */
function parseRangeEnd(end: 'min' | 'max', other: number | undefined) {
  return (text: string): Parsed<number | undefined> => {
    const parsed = parseCount(text);
    if (!parsed.ok || parsed.value === undefined || other === undefined) return parsed;
    const inOrder = end === 'min' ? parsed.value <= other : parsed.value >= other;
    return inOrder ? parsed : { ok: false, error: 'The lowest count must not be above the highest' };
  };
}

const countText = (count: number | undefined) => (count === undefined ? '' : String(count));

interface FigureFieldsProps {
  annotationId: string;
  attributes: CasualtyFigureAttributes;
  update(changes: Partial<CasualtyFigureAttributes>): void;
}

export function FigureFields({ annotationId, attributes, update }: FigureFieldsProps) {
  const id = useId();
  const [chosenMode, setChosenMode] = useState<CountMode | null>(null);
  const mode = chosenMode ?? modeOf(attributes);

  const chooseMode = (next: CountMode) => {
    setChosenMode(next);
    if (next !== 'number' && attributes.count !== undefined) update({ count: undefined });
    if (next !== 'range' && (attributes.min !== undefined || attributes.max !== undefined)) update({ min: undefined, max: undefined });
  };

  return (
    <>
      <fieldset className="fm-count-mode">
        <legend>Count</legend>
        {(
          [
            ['number', 'A number'],
            ['range', 'A range'],
            ['none', 'No number ("dozens")'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} htmlFor={`${id}-${value}`} className="fm-radio">
            <input id={`${id}-${value}`} type="radio" name={`${id}-mode`} checked={mode === value} onChange={() => chooseMode(value)} />
            {label}
          </label>
        ))}
      </fieldset>
      {mode === 'number' && (
        <TextField
          annotationId={annotationId}
          field="count"
          label="Number of people"
          value={countText(attributes.count)}
          inputMode="numeric"
          parse={parseCount}
          onCommit={(count) => update({ count })}
        />
      )}
      {mode === 'range' && (
        <div className="fm-field-pair">
          <TextField
            annotationId={annotationId}
            field="min"
            label="From"
            value={countText(attributes.min)}
            inputMode="numeric"
            parse={parseRangeEnd('min', attributes.max)}
            onCommit={(min) => update({ min })}
          />
          <TextField
            annotationId={annotationId}
            field="max"
            label="To"
            value={countText(attributes.max)}
            inputMode="numeric"
            parse={parseRangeEnd('max', attributes.min)}
            onCommit={(max) => update({ max })}
          />
        </div>
      )}
      <SelectField
        label="Qualifier"
        value={attributes.qualifier}
        options={qualifiers}
        optionLabel={(qualifier) => qualifierNames[qualifier]}
        emptyLabel="Not set"
        onChange={(qualifier) => update({ qualifier })}
      />
      <SelectField
        label="Category"
        value={attributes.category}
        options={casualtyCategories}
        optionLabel={(category) => casualtyCategoryNames[category]}
        emptyLabel="Not set"
        onChange={(category) => update({ category })}
      />
      <TextField
        annotationId={annotationId}
        field="population"
        label="Who is counted"
        value={attributes.population ?? ''}
        placeholder="Palestinians in Gaza, civilians, soldiers…"
        parse={parseText}
        onCommit={(population) => update({ population })}
      />
      <TextField
        annotationId={annotationId}
        field="figureSource"
        label="Source of the figure"
        value={attributes.source ?? ''}
        placeholder="Gaza Health Ministry…"
        parse={parseText}
        onCommit={(source) => update({ source })}
      />
      <TextField
        annotationId={annotationId}
        field="asOf"
        label="As of"
        type="date"
        value={attributes.asOf ?? ''}
        parse={parseDate}
        onCommit={(asOf) => update({ asOf })}
      />
      <SelectField
        label="Verdict"
        value={attributes.verdict}
        options={verdicts}
        optionLabel={(verdict) => verdictNames[verdict]}
        onChange={(verdict) => update({ verdict: verdict ?? 'unchecked' })}
      />
    </>
  );
}
