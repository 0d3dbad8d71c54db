// Notices (toasts): short messages with an optional button. Handlers are kept here, not in the store.
import { getState, setState, type Tone } from "../state";

const handlers = new Map<number, () => void>();
let nextId = 1;
const AUTO_HIDE_MS = 8000;

export function notify(tone: Tone, message: string, action?: { label: string; run: () => void }): number {
  const id = nextId++;
  if (action) handlers.set(id, action.run);
  setState((s) => ({ notices: [...s.notices.slice(-3), { id, tone, message, actionLabel: action?.label }] }));
  // Errors stay until dismissed: they usually ask the user to do something.
  if (tone !== "error") setTimeout(() => dismissNotice(id), action ? AUTO_HIDE_MS * 1.5 : AUTO_HIDE_MS);
  return id;
}

export function showError(message: string): number {
  return notify("error", message);
}

export function dismissNotice(id: number): void {
  handlers.delete(id);
  if (getState().notices.some((n) => n.id === id)) setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}

export function runNoticeAction(id: number): void {
  const run = handlers.get(id);
  dismissNotice(id);
  run?.();
}
