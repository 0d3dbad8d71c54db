// Opens a native <dialog> as a modal when it mounts and gives focus back to whatever had it when it unmounts.
import { useEffect, useRef } from "react";

export function useModal() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    // Focus goes back where it was (the tree row, the button that opened it) when the dialog closes.
    const before = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => before?.focus?.();
  }, []);
  return ref;
}
