// Notices (toasts): short messages with an optional button. Handlers and timers are kept here, not in the store.
// They never pile up: at most MAX_NOTICES show, a repeat refreshes the one shown (with a count), a newer plain
// success or info message replaces older plain ones, and all but errors time out (not while pointed at or focused).
import { getState, setState, type Notice, type Tone } from "../state";

export const MAX_NOTICES = 3;
export const AUTO_HIDE_MS = 8000;
const handlers = new Map<number, () => void>();
const timers = new Map<number, ReturnType<typeof setTimeout>>();
let nextId = 1;

export function notify(tone: Tone, message: string, action?: { label: string; run: () => void }): number {
  const repeat = !action && getState().notices.find((n) => n.tone === tone && n.message === message && !n.actionLabel);
  if (repeat) {
    setState((s) => ({ notices: s.notices.map((n) => (n.id === repeat.id ? { ...n, repeats: (n.repeats ?? 1) + 1 } : n)) }));
    startTimer(repeat);
    return repeat.id;
  }
  const notice: Notice = { id: nextId++, tone, message, actionLabel: action?.label };
  if (action) handlers.set(notice.id, action.run);
  const kept = getState().notices.filter((n) => !supersedes(notice, n));
  const shown = withinLimit([...kept, notice]);
  for (const n of getState().notices) if (!shown.includes(n)) forget(n.id);
  setState({ notices: shown });
  startTimer(notice);
  return notice.id;
}

export function showError(message: string): number {
  return notify("error", message);
}

/** A plain "done" message makes older plain ones stale; errors and notices with a button (Undo) stay. */
function supersedes(newer: Notice, older: Notice): boolean {
  const plain = (n: Notice) => n.tone !== "error" && !n.actionLabel;
  return plain(newer) && plain(older);
}

/** Drops the oldest notices beyond the limit, messages before errors. */
function withinLimit(notices: Notice[]): Notice[] {
  const list = [...notices];
  while (list.length > MAX_NOTICES) {
    const oldestMessage = list.findIndex((n) => n.tone !== "error");
    list.splice(oldestMessage >= 0 && oldestMessage < list.length - 1 ? oldestMessage : 0, 1);
  }
  return list;
}

/** Errors stay until dismissed: they usually ask the user to do something. */
function startTimer(notice: Notice): void {
  clearTimeout(timers.get(notice.id));
  if (notice.tone === "error") return;
  const wait = notice.actionLabel ? AUTO_HIDE_MS * 1.5 : AUTO_HIDE_MS;
  timers.set(notice.id, setTimeout(() => dismissNotice(notice.id), wait));
}

/** The pointer or focus is on the notice: it stays while it is being read or its button reached. */
export function holdNotice(id: number): void {
  clearTimeout(timers.get(id));
  timers.delete(id);
}

export function releaseNotice(id: number): void {
  const notice = getState().notices.find((n) => n.id === id);
  if (notice) startTimer(notice);
}

function forget(id: number): void {
  handlers.delete(id);
  clearTimeout(timers.get(id));
  timers.delete(id);
}

export function dismissNotice(id: number): void {
  forget(id);
  if (getState().notices.some((n) => n.id === id)) setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}

export function runNoticeAction(id: number): void {
  const run = handlers.get(id);
  dismissNotice(id);
  run?.();
}
