/** Counts per label, which double as label filters, and filters by verdict and reviewer. */
import { useMemo } from 'react';
import { verdictNames, verdicts } from '../../shared/attributes';
import { labelList, type LabelId } from '../../shared/labels';
import { useAnnotationStore } from '../state/annotations';
import { useListFilterStore } from '../state/list-filter';
import { useRecordStore } from '../state/records';
import { SelectField } from './attributes/fields';

export function AnnotationFilter() {
  const annotations = useAnnotationStore((state) => state.annotations);
  const reviewers = useRecordStore((state) => state.reviewers);
  const filter = useListFilterStore();

  const counts = useMemo(() => {
    const byLabel: Record<LabelId, number> = { verified_fact: 0, attributed_claim: 0, casualty_figure: 0, opinion: 0 };
    for (const annotation of annotations) byLabel[annotation.label]++;
    return byLabel;
  }, [annotations]);

  return (
    <div className="fm-filter">
      <div className="fm-filter-labels" role="group" aria-label="Show labels">
        {labelList.map((label) => (
          <button
            key={label.id}
            type="button"
            className={`fm-filter-label fm-label-${label.id}`}
            aria-pressed={filter.labels.has(label.id)}
            onClick={() => filter.toggleLabel(label.id)}
            title={`Show only ${label.name.toLowerCase()}s (with others you pick)`}
          >
            <span className={`fm-chip fm-label-${label.id}`}>{label.shortName}</span>
            <span className="fm-filter-count">{counts[label.id]}</span>
          </button>
        ))}
      </div>
      <label className="fm-radio">
        <input type="checkbox" checked={filter.needsReview} onChange={(event) => filter.setNeedsReview(event.target.checked)} />
        Needs a look: approximate or orphaned
      </label>
      <div className="fm-field-pair">
        <SelectField
          label="Verdict"
          value={filter.verdict ?? undefined}
          options={verdicts}
          optionLabel={(verdict) => verdictNames[verdict]}
          emptyLabel="Any"
          onChange={(verdict) => filter.setVerdict(verdict ?? null)}
        />
        <SelectField
          label="Reviewer"
          value={filter.reviewer ?? undefined}
          options={reviewers}
          optionLabel={(reviewer) => reviewer}
          emptyLabel="Anyone"
          onChange={(reviewer) => filter.setReviewer(reviewer ?? null)}
        />
      </div>
    </div>
  );
}
