/** Which annotations the list shows: by label, verdict and reviewer. */
import { create } from 'zustand';
import type { Verdict } from '../../shared/attributes';
import type { LabelId } from '../../shared/labels';
import type { EditorAnnotation } from '../editor/types';
import type { AnnotationRecord } from './records';

interface ListFilterState {
  /** Labels shown; all when empty. */
  labels: ReadonlySet<LabelId>;
  verdict: Verdict | null;
  reviewer: string | null;
  /** Only annotations found approximately or not at all after a new version: those that need a look. */
  needsReview: boolean;
  toggleLabel(label: LabelId): void;
  setVerdict(verdict: Verdict | null): void;
  setReviewer(reviewer: string | null): void;
  setNeedsReview(needsReview: boolean): void;
  clear(): void;
}

export const useListFilterStore = create<ListFilterState>((set) => ({
  labels: new Set(),
  verdict: null,
  reviewer: null,
  needsReview: false,
  toggleLabel: (label) =>
    set((state) => {
      const labels = new Set(state.labels);
      if (!labels.delete(label)) labels.add(label);
      return { labels };
    }),
  setVerdict: (verdict) => set({ verdict }),
  setReviewer: (reviewer) => set({ reviewer }),
  setNeedsReview: (needsReview) => set({ needsReview }),
  clear: () => set({ labels: new Set(), verdict: null, reviewer: null, needsReview: false }),
}));

/** The verdict of an annotation whose label has one. */
export function verdictOf(annotation: EditorAnnotation): Verdict | null {
  return 'verdict' in annotation.attributes ? annotation.attributes.verdict : null;
}

type Filter = Pick<ListFilterState, 'labels' | 'verdict' | 'reviewer' | 'needsReview'>;

/** Whether the filter leaves anything out at all. */
export function isFiltering(filter: Filter): boolean {
  return filter.labels.size > 0 || filter.verdict !== null || filter.reviewer !== null || filter.needsReview;
}

/** Whether the filter lets an annotation through; `record` is what the store holds of it, if saved. */
export function passesFilter(
  filter: Filter,
  annotation: EditorAnnotation,
  record: AnnotationRecord | undefined,
): boolean {
  if (filter.labels.size > 0 && !filter.labels.has(annotation.label)) return false;
  if (filter.verdict !== null && verdictOf(annotation) !== filter.verdict) return false;
  if (filter.reviewer !== null && record?.reviewer !== filter.reviewer) return false;
  if (filter.needsReview && annotation.from !== annotation.to && record?.anchor !== 'fuzzy') return false;
  return true;
}
