/**
 * The annotations as the store last confirmed them: who created each and when, and whether its
 * span was found in the text. The editor holds what the reviewer decides; this holds the rest.
 */
import { create } from 'zustand';
import type { Annotation } from '../../shared/model';
import { LayeredMap } from '../layered-map';

/**
 * A stored annotation without the text it quotes and its context: the editor reads those from the
 * article, and for ten thousand annotations they would take megabytes.
 */
export type AnnotationRecord = Omit<Annotation, 'quote' | 'prefix' | 'suffix'>;

/** Field by field: for ten thousand annotations several times faster than leaving fields out with `...rest`. */
export function recordOf(annotation: Annotation): AnnotationRecord {
  const { id, documentId, label, start, end, note, confidence, attributes, reviewer, anchor, createdAt, updatedAt } = annotation;
  return { id, documentId, label, start, end, note, confidence, attributes, reviewer, anchor, createdAt, updatedAt } as AnnotationRecord;
}

interface RecordState {
  /** By id; saving one annotation does not copy all the others. */
  records: LayeredMap<AnnotationRecord>;
  /** Everyone who created one of the document's annotations, in alphabetical order. */
  reviewers: readonly string[];
  /** Starts over with a document's stored annotations. */
  reset(records: readonly AnnotationRecord[]): void;
  saved(annotation: Annotation): void;
  deleted(id: string): void;
}

function reviewersWith(reviewers: readonly string[], reviewer: string): readonly string[] {
  return reviewers.includes(reviewer) ? reviewers : [...reviewers, reviewer].sort();
}

export const useRecordStore = create<RecordState>((set) => ({
  records: LayeredMap.of([]),
  reviewers: [],
  reset: (records) =>
    set({
      records: LayeredMap.of(records.map((record) => [record.id, record] as const)),
      reviewers: [...new Set(records.map((record) => record.reviewer))].sort(),
    }),
  saved: (annotation) =>
    set((state) => ({
      records: state.records.set(annotation.id, recordOf(annotation)),
      reviewers: reviewersWith(state.reviewers, annotation.reviewer),
    })),
  deleted: (id) => set((state) => ({ records: state.records.delete(id) })),
}));
