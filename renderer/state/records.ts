/**
 * The annotations as the store last confirmed them: who created each and when, and whether its
 * span was found in the text. The editor holds what the reviewer decides; this holds the rest.
 */
import { create } from 'zustand';
import type { Annotation } from '../../shared/model';
import { LayeredMap } from '../layered-map';

interface RecordState {
  /** By id; saving one annotation does not copy all the others. */
  records: LayeredMap<Annotation>;
  /** Everyone who created one of the document's annotations, in alphabetical order. */
  reviewers: readonly string[];
  /** Starts over with a document's stored annotations. */
  reset(annotations: readonly Annotation[]): void;
  saved(annotation: Annotation): void;
  deleted(id: string): void;
}

function reviewersWith(reviewers: readonly string[], reviewer: string): readonly string[] {
  return reviewers.includes(reviewer) ? reviewers : [...reviewers, reviewer].sort();
}

export const useRecordStore = create<RecordState>((set) => ({
  records: LayeredMap.of([]),
  reviewers: [],
  reset: (annotations) =>
    set({
      records: LayeredMap.of(annotations.map((annotation) => [annotation.id, annotation] as const)),
      reviewers: [...new Set(annotations.map((annotation) => annotation.reviewer))].sort(),
    }),
  saved: (annotation) =>
    set((state) => ({
      records: state.records.set(annotation.id, annotation),
      reviewers: reviewersWith(state.reviewers, annotation.reviewer),
    })),
  deleted: (id) => set((state) => ({ records: state.records.delete(id) })),
}));
