/** What changed between two versions of an annotation, as its history records it. */
import { trackedAnnotationFields, type Annotation, type AnnotationEvent } from '../../shared/model';

export type AnnotationChanges = AnnotationEvent['changes'];

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Each tracked field whose value differs, with both values; from nothing when `before` is undefined. */
export function annotationChanges(before: Annotation | undefined, after: Annotation | undefined): AnnotationChanges {
  const changes: AnnotationChanges = {};
  for (const field of trackedAnnotationFields) {
    const old = before?.[field] ?? null;
    const now = after?.[field] ?? null;
    if (!same(old, now)) changes[field] = { before: old, after: now };
  }
  return changes;
}
