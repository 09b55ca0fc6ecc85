/** Small form controls the dataset dialogs share: a group of checkboxes and a labelled field. */
import { useId, type ReactNode } from 'react';

interface CheckboxGroupProps<T extends string> {
  legend: string;
  options: readonly T[];
  optionLabel(option: T): string;
  chosen: readonly T[];
  onChange(chosen: T[]): void;
  hint?: string;
}

/** Checkboxes for a set of choices, keeping the options' order. */
export function CheckboxGroup<T extends string>({ legend, options, optionLabel, chosen, onChange, hint }: CheckboxGroupProps<T>) {
  const hintId = useId();
  return (
    <fieldset className="fm-datasets-group" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      <div className="fm-datasets-choices">
        {options.map((option) => (
          <label key={option} className="fm-radio">
            <input
              type="checkbox"
              checked={chosen.includes(option)}
              onChange={(event) => onChange(options.filter((candidate) => (candidate === option ? event.target.checked : chosen.includes(candidate))))}
            />
            {optionLabel(option)}
          </label>
        ))}
      </div>
      {hint && (
        <p id={hintId} className="fm-field-hint">
          {hint}
        </p>
      )}
    </fieldset>
  );
}

interface FieldProps {
  label: string;
  hint?: string;
  children(props: { id: string; 'aria-describedby'?: string }): ReactNode;
}

/** A label above its control, with an optional hint the control is described by. */
export function Field({ label, hint, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="fm-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, ...(hint ? { 'aria-describedby': hintId } : {}) })}
      {hint && (
        <p id={hintId} className="fm-field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
