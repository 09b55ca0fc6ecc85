/**
 * The annotations as the store last confirmed them: who created each and when, and whether its
 * span was found in the text. The editor holds what the reviewer decides; this holds the rest.
 */
import { create } from 'zustand';
import type { Annotation, OpenedAnnotation } from '../../shared/model';
import { LayeredMap } from '../layered-map';

/**
 * What the store confirmed about an annotation beyond what the reviewer decides (the editor holds
 * that): who made it, whether its span was found in the text, when it last changed.
 */
export type AnnotationRecord = Pick<OpenedAnnotation, 'id' | 'reviewer' | 'anchor' | 'updatedAt'>;

/**
 * The record of an annotation. Values the same as in `previous` share its copy: parsed from JSON,
 * each would be a string of its own, and for ten thousand annotations made together (an import)
 * the copies of one reviewer's name and one time take megabytes.
 */
export function recordOf(annotation: AnnotationRecord, previous?: AnnotationRecord): AnnotationRecord {
  const { id, reviewer, anchor, updatedAt } = annotation;
  return {
    id,
    reviewer: reviewer === previous?.reviewer ? previous.reviewer : reviewer,
    anchor: anchor === previous?.anchor ? previous.anchor : anchor,
    updatedAt: updatedAt === previous?.updatedAt ? previous.updatedAt : updatedAt,
  };
}

export function recordsOf(annotations: readonly AnnotationRecord[]): AnnotationRecord[] {
  const records: AnnotationRecord[] = [];
  for (const annotation of annotations) records.push(recordOf(annotation, records[records.length - 1]));
  return records;
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

function reviewersOf(records: readonly AnnotationRecord[]): readonly string[] {
  const reviewers = new Set<string>();
  for (const record of records) reviewers.add(record.reviewer);
  return [...reviewers].sort();
}

function reviewersWith(reviewers: readonly string[], reviewer: string): readonly string[] {
  return reviewers.includes(reviewer) ? reviewers : [...reviewers, reviewer].sort();
}

export const useRecordStore = create<RecordState>((set) => ({
  records: LayeredMap.byId<AnnotationRecord>([]),
  reviewers: [],
  reset: (records) =>
    set({
      records: LayeredMap.byId(records),
      reviewers: reviewersOf(records),
    }),
  saved: (annotation) =>
    set((state) => ({
      records: state.records.set(annotation.id, recordOf(annotation)),
      reviewers: reviewersWith(state.reviewers, annotation.reviewer),
    })),
  deleted: (id) => set((state) => ({ records: state.records.delete(id) })),
}));
