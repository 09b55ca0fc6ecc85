/** One document in the library list: open it by its title, set its status, edit, copy or delete it. */
import { memo } from 'react';
import { labelList } from '../../shared/labels';
import type { LibraryRow } from '../../shared/library';
import { documentStatuses, type DocumentStatus } from '../../shared/model';
import { duplicate, setStatus } from './document-actions';
import { statusNames } from './names';
import { openDocument } from './open-document';

export interface RowActions {
  edit(row: LibraryRow): void;
  remove(row: LibraryRow): void;
}

interface RowProps {
  row: LibraryRow;
  index: number;
  actions: RowActions;
}

export const LibraryRowView = memo(function LibraryRowView({ row, index, actions }: RowProps) {
  return (
    <div role="row" aria-rowindex={index + 2} className="fm-library-row" data-document-id={row.id}>
      <span role="cell" className="fm-library-cell fm-library-title-cell">
        <button type="button" className="fm-library-title" title={row.title} onClick={() => void openDocument(row.id)}>
          {row.title}
        </button>
      </span>
      <span role="cell" className="fm-library-cell fm-library-muted" title={row.publication ?? undefined}>
        {row.publication ?? '—'}
      </span>
      <span role="cell" className="fm-library-cell fm-library-muted">
        {row.publishedAt ?? '—'}
      </span>
      {labelList.map((label) => (
        <span key={label.id} role="cell" className={`fm-library-cell fm-library-count fm-label-${label.id}`} data-count={row.labelCounts[label.id]}>
          <span className="fm-visually-hidden">{label.name}: </span>
          {row.labelCounts[label.id]}
        </span>
      ))}
      <span role="cell" className="fm-library-cell">
        <select
          className="fm-library-status"
          aria-label={`Status of ${row.title}`}
          value={row.status}
          onChange={(event) => void setStatus(row, event.target.value as DocumentStatus)}
        >
          {documentStatuses.map((status) => (
            <option key={status} value={status}>
              {statusNames[status]}
            </option>
          ))}
        </select>
      </span>
      <span role="cell" className="fm-library-cell fm-library-actions">
        <button type="button" className="fm-quiet" aria-label={`Edit details of ${row.title}`} onClick={() => actions.edit(row)}>
          Edit
        </button>
        <button type="button" className="fm-quiet" aria-label={`Duplicate ${row.title}`} onClick={() => void duplicate(row)}>
          Duplicate
        </button>
        <button type="button" className="fm-quiet fm-danger-text" aria-label={`Delete ${row.title}`} onClick={() => actions.remove(row)}>
          Delete
        </button>
      </span>
    </div>
  );
});
