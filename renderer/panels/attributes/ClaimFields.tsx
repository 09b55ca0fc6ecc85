/** An attributed claim: who said it, what kind of source that is, and the verdict with its evidence. */
import { sourceKindNames, sourceKinds, verdictNames, verdicts, type AttributedClaimAttributes } from '../../../shared/attributes';
import { EvidenceList } from './EvidenceList';
import { SelectField, TextField } from './fields';
import { parseText } from './parsing';

interface ClaimFieldsProps {
  annotationId: string;
  attributes: AttributedClaimAttributes;
  update(changes: Partial<AttributedClaimAttributes>): void;
}

export function ClaimFields({ annotationId, attributes, update }: ClaimFieldsProps) {
  return (
    <>
      <TextField
        annotationId={annotationId}
        field="source"
        label="Source (who says it)"
        value={attributes.source ?? ''}
        placeholder="TASS, the Israeli Foreign Ministry…"
        parse={parseText}
        onCommit={(source) => update({ source })}
      />
      <SelectField
        label="Kind of source"
        value={attributes.sourceKind}
        options={sourceKinds}
        optionLabel={(kind) => sourceKindNames[kind]}
        emptyLabel="Not set"
        onChange={(sourceKind) => update({ sourceKind })}
      />
      <SelectField
        label="Verdict"
        value={attributes.verdict}
        options={verdicts}
        optionLabel={(verdict) => verdictNames[verdict]}
        onChange={(verdict) => update({ verdict: verdict ?? 'unchecked' })}
      />
      <EvidenceList annotationId={annotationId} evidence={attributes.evidence} onCommit={(evidence) => update({ evidence })} />
    </>
  );
}
