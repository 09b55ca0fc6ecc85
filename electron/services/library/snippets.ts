/**
 * Passages as FTS5 cuts them, with private-use characters around matched words and where the
 * passage was cut, turned into plain parts that the interface shows as text; and found again in
 * the document's text, so that opening a result can go to the match.
 */
import type { SnippetPart } from '../../../shared/library';
import { TextIndex } from '../../../shared/text/offsets';
import { CUT, MATCH_CLOSE, MATCH_OPEN } from '../../store/library-search';

const ELLIPSIS = '…';
const markers = new RegExp(`[${MATCH_OPEN}${MATCH_CLOSE}${CUT}]`, 'gu');

/** The parts of a marked passage in order, matched or not; a cut shows as "…". Adjacent parts of one kind are merged. */
export function snippetParts(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  let text = '';
  const close = () => {
    if (text === '') return;
    const last = parts.at(-1);
    if (last && last.match === match) last.text += text;
    else parts.push({ text, match });
    text = '';
  };
  for (const character of marked) {
    if (character === MATCH_OPEN || character === MATCH_CLOSE) {
      close();
      match = character === MATCH_OPEN;
    } else text += character === CUT ? ELLIPSIS : character;
  }
  close();
  return parts;
}

/**
 * Where the passage's first matched words are in the document's text, as code-point offsets, or
 * null when the passage is not found in it. FTS5 copies a passage from the text as it is between
 * its first and last words, so the passage without its marks occurs in the text.
 */
export function locateMatch(text: string, marked: string): { start: number; end: number } | null {
  const passage = marked.replace(new RegExp(`^${CUT}|${CUT}$`, 'gu'), '');
  const open = passage.indexOf(MATCH_OPEN);
  const close = passage.indexOf(MATCH_CLOSE, open);
  if (open < 0 || close < 0) return null;
  const at = text.indexOf(passage.replace(markers, ''));
  if (at < 0) return null;
  const before = passage.slice(0, open).replace(markers, '').length;
  const matched = passage.slice(open, close).replace(markers, '').length;
  const index = new TextIndex(text);
  return { start: index.toCodePoint(at + before), end: index.toCodePoint(at + before + matched) };
}
