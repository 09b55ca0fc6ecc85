/** Find in the article (Ctrl/Cmd+F): matches highlighted, Enter for the next, and tagging them all at once. */
import { useEffect, useRef } from 'react';
import { labelList } from '../../shared/labels';
import { goToMatch, setFindQuery, tagAllMatches } from '../editor/find';
import { editorActions } from '../state/editor';
import { useFindStore } from '../state/find';
import { useUiStore } from '../state/ui';

export function FindBar() {
  const open = useUiStore((state) => state.findOpen);
  const setOpen = useUiStore((state) => state.setFindOpen);
  const { query, matchCount, current } = useFindStore();
  const { run, focus } = editorActions();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (open) input.current?.select();
  }, [open]);

  if (!open) return null;
  const close = () => {
    run(setFindQuery(''));
    setOpen(false);
    focus();
  };

  return (
    <div className="fm-find" role="search" aria-label="Find in the article">
      <input
        ref={input}
        type="search"
        aria-label="Find"
        placeholder="Find in the article"
        value={query}
        autoFocus
        onChange={(event) => run(setFindQuery(event.target.value))}
        onKeyDown={(event) => {
          if (event.key === 'Enter') run(goToMatch(event.shiftKey ? -1 : 1));
          else if (event.key === 'Escape') close();
          else return;
          event.preventDefault();
        }}
      />
      <span className="fm-find-count" aria-live="polite">
        {query === '' ? '' : matchCount === 0 ? 'No matches' : `${current + 1} of ${matchCount}`}
      </span>
      <button type="button" onClick={() => run(goToMatch(-1))} disabled={matchCount === 0} aria-label="Previous match">
        ↑
      </button>
      <button type="button" onClick={() => run(goToMatch(1))} disabled={matchCount === 0} aria-label="Next match">
        ↓
      </button>
      <span className="fm-find-tag">Tag all as</span>
      {labelList.map((label) => (
        <button
          key={label.id}
          type="button"
          className={`fm-chip-button fm-label-${label.id}`}
          disabled={matchCount === 0}
          title={`Tag all ${matchCount} matches as ${label.name.toLowerCase()}`}
          onClick={() => run(tagAllMatches(label.id))}
        >
          {label.shortName}
        </button>
      ))}
      <button type="button" className="fm-quiet" onClick={close} aria-label="Close find (Escape)">
        ✕
      </button>
    </div>
  );
}
