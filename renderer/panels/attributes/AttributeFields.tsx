/** The attribute form of an annotation's label. */
import type { EditorAnnotation } from '../../editor/types';
import { useEditorStore } from '../../state/editor';
import { ClaimFields } from './ClaimFields';
import { FactFields } from './FactFields';
import { FigureFields } from './FigureFields';
import { OpinionFields } from './OpinionFields';

/** The attributes with the given changes, leaving out fields that became empty. */
function merged(attributes: object, changes: object): EditorAnnotation['attributes'] {
  const next: Record<string, unknown> = { ...attributes, ...changes };
  for (const [key, value] of Object.entries(next)) if (value === undefined) delete next[key];
  return next as EditorAnnotation['attributes'];
}

export function AttributeFields({ annotation }: { annotation: EditorAnnotation }) {
  const edit = useEditorStore((state) => state.edit);
  const update = (changes: object) => edit(annotation.id, { attributes: merged(annotation.attributes, changes) });
  switch (annotation.label) {
    case 'verified_fact':
      return <FactFields annotationId={annotation.id} attributes={annotation.attributes} update={update} />;
    case 'attributed_claim':
      return <ClaimFields annotationId={annotation.id} attributes={annotation.attributes} update={update} />;
    case 'casualty_figure':
      return <FigureFields annotationId={annotation.id} attributes={annotation.attributes} update={update} />;
    case 'opinion':
      return <OpinionFields annotationId={annotation.id} attributes={annotation.attributes} update={update} />;
  }
}
