/**
 * Follows which sections of the article are near the screen and tells the annotation plugin,
 * which draws the highlights there (`drawn-range.ts`). The browser reports the sections as they
 * come within a screen's height of the visible part, so they are drawn before they are seen.
 */
import { Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { annotationPluginKey, annotationState, type AnnotationMeta } from './annotations';
import { sameRange, type DrawnRange } from './drawn-range';

/** How far beyond the visible part sections are drawn: a screen's height above and below. */
const DRAWN_MARGIN = '100% 0px';

function scrollContainerOf(element: HTMLElement): HTMLElement | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (/(auto|scroll)/.test(getComputedStyle(parent).overflowY)) return parent;
  }
  return null;
}

class SectionWatcher {
  private readonly near = new Set<Element>();
  private readonly observer: IntersectionObserver;

  constructor(private readonly view: EditorView) {
    this.observer = new IntersectionObserver((entries) => this.seen(entries), {
      root: scrollContainerOf(view.dom),
      rootMargin: DRAWN_MARGIN,
    });
    this.watchSections();
  }

  /** Watches the view's sections anew: a text correction may have added or joined some. */
  watchSections(): void {
    this.observer.disconnect();
    this.near.clear();
    for (const section of Array.from(this.view.dom.children)) this.observer.observe(section);
  }

  destroy(): void {
    this.observer.disconnect();
  }

  private seen(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (entry.isIntersecting) this.near.add(entry.target);
      else this.near.delete(entry.target);
    }
    const drawn = this.rangeOfNearSections();
    if (!drawn || sameRange(drawn, annotationState(this.view.state).drawn)) return;
    this.view.dispatch(this.view.state.tr.setMeta(annotationPluginKey, { drawn } satisfies AnnotationMeta));
  }

  private rangeOfNearSections(): DrawnRange | null {
    let from = Infinity;
    let to = -Infinity;
    for (const section of this.near) {
      if (!section.isConnected) continue;
      // Inside a section's element, offset 0 is its content's start; one token before it opens.
      from = Math.min(from, this.view.posAtDOM(section, 0) - 1);
      to = Math.max(to, this.view.posAtDOM(section, section.childNodes.length) + 1);
    }
    return from < to ? { from, to } : null;
  }
}

/** The plugin that keeps the drawn range on the sections near the screen. */
export function viewportPlugin(): Plugin {
  return new Plugin({
    view(view) {
      const watcher = new SectionWatcher(view);
      return {
        update(view, previous) {
          if (view.state.doc !== previous.doc) watcher.watchSections();
        },
        destroy: () => watcher.destroy(),
      };
    },
  });
}
