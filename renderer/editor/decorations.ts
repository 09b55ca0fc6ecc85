/**
 * How an annotation is drawn: its text wrapped in a span of its own (so nested and overlapping
 * spans each keep their colour and underline), and a chip naming the label where it starts,
 * a cue that does not rely on colour.
 */
import { Decoration } from 'prosemirror-view';
import { labels } from '../../shared/labels';
import type { EditorAnnotation } from './types';

export interface AnnotationDecorationSpec {
  annotationId: string;
  /** Drawn with the outline of the selected annotation. */
  selected: boolean;
}

function chip(annotation: EditorAnnotation): HTMLElement {
  const element = document.createElement('span');
  element.className = `fm-chip fm-label-${annotation.label}`;
  element.dataset.annotationId = annotation.id;
  element.textContent = labels[annotation.label].shortName;
  return element;
}

/** The decorations of one annotation; `selected` adds the outline of the selected annotation. */
export function annotationDecorations(annotation: EditorAnnotation, selected: boolean): Decoration[] {
  const spec: AnnotationDecorationSpec = { annotationId: annotation.id, selected };
  const state = selected ? ' fm-annotation--selected' : '';
  return [
    Decoration.inline(
      annotation.from,
      annotation.to,
      { nodeName: 'span', class: `fm-annotation fm-label-${annotation.label}${state}`, 'data-annotation-id': annotation.id },
      spec,
    ),
    Decoration.widget(annotation.from, () => chip(annotation), {
      ...spec,
      side: -1,
      ignoreSelection: true,
      key: `chip:${annotation.id}:${annotation.label}`,
    }),
  ];
}
