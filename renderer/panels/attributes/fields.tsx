/** Form fields for annotation attributes: they validate as the reviewer types and save what is valid. */
import { useEffect, useId, useRef } from 'react';
import { draftKey, useDraftStore } from '../../state/drafts';
import type { Parsed } from './parsing';

/** How long typing may pause before a valid value is saved. */
const SAVE_DELAY_MS = 400;

interface TextFieldProps<T> {
  annotationId: string;
  field: string;
  label: string;
  /** The saved value, as text. */
  value: string;
  parse(text: string): Parsed<T>;
  onCommit(value: T): void;
  type?: 'text' | 'date' | 'url';
  placeholder?: string;
  inputMode?: 'numeric' | 'text' | 'url';
}

export function TextField<T>({ annotationId, field, label, value, parse, onCommit, type = 'text', placeholder, inputMode }: TextFieldProps<T>) {
  const id = useId();
  const key = draftKey(annotationId, field);
  const draft = useDraftStore((state) => state.drafts.get(key));
  const { setDraft, clearDraft } = useDraftStore.getState();
  const text = draft ?? value;
  const parsed = parse(text);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const commit = () => {
    clearTimeout(timer.current);
    const current = useDraftStore.getState().drafts.get(key);
    if (current === undefined) return;
    const result = parse(current);
    if (!result.ok) return;
    clearDraft(key);
    onCommit(result.value);
  };
  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <div className="fm-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={text}
        placeholder={placeholder}
        inputMode={inputMode}
        aria-invalid={!parsed.ok}
        aria-describedby={parsed.ok ? undefined : `${id}-error`}
        onChange={(event) => {
          setDraft(key, event.target.value);
          clearTimeout(timer.current);
          timer.current = setTimeout(commit, SAVE_DELAY_MS);
        }}
        onBlur={commit}
      />
      {!parsed.ok && (
        <span id={`${id}-error`} className="fm-field-error" role="alert">
          {parsed.error}
        </span>
      )}
    </div>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T | undefined;
  options: readonly T[];
  optionLabel(option: T): string;
  onChange(value: T | undefined): void;
  /** The choice for "not given", when the field may be left empty. */
  emptyLabel?: string;
}

export function SelectField<T extends string>({ label, value, options, optionLabel, onChange, emptyLabel }: SelectFieldProps<T>) {
  const id = useId();
  return (
    <div className="fm-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange((event.target.value || undefined) as T | undefined)}>
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </div>
  );
}
