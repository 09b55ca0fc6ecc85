/** Asks which annotation was meant when a click lands in text covered by several. */
import { labels } from '../../shared/labels';
import { quoteOf, useAnnotationStore } from '../state/annotations';
import { useEditorStore } from '../state/editor';
import { useUiStore } from '../state/ui';
import { Popup } from './Popup';

export function AnnotationPicker() {
  const picker = useUiStore((state) => state.picker);
  const close = useUiStore((state) => state.closePopups);
  const annotations = useAnnotationStore((state) => state.annotations);
  const doc = useAnnotationStore((state) => state.doc);
  const select = useEditorStore((state) => state.select);
  if (!picker || !doc) return null;

  const candidates = picker.annotationIds
    .map((id) => annotations.find((annotation) => annotation.id === id))
    .filter((annotation) => annotation !== undefined);

  return (
    <Popup x={picker.x} y={picker.y} label="Choose an annotation" onClose={close}>
      {candidates.map((annotation) => (
        <button
          key={annotation.id}
          type="button"
          role="menuitem"
          onClick={() => {
            select(annotation.id);
            close();
          }}
        >
          <span className={`fm-chip fm-label-${annotation.label}`}>{labels[annotation.label].shortName}</span>
          <span className="fm-popup-quote">{quoteOf(doc, annotation)}</span>
        </button>
      ))}
    </Popup>
  );
}
