/**
 * The annotations in text order (by start; of two that start together, the longer first), kept
 * up to date change by change rather than sorted again: with ten thousand annotations a sort on
 * every key press would cost more than the rest of the change.
 */
import type { EditorAnnotation } from './types';

export function compareInTextOrder(a: EditorAnnotation, b: EditorAnnotation): number {
  return a.from - b.from || b.to - a.to || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Where `annotation` goes in an ordered list. */
function insertionPoint(list: readonly EditorAnnotation[], annotation: EditorAnnotation): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareInTextOrder(list[mid]!, annotation) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A new ordered list with `annotation` in its place. */
export function withInserted(list: readonly EditorAnnotation[], annotation: EditorAnnotation): EditorAnnotation[] {
  const next = list.slice();
  next.splice(insertionPoint(list, annotation), 0, annotation);
  return next;
}

/** The annotations of two ordered lists in one. */
export function mergedInTextOrder(first: readonly EditorAnnotation[], second: readonly EditorAnnotation[]): EditorAnnotation[] {
  const merged: EditorAnnotation[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) merged.push(compareInTextOrder(first[i]!, second[j]!) <= 0 ? first[i++]! : second[j++]!);
  while (i < first.length) merged.push(first[i++]!);
  while (j < second.length) merged.push(second[j++]!);
  return merged;
}

/** A new ordered list without `annotation` (as it is in the list, by id). */
export function withRemoved(list: readonly EditorAnnotation[], annotation: EditorAnnotation): EditorAnnotation[] {
  const at = insertionPoint(list, annotation);
  const index = list[at]?.id === annotation.id ? at : list.findIndex((item) => item.id === annotation.id);
  if (index < 0) return list.slice();
  const next = list.slice();
  next.splice(index, 1);
  return next;
}

/** The list after a text change moved its annotations: mapping keeps the order, so sort only if it did not. */
export function reordered(list: readonly EditorAnnotation[], current: { get(id: string): EditorAnnotation | undefined }): EditorAnnotation[] {
  const next = list.map((annotation) => current.get(annotation.id)!);
  for (let i = 1; i < next.length; i++) {
    if (compareInTextOrder(next[i - 1]!, next[i]!) > 0) return next.sort(compareInTextOrder);
  }
  return next;
}
