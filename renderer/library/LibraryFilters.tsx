/** The library's filters: part of the title, status, source, language, date range, and a label the documents have. */
import { useEffect, useState } from 'react';
import { labelIds, labels, type LabelId } from '../../shared/labels';
import { documentStatuses, type DocumentStatus } from '../../shared/model';
import { useLibraryStore } from './library-store';
import { statusNames } from './names';

/** Select values for "any" and for documents without a value. */
const ANY = '';
const NONE = '\u0000none';

/** Typing in the title filter pauses this long before the list follows. */
const TITLE_DELAY_MS = 250;

function TitleFilter() {
  const titleContains = useLibraryStore((state) => state.filter.titleContains);
  const setFilter = useLibraryStore((state) => state.setFilter);
  const [typed, setTyped] = useState(titleContains ?? '');
  useEffect(() => setTyped(titleContains ?? ''), [titleContains]);
  useEffect(() => {
    const trimmed = typed.trim();
    if (trimmed === (titleContains ?? '')) return;
    const timer = setTimeout(() => setFilter({ titleContains: trimmed === '' ? undefined : trimmed }), TITLE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed, titleContains, setFilter]);
  return (
    <label className="fm-library-filter">
      Title
      <input type="search" value={typed} placeholder="contains…" onChange={(event) => setTyped(event.target.value)} />
    </label>
  );
}

function FacetFilter({ field, name }: { field: 'publication' | 'language'; name: string }) {
  const value = useLibraryStore((state) => state.filter[field]);
  const facets = useLibraryStore((state) => (field === 'publication' ? state.facets?.publications : state.facets?.languages));
  const setFilter = useLibraryStore((state) => state.setFilter);
  const selected = value === undefined ? ANY : value === null ? NONE : value;
  return (
    <label className="fm-library-filter">
      {name}
      <select
        value={selected}
        onChange={(event) => {
          const next = event.target.value;
          setFilter({ [field]: next === ANY ? undefined : next === NONE ? null : next });
        }}
      >
        <option value={ANY}>Any</option>
        {(facets ?? []).map((facet) => (
          <option key={facet.value ?? NONE} value={facet.value ?? NONE}>
            {facet.value ?? '(none)'} ({facet.count.toLocaleString()})
          </option>
        ))}
      </select>
    </label>
  );
}

export function LibraryFilters() {
  const filter = useLibraryStore((state) => state.filter);
  const statusCounts = useLibraryStore((state) => state.facets?.statuses);
  const setFilter = useLibraryStore((state) => state.setFilter);
  const clearFilters = useLibraryStore((state) => state.clearFilters);
  const status = filter.statuses?.[0] ?? ANY;
  const countOf = (value: DocumentStatus) => statusCounts?.find((facet) => facet.value === value)?.count ?? 0;
  return (
    <div className="fm-library-filters" role="group" aria-label="Filters">
      <TitleFilter />
      <label className="fm-library-filter">
        Status
        <select value={status} onChange={(event) => setFilter({ statuses: event.target.value === ANY ? undefined : [event.target.value as DocumentStatus] })}>
          <option value={ANY}>Any</option>
          {documentStatuses.map((value) => (
            <option key={value} value={value}>
              {statusNames[value]} ({countOf(value).toLocaleString()})
            </option>
          ))}
        </select>
      </label>
      <FacetFilter field="publication" name="Source" />
      <FacetFilter field="language" name="Language" />
      <label className="fm-library-filter">
        From
        <input type="date" value={filter.publishedFrom ?? ''} onChange={(event) => setFilter({ publishedFrom: event.target.value || undefined })} />
      </label>
      <label className="fm-library-filter">
        To
        <input type="date" value={filter.publishedTo ?? ''} onChange={(event) => setFilter({ publishedTo: event.target.value || undefined })} />
      </label>
      <label className="fm-library-filter">
        Has
        <select value={filter.withLabel ?? ANY} onChange={(event) => setFilter({ withLabel: (event.target.value || undefined) as LabelId | undefined })}>
          <option value={ANY}>Any annotations</option>
          {labelIds.map((id) => (
            <option key={id} value={id}>
              {labels[id].name}
            </option>
          ))}
        </select>
      </label>
      {Object.keys(filter).length > 0 && (
        <button type="button" className="fm-quiet" onClick={clearFilters}>
          Clear filters
        </button>
      )}
    </div>
  );
}
