// A menu button with an accessible popup menu (arrow keys, Home/End, Escape), used by the header and the tree.
import { useEffect, useId, useRef, useState, type ReactNode } from "react";

export interface MenuItem {
  label: string;
  onSelect: () => void;
  disabled?: boolean;
  /** Draws a separator above the item. */
  section?: boolean;
  /** Marks the current choice (e.g. the open project). */
  checked?: boolean;
  danger?: boolean;
}

interface MenuProps {
  /** Accessible name of the button when its visible content is not enough. */
  ariaLabel?: string;
  buttonContent: ReactNode;
  buttonClassName?: string;
  items: MenuItem[];
  align?: "start" | "end";
  title?: string;
}

export function Menu({ ariaLabel, buttonContent, buttonClassName, items, align = "start", title }: MenuProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  return (
    <div className="menu-anchor">
      <button
        ref={button}
        type="button"
        className={buttonClassName ?? "button"}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={ariaLabel}
        title={title}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => e.key === "ArrowDown" && (e.preventDefault(), setOpen(true))}
      >
        {buttonContent}
      </button>
      {open && <MenuPopup id={id} items={items} align={align} label={ariaLabel} onClose={close} anchor={button} />}
    </div>
  );
}

interface PopupProps {
  id?: string;
  items: MenuItem[];
  align?: "start" | "end";
  label?: string;
  onClose: (refocus: boolean) => void;
  anchor?: React.RefObject<HTMLElement | null>;
  /** Fixed position (context menus). */
  at?: { x: number; y: number };
}

export function MenuPopup({ id, items, align = "start", label, onClose, anchor, at }: PopupProps) {
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    list.current?.querySelector<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])')?.focus();
    const outside = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!list.current?.contains(target) && !anchor?.current?.contains(target)) onClose(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [anchor, onClose]);
  const style = at ? { position: "fixed" as const, left: at.x, top: at.y } : undefined;
  return (
    <ul ref={list} id={id} role="menu" aria-label={label} className={`menu menu-${align}`} style={style} onKeyDown={(e) => moveFocus(e, onClose)}>
      {items.map((item, i) => (
        <li key={`${i}:${item.label}`} role="none" className={item.section ? "menu-section" : undefined}>
          <button
            type="button"
            role={item.checked === undefined ? "menuitem" : "menuitemradio"}
            aria-checked={item.checked}
            aria-disabled={item.disabled || undefined}
            className={`menu-item${item.danger ? " danger" : ""}`}
            tabIndex={-1}
            onClick={() => {
              if (item.disabled) return;
              onClose(true);
              item.onSelect();
            }}
          >
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  );
}

function moveFocus(e: React.KeyboardEvent<HTMLUListElement>, onClose: (refocus: boolean) => void): void {
  const items = [...e.currentTarget.querySelectorAll<HTMLElement>('[role^="menuitem"]')];
  const index = items.indexOf(document.activeElement as HTMLElement);
  const go = (i: number) => items[(i + items.length) % items.length]?.focus();
  switch (e.key) {
    case "ArrowDown": go(index + 1); break;
    case "ArrowUp": go(index - 1); break;
    case "Home": go(0); break;
    case "End": go(items.length - 1); break;
    case "Escape": onClose(true); break;
    case "Tab": onClose(false); return;
    default: return;
  }
  e.preventDefault();
}
