/** The parts of the export form: format, which documents, which labels, the split and where it goes. */
import { APP_NAME } from '../../shared/app';
import type { DatasetOptions } from '../../shared/datasets';
import { formatList, type FormatId } from '../../shared/formats';
import { labelIds, labels } from '../../shared/labels';
import { documentStatuses, type DocumentStatus } from '../../shared/model';
import type { ExportForm, ExportScopeChoice } from './export-form';
import { writesFolder } from './export-form';
import { CheckboxGroup, Field } from './fields';

export interface ExportFieldsProps {
  form: ExportForm;
  change(changes: Partial<ExportForm>): void;
}

const statusNames: Record<DocumentStatus, string> = { new: 'New', in_progress: 'In progress', done: 'Done', reviewed: 'Reviewed' };

export function FormatFields({ form, change }: ExportFieldsProps) {
  return (
    <div className="fm-datasets-row">
      <Field label="Format" hint={writesFolder(form) ? 'Writes a folder of files.' : 'Writes one file.'}>
        {(props) => (
          <select {...props} value={form.format} onChange={(event) => change({ format: event.target.value as FormatId })}>
            {formatList.map((format) => (
              <option key={format.id} value={format.id}>
                {format.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {form.format === 'spacy' && (
        <label className="fm-radio">
          <input type="checkbox" checked={form.tokens} onChange={(event) => change({ tokens: event.target.checked })} />
          Include each document’s tokens
        </label>
      )}
    </div>
  );
}

interface DocumentFieldsProps extends ExportFieldsProps {
  openTitle: string | null;
  reviewers: DatasetOptions['reviewers'];
}

const scopeChoices: { id: ExportScopeChoice; name: (openTitle: string | null) => string }[] = [
  { id: 'library', name: () => 'The whole library' },
  { id: 'open', name: (openTitle) => (openTitle ? `The open article: ${openTitle}` : 'The open article') },
  { id: 'filtered', name: () => 'Documents that match…' },
];

export function DocumentFields({ form, change, openTitle, reviewers }: DocumentFieldsProps) {
  return (
    <fieldset className="fm-datasets-group">
      <legend>Documents</legend>
      {scopeChoices.map((choice) => (
        <label key={choice.id} className="fm-radio">
          <input
            type="radio"
            name="fm-export-scope"
            checked={form.scope === choice.id}
            disabled={choice.id === 'open' && !openTitle}
            onChange={() => change({ scope: choice.id })}
          />
          {choice.name(openTitle)}
        </label>
      ))}
      {form.scope === 'filtered' && (
        <div className="fm-datasets-filters">
          <CheckboxGroup legend="Status" options={documentStatuses} optionLabel={(status) => statusNames[status]} chosen={form.statuses} onChange={(statuses) => change({ statuses })} />
          <CheckboxGroup
            legend="With a label"
            options={labelIds}
            optionLabel={(id) => labels[id].name}
            chosen={form.withLabels}
            onChange={(withLabels) => change({ withLabels })}
            hint="None ticked: with or without annotations."
          />
          <div className="fm-field-pair">
            <Field label="Published from">{(props) => <input {...props} type="date" value={form.publishedFrom} onChange={(event) => change({ publishedFrom: event.target.value })} />}</Field>
            <Field label="Published until">{(props) => <input {...props} type="date" value={form.publishedTo} onChange={(event) => change({ publishedTo: event.target.value })} />}</Field>
          </div>
          <Field label="Reviewer" hint="Only this reviewer’s annotations, in the documents they annotated.">
            {(props) => (
              <select {...props} value={form.reviewer} onChange={(event) => change({ reviewer: event.target.value })}>
                <option value="">Anyone</option>
                {reviewers.map((reviewer) => (
                  <option key={reviewer} value={reviewer}>
                    {reviewer || '(no name)'}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      )}
    </fieldset>
  );
}

export function LabelFields({ form, change }: ExportFieldsProps) {
  return <CheckboxGroup legend="Labels to export" options={labelIds} optionLabel={(id) => labels[id].name} chosen={form.labels} onChange={(chosen) => change({ labels: chosen })} />;
}

export function SplitFields({ form, change }: ExportFieldsProps) {
  return (
    <fieldset className="fm-datasets-group">
      <legend>Split</legend>
      <label className="fm-radio">
        <input type="checkbox" checked={form.split} onChange={(event) => change({ split: event.target.checked })} />
        Split documents into train, dev and test
      </label>
      {form.split && (
        <div className="fm-field-pair">
          <Field label="Percentages" hint="train/dev/test, or train/test">
            {(props) => <input {...props} value={form.ratios} inputMode="numeric" onChange={(event) => change({ ratios: event.target.value })} />}
          </Field>
          <Field label="Seed" hint="The same seed gives the same split.">
            {(props) => <input {...props} value={form.seed} onChange={(event) => change({ seed: event.target.value })} />}
          </Field>
        </div>
      )}
    </fieldset>
  );
}

interface DestinationFieldProps extends ExportFieldsProps {
  nativeDialogs: boolean;
  choose(): void;
}

export function DestinationField({ form, change, nativeDialogs, choose }: DestinationFieldProps) {
  const hint = writesFolder(form)
    ? `A folder, new or empty, on the computer running ${APP_NAME}.`
    : `A file on the computer running ${APP_NAME}; one already there is replaced.`;
  return (
    <Field label={writesFolder(form) ? 'Save to folder' : 'Save to file'} hint={hint}>
      {(props) => (
        <div className="fm-datasets-path">
          <input {...props} value={form.path} spellCheck={false} onChange={(event) => change({ path: event.target.value, pathEdited: true })} />
          {nativeDialogs && (
            <button type="button" onClick={choose}>
              Choose…
            </button>
          )}
        </div>
      )}
    </Field>
  );
}
