/**
 * Draws the highlights of a long article near the screen first, then the rest while the reviewer
 * reads (`drawn-range.ts`). The browser reports the sections within a screen's height of the
 * visible part, so a section the reviewer scrolls or jumps to is drawn before it is seen; when
 * the page has nothing else to do, one more section is drawn, until all of them are. Then the
 * sections are no longer watched: the browser would otherwise work out where each of them is on
 * every frame that changes the page, a key's frame included.
 */
import { Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { mark } from '../timing';
import { annotationPluginKey, annotationState, type AnnotationMeta } from './annotations';
import { contains, joined, overlaps, sameRange, widened, type DrawnRange } from './drawn-range';

/** How far beyond the visible part sections are drawn at once: a screen's height above and below. */
const NEAR_MARGIN = '100% 0px';

/** Idle time a section needs to be drawn without delaying the next frame. */
const IDLE_NEEDED_MS = 10;

function scrollContainerOf(element: HTMLElement): HTMLElement | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (/(auto|scroll)/.test(getComputedStyle(parent).overflowY)) return parent;
  }
  return null;
}

class SectionWatcher {
  private readonly near = new Set<Element>();
  private readonly observer: IntersectionObserver;
  private watched: Element[] = [];
  private idleRequest: number | undefined;

  constructor(private readonly view: EditorView) {
    this.observer = new IntersectionObserver((entries) => this.seen(entries), {
      root: scrollContainerOf(view.dom),
      rootMargin: NEAR_MARGIN,
    });
    this.watchSections();
    this.drawMoreWhenIdle();
  }

  /** Watches the view's sections anew when a text correction has added, joined or redrawn some. */
  watchSections(): void {
    if (this.allDrawn()) return;
    const sections = Array.from(this.view.dom.children);
    if (sections.length === this.watched.length && sections.every((section, i) => section === this.watched[i])) return;
    this.observer.disconnect();
    this.near.clear();
    this.watched = sections;
    for (const section of sections) this.observer.observe(section);
  }

  destroy(): void {
    if (this.idleRequest !== undefined) cancelIdleCallback(this.idleRequest);
    this.stopWatching();
  }

  private allDrawn(): boolean {
    const { drawn } = annotationState(this.view.state);
    return drawn.from === 0 && drawn.to === this.view.state.doc.content.size;
  }

  private stopWatching(): void {
    this.observer.disconnect();
    this.near.clear();
    this.watched = [];
  }

  private seen(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (entry.isIntersecting) this.near.add(entry.target);
      else this.near.delete(entry.target);
    }
    const near = this.rangeOfNearSections();
    const drawn = annotationState(this.view.state).drawn;
    if (!near || contains(drawn, near)) return;
    // Scrolling on adds to what is drawn; a jump far away starts again from there.
    this.draw(overlaps(drawn, near) ? joined(drawn, near) : near);
    this.drawMoreWhenIdle();
  }

  private draw(drawn: DrawnRange): void {
    if (sameRange(drawn, annotationState(this.view.state).drawn)) return;
    this.view.dispatch(this.view.state.tr.setMeta(annotationPluginKey, { drawn } satisfies AnnotationMeta));
  }

  private drawMoreWhenIdle(): void {
    if (this.idleRequest !== undefined) return;
    this.idleRequest = requestIdleCallback((deadline) => {
      this.idleRequest = undefined;
      if (this.view.isDestroyed) return;
      while (deadline.timeRemaining() >= IDLE_NEEDED_MS) {
        const next = widened(this.view.state.doc, annotationState(this.view.state).drawn);
        if (!next) {
          this.stopWatching();
          mark('fm:all-drawn');
          return;
        }
        this.draw(next);
      }
      this.drawMoreWhenIdle();
    });
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

/** The plugin that draws the sections near the screen first, and the others when the page is idle. */
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
