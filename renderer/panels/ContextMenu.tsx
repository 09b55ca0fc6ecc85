/** The right-click menu: tag the selected text, relabel or delete the annotation under the pointer. */
import { labelList } from '../../shared/labels';
import { relabelSelected } from '../editor/commands';
import { useAnnotationStore } from '../state/annotations';
import { editorActions } from '../state/editor';
import { useUiStore } from '../state/ui';
import { Popup } from './Popup';

export function ContextMenu() {
  const menu = useUiStore((state) => state.contextMenu);
  const close = useUiStore((state) => state.closePopups);
  const hasTextSelection = useAnnotationStore((state) => state.hasTextSelection);
  const { tag, run, select, remove, focus } = editorActions();
  if (!menu) return null;
  const target = menu.annotationIds[0];

  const act = (action: () => void) => () => {
    action();
    close();
    focus();
  };

  return (
    <Popup x={menu.x} y={menu.y} label="Annotate" onClose={close}>
      {labelList.map((label) => (
        <button
          key={label.id}
          type="button"
          role="menuitem"
          disabled={!hasTextSelection && !target}
          onClick={act(() => {
            if (hasTextSelection) tag(label.id);
            else if (target && select(target)) run(relabelSelected(label.id));
          })}
        >
          <span className={`fm-chip fm-label-${label.id}`}>{label.shortName}</span>
          {hasTextSelection || !target ? `Tag as ${label.name}` : `Change to ${label.name}`}
          <kbd>{label.key}</kbd>
        </button>
      ))}
      {target && (
        <button type="button" role="menuitem" className="fm-danger" onClick={act(() => remove(target))}>
          Delete annotation <kbd>Del</kbd>
        </button>
      )}
    </Popup>
  );
}
