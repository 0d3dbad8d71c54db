// Asks the editor (MonacoHost owns the one Monaco instance) to take the keyboard focus, e.g. after Enter on a tree
// row whose file is already the active tab (switching models focuses it anyway; staying on the same one does not).
type Listener = () => void;
const listeners = new Set<Listener>();

export function requestEditorFocus(): void {
  for (const listener of listeners) listener();
}

export function onEditorFocusRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
