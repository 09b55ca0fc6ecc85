/** The document's annotations in text order; long lists are virtualised so thousands stay fast. */
import { elementScroll, useVirtualizer, type Rect, type Virtualizer } from '@tanstack/react-virtual';
import type { Node } from 'prosemirror-model';
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { labels } from '../../shared/labels';
import { noteDetails } from '../../shared/reports/format';
import type { EditorAnnotation } from '../editor/types';
import { quoteOf, useAnnotationStore } from '../state/annotations';
import { useEditorStore } from '../state/editor';
import { isFiltering, passesFilter, useListFilterStore } from '../state/list-filter';
import { useRecordStore } from '../state/records';
import { AnnotationFilter } from './AnnotationFilter';

/** The height of a row, in pixels; the stylesheet gives rows the same. */
const ROW_HEIGHT = 60;

/**
 * The list's size as the browser reports it once it has laid the page out. Asking for it while
 * the page is being built, as the virtualiser does by default, would make the browser lay out
 * everything there and then, and again for the frame.
 */
function observeListRect(instance: Virtualizer<HTMLDivElement, Element>, onRect: (rect: Rect) => void): (() => void) | undefined {
  const element = instance.scrollElement;
  if (!element) return undefined;
  const observer = new ResizeObserver(([entry]) => {
    if (entry) onRect({ width: Math.round(entry.contentRect.width), height: Math.round(entry.contentRect.height) });
  });
  observer.observe(element);
  return () => observer.disconnect();
}

interface ItemProps {
  annotation: EditorAnnotation;
  doc: Node;
  selected: boolean;
  /** Found only approximately after a new version of the article. */
  approximate: boolean;
}

const NOTHING_RECORDED = 'Nothing recorded yet';

const AnnotationItem = memo(function AnnotationItem({ annotation, doc, selected, approximate }: ItemProps) {
  const select = useEditorStore((state) => state.select);
  const label = labels[annotation.label];
  const orphaned = annotation.from === annotation.to;
  const unsupported = annotation.label === 'verified_fact' && annotation.attributes.evidence.length === 0;
  // What was recorded, then the note. (A fact without evidence says so with its badge; an opinion
  // with neither holder nor note, in words, rather than leaving its row's second line blank.)
  const details = [...(unsupported ? [] : noteDetails(annotation)), annotation.note].filter(Boolean).join(' · ') || (unsupported ? '' : NOTHING_RECORDED);
  return (
    <button
      type="button"
      className="fm-annotation-item"
      aria-current={selected}
      data-annotation-id={annotation.id}
      onClick={() => select(annotation.id)}
    >
      <span className={`fm-chip fm-label-${annotation.label}`}>{label.shortName}</span>
      <span className="fm-annotation-item-text">
        {orphaned ? (
          <span className="fm-badge fm-badge--warning">Orphaned: its text was deleted</span>
        ) : (
          <span className="fm-annotation-item-quote">{quoteOf(doc, annotation)}</span>
        )}
        <span className="fm-annotation-item-note">
          {unsupported && <span className="fm-badge fm-badge--warning">Unsupported</span>}
          {approximate && <span className="fm-badge fm-badge--warning">Found approximately: check it</span>}
          {details}
        </span>
      </span>
      <span className="fm-visually-hidden">{label.name}</span>
    </button>
  );
});

export function AnnotationList() {
  const allAnnotations = useAnnotationStore((state) => state.annotations);
  const selectedId = useAnnotationStore((state) => state.selectedId);
  const doc = useAnnotationStore((state) => state.doc);
  const records = useRecordStore((state) => state.records);
  const { labels: labelFilter, verdict, reviewer, needsReview } = useListFilterStore();
  const annotations = useMemo(() => {
    const filter = { labels: labelFilter, verdict, reviewer, needsReview };
    if (!isFiltering(filter)) return allAnnotations;
    return allAnnotations.filter((annotation) => passesFilter(filter, annotation, records.get(annotation.id)));
  }, [allAnnotations, records, labelFilter, verdict, reviewer, needsReview]);
  const filtered = annotations.length < allAnnotations.length;
  const scroller = useRef<HTMLDivElement>(null);
  // A new key function makes the virtualiser measure every row again: keep it while the list is the same.
  const getItemKey = useCallback((index: number) => annotations[index]!.id, [annotations]);
  // Rows have one height, so ten thousand of them are laid out without measuring any.
  const virtualizer = useVirtualizer({
    count: annotations.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey,
    useFlushSync: false,
    // A screen's worth of rows until the browser reports the list's size.
    initialRect: { width: 0, height: window.innerHeight },
    observeElementRect: observeListRect,
    // Scrolling to where the list already is would lay the page out there and then as well.
    scrollToFn: (offset, options, instance) => offset !== instance.scrollOffset && elementScroll(offset, options, instance),
  });

  // Brings the selected row into view, again once the list has its new height (the selected
  // annotation's details open above it). Rows have one height and the virtualiser knows where the
  // list is scrolled, so this only writes the scroll position: reading the page's layout here, just
  // after a change, would make the browser lay out the whole article again at once.
  const listHeight = virtualizer.scrollRect?.height;
  useEffect(() => {
    const index = annotations.findIndex((annotation) => annotation.id === selectedId);
    const element = scroller.current;
    if (index < 0 || !element) return;
    const top = index * ROW_HEIGHT;
    const viewTop = virtualizer.scrollOffset ?? 0;
    const viewHeight = listHeight ?? 0;
    if (top < viewTop) element.scrollTop = top;
    else if (top + ROW_HEIGHT > viewTop + viewHeight) element.scrollTop = top + ROW_HEIGHT - viewHeight;
  }, [selectedId, annotations, virtualizer, listHeight]);

  return (
    <section className="fm-annotation-list" aria-labelledby="fm-annotation-list-heading">
      <h2 id="fm-annotation-list-heading">
        Annotations{' '}
        <span className="fm-count">{filtered ? `${annotations.length} of ${allAnnotations.length}` : allAnnotations.length}</span>
      </h2>
      <AnnotationFilter />
      {!doc ? (
        <p className="fm-empty">Reading the annotations…</p>
      ) : allAnnotations.length === 0 ? (
        <p className="fm-empty">No annotations yet. Select text in the article and press 1–4.</p>
      ) : annotations.length === 0 ? (
        <p className="fm-empty">No annotation matches the filter.</p>
      ) : (
        <div ref={scroller} className="fm-list-scroller">
          <ul className="fm-list" aria-label="Annotations in text order" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const annotation = annotations[item.index]!;
              return (
                <li key={item.key} className="fm-list-row" style={{ transform: `translateY(${item.start}px)` }}>
                  <AnnotationItem
                    annotation={annotation}
                    doc={doc}
                    selected={annotation.id === selectedId}
                    approximate={records.get(annotation.id)?.anchor === 'fuzzy'}
                  />
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
