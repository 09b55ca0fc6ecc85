/** What each label means and how it looks in the text. */
import { labelList } from '../../shared/labels';

export function Legend() {
  return (
    <details className="fm-legend">
      <summary>Label definitions</summary>
      <dl>
        {labelList.map((label) => (
          <div key={label.id} className="fm-legend-entry">
            <dt>
              <span className={`fm-chip fm-label-${label.id}`}>{label.shortName}</span>{' '}
              <span className={`fm-annotation fm-label-${label.id}`}>{label.name}</span>{' '}
              <span className="fm-legend-style">({label.underline} underline, key {label.key})</span>
            </dt>
            <dd>{label.definition}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
