/**
 * Find in the article: the matches of a query, highlighted as decorations, one of them current;
 * and tagging every match at once, as one change that one undo takes back.
 */
import { closeHistory } from 'prosemirror-history';
import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, TextSelection, type Command, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { defaultAttributes } from '../../shared/attributes';
import type { LabelId } from '../../shared/labels';
import { AnnotationStep } from './annotation-step';
import { annotationState } from './annotations';
import { positionsOf } from './positions';
import type { EditorAnnotation } from './types';

export interface FindState {
  query: string;
  matches: readonly { from: number; to: number }[];
  /** Index of the current match, or -1. */
  current: number;
  decorations: DecorationSet;
}

interface FindMeta {
  query?: string;
  current?: number;
}

export const findPluginKey = new PluginKey<FindState>('find');

export function findState(state: EditorState): FindState {
  return findPluginKey.getState(state)!;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every occurrence of the query in the text, ignoring case, as positions. */
function findMatches(doc: Node, query: string): { from: number; to: number }[] {
  if (query.trim() === '') return [];
  const positions = positionsOf(doc);
  const pattern = new RegExp(escapeRegExp(query), 'giu');
  return [...positions.index.text.matchAll(pattern)].map((match) => {
    const position = positions.positionOfUtf16(match.index);
    return { from: position, to: position + match[0].length };
  });
}

function decorate(doc: Node, matches: FindState['matches'], current: number): DecorationSet {
  return DecorationSet.create(
    doc,
    matches.map((match, i) => Decoration.inline(match.from, match.to, { class: i === current ? 'fm-find-match fm-find-current' : 'fm-find-match' })),
  );
}

export function findPlugin(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findPluginKey,
    state: {
      init: () => ({ query: '', matches: [], current: -1, decorations: DecorationSet.empty }),
      apply(tr, previous) {
        const meta = tr.getMeta(findPluginKey) as FindMeta | undefined;
        const query = meta?.query ?? previous.query;
        if (!meta && !tr.docChanged) return previous;
        const matches = query !== previous.query || tr.docChanged ? findMatches(tr.doc, query) : previous.matches;
        const wanted = meta?.current ?? (query !== previous.query ? 0 : previous.current);
        const current = matches.length === 0 ? -1 : Math.min(Math.max(wanted, 0), matches.length - 1);
        return { query, matches, current, decorations: decorate(tr.doc, matches, current) };
      },
    },
    props: {
      decorations: (state) => findPluginKey.getState(state)!.decorations,
    },
  });
}

/** Looks for a query, making its first match current. */
export function setFindQuery(query: string): Command {
  return (state, dispatch) => {
    if (dispatch) dispatch(state.tr.setMeta(findPluginKey, { query, current: 0 } satisfies FindMeta));
    return true;
  };
}

/** Moves to the next (1) or previous (-1) match, selecting its text and scrolling to it. */
export function goToMatch(direction: 1 | -1): Command {
  return (state, dispatch) => {
    const { matches, current } = findState(state);
    if (matches.length === 0) return false;
    const next = (current + direction + matches.length) % matches.length;
    if (dispatch) {
      const match = matches[next]!;
      const tr = state.tr.setMeta(findPluginKey, { current: next } satisfies FindMeta);
      dispatch(tr.setSelection(TextSelection.create(tr.doc, match.from, match.to)).scrollIntoView());
    }
    return true;
  };
}

/** Tags every match with a label, except where an annotation with that label already covers it exactly. */
export function tagAllMatches(label: LabelId): Command {
  return (state, dispatch) => {
    const existing = new Set([...annotationState(state).annotations.values()].map((a) => `${a.label}:${a.from}:${a.to}`));
    const fresh = findState(state).matches.filter((match) => !existing.has(`${label}:${match.from}:${match.to}`));
    if (fresh.length === 0) return false;
    if (dispatch) {
      const tr = state.tr;
      for (const match of fresh) {
        const annotation = { id: crypto.randomUUID(), label, ...match, note: '', confidence: null, attributes: defaultAttributes(label) };
        tr.step(new AnnotationStep({ kind: 'add', annotation: annotation as EditorAnnotation }));
      }
      dispatch(closeHistory(tr));
    }
    return true;
  };
}
