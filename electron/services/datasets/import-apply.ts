/**
 * Writing what an import plan says: documents created from lossless records, new annotations, and
 * (when the user chose to replace) annotations whose id was there with other content. Each change
 * is recorded in the annotation's history as the annotation service records an edit. The caller
 * runs this inside a transaction.
 */
import type { ConflictChoice } from '../../../shared/datasets';
import type { AnnotationEventRepository } from '../../store/annotation-events';
import type { AnnotationRepository } from '../../store/annotations';
import type { DatasetDocumentQueries } from '../../store/dataset-documents';
import type { DocumentRepository } from '../../store/documents';
import { annotationChanges } from '../annotation-changes';
import type { FilePlan } from './import-plan';

export interface ApplyStores {
  documents: DocumentRepository;
  annotations: AnnotationRepository;
  events: AnnotationEventRepository;
  datasetDocuments: DatasetDocumentQueries;
}

export interface AppliedFile {
  documentsCreated: number;
  annotationsCreated: number;
  annotationsUpdated: number;
  /** Library documents whose annotations changed. */
  changedDocumentIds: Set<string>;
}

/** Writes a file's plan; `reviewer` and `time` are who made the change and when, for the history. */
export function applyFilePlan(stores: ApplyStores, plan: FilePlan, choice: ConflictChoice, reviewer: string, time: string): AppliedFile {
  const applied: AppliedFile = { documentsCreated: 0, annotationsCreated: 0, annotationsUpdated: 0, changedDocumentIds: new Set() };
  const touched = new Set<string>();
  for (const planned of plan.documents) {
    if (planned.create) {
      stores.datasetDocuments.insertRecord(planned.create, plan.file);
      applied.documentsCreated++;
    }
    for (const { outcome, annotation, existing } of planned.annotations) {
      const writes = outcome === 'new' || (outcome === 'changed' && choice === 'replace');
      if (!writes || !annotation) continue;
      stores.annotations.upsert(annotation);
      stores.events.append({
        annotationId: annotation.id,
        documentId: annotation.documentId,
        action: existing ? 'updated' : 'created',
        reviewer,
        at: time,
        changes: annotationChanges(existing, annotation),
      });
      if (existing) applied.annotationsUpdated++;
      else applied.annotationsCreated++;
      applied.changedDocumentIds.add(annotation.documentId);
      // A document created from its record keeps the record's times.
      if (!planned.create) touched.add(annotation.documentId);
    }
  }
  for (const documentId of touched) stores.documents.touch(documentId, time);
  return applied;
}
