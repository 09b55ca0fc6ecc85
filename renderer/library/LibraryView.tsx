/**
 * The library: every document with its source, date, annotations per label and status, sorted
 * and filtered; full-text search across texts, titles and notes; imports and their progress;
 * details, copies and the session's trash.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { LibraryRow } from '../../shared/library';
import { DeleteDialog } from './DeleteDialog';
import { ImportActions } from './ImportActions';
import { ImportStatus } from './ImportStatus';
import { LibraryFilters } from './LibraryFilters';
import { useLibraryStore } from './library-store';
import { LibraryTable } from './LibraryTable';
import type { RowActions } from './LibraryRowView';
import { MetadataDialog } from './MetadataDialog';
import { counted } from './names';
import { SearchResults } from './SearchResults';
import { useSearchStore } from './search-store';
import { TrashPanel, UndoDelete } from './TrashPanel';

function SearchBox() {
  const typed = useSearchStore((state) => state.typed);
  const type = useSearchStore((state) => state.type);
  return (
    <input
      type="search"
      className="fm-library-search"
      aria-label="Search all documents"
      placeholder="Search texts, titles and notes"
      value={typed}
      onChange={(event) => type(event.target.value)}
    />
  );
}

function ListSummary() {
  const total = useLibraryStore((state) => state.total);
  const facets = useLibraryStore((state) => state.facets);
  const filtering = useLibraryStore((state) => Object.keys(state.filter).length > 0);
  const error = useLibraryStore((state) => state.error);
  if (error) {
    return (
      <p className="fm-library-summary fm-field-error" role="alert">
        {error}
      </p>
    );
  }
  if (total === null) return <p className="fm-library-summary">Reading the library…</p>;
  if (facets?.total === 0) {
    return <p className="fm-library-summary">The library is empty. Import articles with the buttons above, or drop files anywhere on the window.</p>;
  }
  return (
    <p className="fm-library-summary" role="status">
      {filtering && facets ? `${total.toLocaleString()} of ${counted(facets.total, 'document')}` : counted(total, 'document')}
    </p>
  );
}

export function LibraryView() {
  const refresh = useLibraryStore((state) => state.refresh);
  const searching = useSearchStore((state) => state.query.trim() !== '' && state.typed.trim() !== '');
  const [editing, setEditing] = useState<LibraryRow | null>(null);
  const [deleting, setDeleting] = useState<LibraryRow | null>(null);
  const edit = useCallback((row: LibraryRow) => setEditing(row), []);
  const remove = useCallback((row: LibraryRow) => setDeleting(row), []);
  const actions: RowActions = useMemo(() => ({ edit, remove }), [edit, remove]);
  useEffect(() => refresh(), [refresh]);

  return (
    <main className="fm-library" aria-label="Library">
      <div className="fm-library-top">
        <h1>Library</h1>
        <SearchBox />
        <ImportActions />
      </div>
      <ImportStatus />
      <UndoDelete />
      {searching ? (
        <SearchResults />
      ) : (
        <>
          <LibraryFilters />
          <ListSummary />
          <LibraryTable actions={actions} />
        </>
      )}
      <TrashPanel />
      {editing && <MetadataDialog row={editing} onClose={() => setEditing(null)} />}
      {deleting && <DeleteDialog row={deleting} onClose={() => setDeleting(null)} />}
    </main>
  );
}
