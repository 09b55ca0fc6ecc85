/** An opinion: whose it is. */
import type { OpinionAttributes } from '../../../shared/attributes';
import { TextField } from './fields';
import { parseText } from './parsing';

interface OpinionFieldsProps {
  annotationId: string;
  attributes: OpinionAttributes;
  update(changes: Partial<OpinionAttributes>): void;
}

export function OpinionFields({ annotationId, attributes, update }: OpinionFieldsProps) {
  return (
    <TextField
      annotationId={annotationId}
      field="holder"
      label="Whose opinion"
      value={attributes.holder ?? ''}
      placeholder="the author, a quoted official, a commenter…"
      parse={parseText}
      onCommit={(holder) => update({ holder })}
    />
  );
}
