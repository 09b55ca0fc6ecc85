/** A small menu at the pointer: closes on Escape or a click elsewhere; arrow keys move between items. */
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface PopupProps {
  x: number;
  y: number;
  label: string;
  onClose(): void;
  children: ReactNode;
}

function moveFocus(menu: HTMLElement, step: number) {
  const items = [...menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')];
  const current = items.indexOf(document.activeElement as HTMLButtonElement);
  items[(current + step + items.length) % items.length]?.focus();
}

export function Popup({ x, y, label, onClose, children }: PopupProps) {
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = menu.current!;
    // Keep the menu on screen.
    const { width, height } = element.getBoundingClientRect();
    element.style.left = `${Math.min(x, window.innerWidth - width - 8)}px`;
    element.style.top = `${Math.min(y, window.innerHeight - height - 8)}px`;
    element.querySelector<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')?.focus();
    const closeOutside = (event: MouseEvent) => {
      if (!element.contains(event.target as Node)) onClose();
    };
    window.addEventListener('mousedown', closeOutside);
    return () => window.removeEventListener('mousedown', closeOutside);
  }, [x, y, onClose]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
    else if (event.key === 'ArrowDown') moveFocus(menu.current!, 1);
    else if (event.key === 'ArrowUp') moveFocus(menu.current!, -1);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div ref={menu} className="fm-popup" role="menu" aria-label={label} onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}
