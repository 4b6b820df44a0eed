// A small floating menu (role menu): first item focused, arrow keys move, Escape closes, a
// press outside closes. The overlap chooser and the reader's context menu are both one.
import { useEffect, useRef, type ReactNode } from 'react';

interface PopupMenuProps {
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly onClose: () => void;
  readonly children: ReactNode;
  /** Keep the page's text selection while the menu is used. */
  readonly keepSelection?: boolean;
}

export function PopupMenu({ label, x, y, onClose, children, keepSelection = false }: PopupMenuProps): ReactNode {
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('[role=menuitem]')?.focus();
    const close = (event: MouseEvent): void => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [onClose]);
  return (
    <div
      ref={menu}
      className="popup-menu"
      role="menu"
      aria-label={label}
      style={{ left: x, top: y }}
      onMouseDown={keepSelection ? (event) => event.preventDefault() : undefined}
      onKeyDown={(event) => {
        const items = Array.from(menu.current?.querySelectorAll<HTMLButtonElement>('[role=menuitem]') ?? []);
        const index = items.indexOf(document.activeElement as HTMLButtonElement);
        if (event.key === 'Escape') onClose();
        else if (event.key === 'ArrowDown') items[(index + 1) % items.length]?.focus();
        else if (event.key === 'ArrowUp') items[(index - 1 + items.length) % items.length]?.focus();
        else return;
        event.preventDefault();
      }}
    >
      {children}
    </div>
  );
}
