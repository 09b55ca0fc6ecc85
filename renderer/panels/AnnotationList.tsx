/** The document's annotations in text order; long lists are virtualised so thousands stay fast. */
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Node } from 'prosemirror-model';
import { memo, useEffect, useRef } from 'react';
import { labels } from '../../shared/labels';
import type { EditorAnnotation } from '../editor/types';
import { quoteOf, useAnnotationStore } from '../state/annotations';
import { useEditorStore } from '../state/editor';

interface ItemProps {
  annotation: EditorAnnotation;
  doc: Node;
  selected: boolean;
}

const AnnotationItem = memo(function AnnotationItem({ annotation, doc, selected }: ItemProps) {
  const select = useEditorStore((state) => state.select);
  const label = labels[annotation.label];
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
        <span className="fm-annotation-item-quote">{quoteOf(doc, annotation)}</span>
        {annotation.note && <span className="fm-annotation-item-note">{annotation.note}</span>}
      </span>
      <span className="fm-visually-hidden">{label.name}</span>
    </button>
  );
});

export function AnnotationList() {
  const annotations = useAnnotationStore((state) => state.annotations);
  const selectedId = useAnnotationStore((state) => state.selectedId);
  const doc = useAnnotationStore((state) => state.doc);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: annotations.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 60,
    overscan: 8,
    getItemKey: (index) => annotations[index]!.id,
  });

  useEffect(() => {
    const index = annotations.findIndex((annotation) => annotation.id === selectedId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [selectedId, annotations, virtualizer]);

  return (
    <section className="fm-annotation-list" aria-labelledby="fm-annotation-list-heading">
      <h2 id="fm-annotation-list-heading">
        Annotations <span className="fm-count">{annotations.length}</span>
      </h2>
      {annotations.length === 0 || !doc ? (
        <p className="fm-empty">No annotations yet. Select text in the article and press 1–4.</p>
      ) : (
        <div ref={scroller} className="fm-list-scroller">
          <ul className="fm-list" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const annotation = annotations[item.index]!;
              return (
                <li
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  className="fm-list-row"
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <AnnotationItem annotation={annotation} doc={doc} selected={annotation.id === selectedId} />
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
