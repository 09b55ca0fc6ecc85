/**
 * Keys that work wherever the focus is outside the article and text fields (the annotation
 * list, the toolbar): the article's own keymap handles them when it has the focus.
 */
import { useEffect } from 'react';
import { labelForKey } from '../shared/labels';
import { useEditorStore } from './state/editor';
import { useNavigationStore } from './state/navigation';
import { useSaveStore } from './state/saving';
import { useUiStore } from './state/ui';

function isTextEntry(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

function handleShortcut(event: KeyboardEvent): boolean {
  // The editor stays behind the report and the library, out of reach: its keys must not act on it there.
  if (useNavigationStore.getState().view !== 'document') return false;
  const editor = useEditorStore.getState();
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && key === 'z') return event.shiftKey ? editor.redo() : editor.undo();
  if (mod && key === 'y') return editor.redo();
  if (mod && key === 'f') {
    useUiStore.getState().setFindOpen(true);
    return true;
  }
  if (event.key === '?') {
    useUiStore.getState().setShortcutsOpen(true);
    return true;
  }
  if (mod || event.altKey) return false;
  if (event.key === 'Delete' || event.key === 'Backspace') return editor.remove();
  if (event.key === 'Escape') return editor.select(null);
  const label = labelForKey(event.key);
  return label ? editor.tag(label.id) : false;
}

export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTextEntry(event.target)) return;
      if (handleShortcut(event)) event.preventDefault();
    };
    // Closing the window with changes not yet saved would lose them: ask first.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (useSaveStore.getState().pending.length > 0) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);
}
