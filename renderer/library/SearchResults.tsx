/**
 * Search results across the library: each with its title and the passage that matched, loaded
 * page by page as they scroll into view. Opening one shows the document at the match.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef } from 'react';
import type { SearchHit } from '../../shared/library';
import { markAfterPaint } from '../timing';
import { openDocument } from './open-document';
import { counted } from './names';
import { useSearchStore } from './search-store';
import { Snippet } from './Snippet';

/** The height of a result in pixels; the stylesheet gives results the same. */
const HIT_HEIGHT = 76;

const fieldNames: Record<SearchHit['field'], string> = { title: 'in the title', text: 'in the text', note: 'in a note' };

const SearchResult = memo(function SearchResult({ hit }: { hit: SearchHit }) {
  const open = () => void openDocument(hit.documentId, hit.match ? { ...hit.match, annotationId: hit.annotationId } : undefined);
  const details = [hit.publication, hit.publishedAt, fieldNames[hit.field]].filter(Boolean).join(' · ');
  return (
    <button type="button" className="fm-search-hit" onClick={open}>
      <Snippet parts={hit.title} className="fm-search-hit-title" />
      <span className="fm-search-hit-details">{details}</span>
      {hit.field !== 'title' && <Snippet parts={hit.snippet} className="fm-search-hit-passage" />}
    </button>
  );
});

export function SearchResults() {
  const query = useSearchStore((state) => state.query);
  const total = useSearchStore((state) => state.total);
  const hits = useSearchStore((state) => state.rows);
  const error = useSearchStore((state) => state.error);
  const showRows = useSearchStore((state) => state.showRows);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => HIT_HEIGHT,
    overscan: 6,
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => showRows(first, last), [first, last, showRows]);
  useEffect(() => virtualizer.scrollToOffset(0), [query, virtualizer]);
  // When a search's first hits (or its "nothing matches") reach the screen, for the benchmarks.
  const answered = total !== null;
  useEffect(() => {
    if (answered) markAfterPaint('fm:search-painted');
  }, [answered]);

  return (
    <section className="fm-search-results" aria-label="Search results">
      <p className="fm-library-summary" role="status">
        {error
          ? `The search failed: ${error}`
          : total === null
            ? 'Searching…'
            : total === 0
              ? `Nothing in the library matches “${query.trim()}”.`
              : `${counted(total, 'match', 'matches')} for “${query.trim()}”`}
      </p>
      <div ref={scroller} className="fm-library-scroller">
        <ul className="fm-search-list" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const hit = hits.get(item.index);
            return (
              <li key={item.key} className="fm-search-slot" style={{ transform: `translateY(${item.start}px)` }}>
                {hit ? <SearchResult hit={hit} /> : <span className="fm-library-loading">Loading…</span>}
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
