/** A verified fact: the evidence it was confirmed against; without any it is shown as unsupported. */
import type { VerifiedFactAttributes } from '../../../shared/attributes';
import { EvidenceList } from './EvidenceList';

interface FactFieldsProps {
  annotationId: string;
  attributes: VerifiedFactAttributes;
  update(changes: Partial<VerifiedFactAttributes>): void;
}

export function FactFields({ annotationId, attributes, update }: FactFieldsProps) {
  return (
    <>
      {attributes.evidence.length === 0 && (
        <p className="fm-warning">Unsupported: a verified fact needs at least one piece of evidence.</p>
      )}
      <EvidenceList annotationId={annotationId} evidence={attributes.evidence} onCommit={(evidence) => update({ evidence })} />
    </>
  );
}
