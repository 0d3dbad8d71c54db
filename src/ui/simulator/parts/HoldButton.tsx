// A button held down as a real push button is: pressed while the pointer is down on it, or while Space or Enter is
// held; released on pointer up, cancel, or when it loses focus. Reports each change once, and shows itself pressed
// at once while held (the part's own state follows from the board a moment later).
import { useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from "react";

export interface HoldButtonProps {
  /** The accessible name (includes the part's label). */
  name: string;
  pressed: boolean;
  onHold(down: boolean): void;
  className?: string;
  children?: ReactNode;
}

export function HoldButton({ name, pressed, onHold, className, children }: HoldButtonProps) {
  const held = useRef(false);
  const [holding, setHolding] = useState(false);
  const set = (down: boolean) => {
    if (held.current === down) return;
    held.current = down;
    setHolding(down);
    onHold(down);
  };
  const key = (e: KeyboardEvent<HTMLButtonElement>, down: boolean) => {
    if (e.key !== " " && e.key !== "Enter") return;
    e.preventDefault();
    if (!e.repeat) set(down);
  };
  const pointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    set(true);
  };
  return (
    <button
      type="button"
      className={`part-hold${className ? ` ${className}` : ""}`}
      aria-label={name}
      aria-pressed={holding || pressed}
      onPointerDown={pointerDown}
      onPointerUp={() => set(false)}
      onPointerCancel={() => set(false)}
      onLostPointerCapture={() => set(false)}
      onKeyDown={(e) => key(e, true)}
      onKeyUp={(e) => key(e, false)}
      onBlur={() => set(false)}
    >
      {children ?? name}
    </button>
  );
}
