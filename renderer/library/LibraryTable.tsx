/**
 * The library's documents as a table: a header that sorts by each column, and rows virtualised
 * and loaded page by page as they scroll into view, so that ten thousand documents stay fast.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { labelList } from '../../shared/labels';
import type { LibrarySortField } from '../../shared/library';
import { markAfterPaint } from '../timing';
import { useLibraryStore } from './library-store';
import { LibraryRowView, type RowActions } from './LibraryRowView';

/** The height of a row in pixels; the stylesheet gives rows the same. */
const ROW_HEIGHT = 44;

const columns: { field: LibrarySortField; name: string; title?: string; className?: string }[] = [
  { field: 'title', name: 'Title' },
  { field: 'publication', name: 'Source' },
  { field: 'publishedAt', name: 'Date' },
  ...labelList.map((label) => ({
    field: label.id,
    name: label.shortName,
    title: `Number of annotations: ${label.name}`,
    className: 'fm-library-count-header',
  })),
  { field: 'status', name: 'Status' },
];

function SortHeader() {
  const sort = useLibraryStore((state) => state.sort);
  const direction = useLibraryStore((state) => state.direction);
  const sortBy = useLibraryStore((state) => state.sortBy);
  return (
    <div role="row" aria-rowindex={1} className="fm-library-row fm-library-header">
      {columns.map((column) => (
        <span
          key={column.field}
          role="columnheader"
          className={`fm-library-cell ${column.className ?? ''}`}
          aria-sort={sort === column.field ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}
        >
          <button type="button" className="fm-library-sort" title={column.title} onClick={() => sortBy(column.field)}>
            {column.name}
            <span aria-hidden="true">{sort === column.field ? (direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
          </button>
        </span>
      ))}
      <span role="columnheader" className="fm-library-cell">
        <span className="fm-visually-hidden">Actions</span>
      </span>
    </div>
  );
}

export function LibraryTable({ actions }: { actions: RowActions }) {
  const total = useLibraryStore((state) => state.total);
  const rows = useLibraryStore((state) => state.rows);
  const showRows = useLibraryStore((state) => state.showRows);
  const sort = useLibraryStore((state) => state.sort);
  const direction = useLibraryStore((state) => state.direction);
  const filter = useLibraryStore((state) => state.filter);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;

  useEffect(() => showRows(first, last), [first, last, showRows]);
  // A new order or filter starts again from the top.
  useEffect(() => virtualizer.scrollToOffset(0), [sort, direction, filter, virtualizer]);
  // When rows first reach the screen, for the benchmarks and the browser's performance panel.
  const hasRows = rows.size > 0;
  useEffect(() => {
    if (hasRows) markAfterPaint('fm:library-rows-painted');
  }, [hasRows]);

  return (
    <div role="table" aria-label="Documents" aria-rowcount={(total ?? 0) + 1} className="fm-library-table">
      <SortHeader />
      <div ref={scroller} className="fm-library-scroller">
        <div role="rowgroup" className="fm-library-rows" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rows.get(item.index);
            return (
              <div key={item.key} className="fm-library-slot" style={{ transform: `translateY(${item.start}px)` }}>
                {row ? (
                  <LibraryRowView row={row} index={item.index} actions={actions} />
                ) : (
                  <div role="row" aria-rowindex={item.index + 2} className="fm-library-row fm-library-loading">
                    <span role="cell">Loading…</span>
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
