/**
 * The annotations as the store last confirmed them: who created each and when, and whether its
 * span was found in the text. The editor holds what the reviewer decides; this holds the rest.
 */
import { Map as PersistentMap } from 'immutable';
import { create } from 'zustand';
import type { Annotation } from '../../shared/model';

interface RecordState {
  /** By id; persistent, so that saving one annotation does not copy all the others. */
  records: PersistentMap<string, Annotation>;
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
  records: PersistentMap(),
  reviewers: [],
  reset: (annotations) =>
    set({
      records: PersistentMap(annotations.map((annotation) => [annotation.id, annotation])),
      reviewers: [...new Set(annotations.map((annotation) => annotation.reviewer))].sort(),
    }),
  saved: (annotation) =>
    set((state) => ({
      records: state.records.set(annotation.id, annotation),
      reviewers: reviewersWith(state.reviewers, annotation.reviewer),
    })),
  deleted: (id) => set((state) => ({ records: state.records.delete(id) })),
}));
