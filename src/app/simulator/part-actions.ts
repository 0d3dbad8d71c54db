// Part controls and live states: what the user does to a wired part (holds a button, turns a knob, sets a
// sensor's temperature) and text typed into a part (a serial terminal) go to the running board through the part
// control queue (shared memory), and what the board reports about its parts comes back into the store. BOOTSEL
// stays on the pin bridge.
import { controlIndex, type InitialControl, type TypeResult } from "../../board/part-controls";
import type { PartSnapshot, UsbSummary } from "../../board/worker-protocol";
import { getSimulator, setSimulator, type LivePart } from "./simulator-state";
import { existingHandle } from "./simulator-services";

/** Sets a control of a part (by id and the control's name); the running board gets it at its next sync. */
export function setPartControl(id: string, name: string, value: number | boolean): void {
  const { controls } = getSimulator();
  if (controls[id]?.[name] === value) return;
  setSimulator({ controls: { ...controls, [id]: { ...controls[id], [name]: value } } });
  sendControl(id, name, value);
}

/** Types `text` (UTF-8) into a running part that takes text (a serial terminal); nothing is kept for the next power-on. */
export function typeIntoPart(id: string, text: string): TypeResult {
  const queue = existingHandle()?.controls;
  const index = getSimulator().live.findIndex((p) => p.id === id && !p.detected);
  if (!queue || index < 0) return "off";
  return queue.type(index, new TextEncoder().encode(text)) ? "sent" : "full";
}

/** A push button held down (pointer, Space or Enter) or let go. */
export function pressButton(id: string, pressed: boolean): void {
  setPartControl(id, "pressed", pressed);
}

export function pressBootsel(pressed: boolean): void {
  setSimulator({ bootsel: pressed });
  existingHandle()?.pins.setBootsel(pressed);
}

/**
 * Controls that count from power-on rather than hold a physical setting: an encoder's position is detents turned
 * since the board started, so a new board starts at 0 (a knob stays where it is; a held button stays held).
 */
const COUNTED_CONTROLS: Record<string, readonly string[]> = { "rotary-encoder": ["position"] };

/** Every control value the user set, for a board powering on (applied right after its parts are wired). */
export function initialControls(): InitialControl[] {
  const out: InitialControl[] = [];
  for (const [id, values] of Object.entries(getSimulator().controls)) {
    for (const [name, value] of Object.entries(values)) out.push({ id, name, value });
  }
  return out;
}

/** A board powers on: counted controls start again from the part's own value. */
export function forgetCountedControls(): void {
  const { controls, wiring, live } = getSimulator();
  const kinds = new Map([...wiring.parts.map((p) => [p.id!, p.kind] as const), ...live.map((p) => [p.id, p.kind] as const)]);
  let changed = false;
  const next: typeof controls = {};
  for (const [id, values] of Object.entries(controls)) {
    const counted = COUNTED_CONTROLS[kinds.get(id) ?? ""] ?? [];
    const kept = Object.fromEntries(Object.entries(values).filter(([name]) => !counted.includes(name)));
    changed ||= Object.keys(kept).length !== Object.keys(values).length;
    if (Object.keys(kept).length > 0) next[id] = kept;
  }
  if (changed) setSimulator({ controls: next });
}

/** A "parts" message from the board: the new list, keeping the states it left out as unchanged. */
export function receiveParts(parts: PartSnapshot[], usb: UsbSummary | undefined): void {
  const before = new Map(getSimulator().live.map((p) => [p.id, p]));
  const live: LivePart[] = parts.map((p) => (p.state !== undefined ? p : { ...p, state: before.get(p.id)?.state }));
  setSimulator(usb ? { live, usb } : { live });
  // A board's first report: controls set while it was starting (before their parts had an index) go now.
  if (before.size === 0) for (const c of initialControls()) sendControl(c.id, c.name, c.value as number | boolean);
}

/** The board went off or is starting afresh: no live parts until it reports them. */
export function clearLiveParts(): void {
  setSimulator({ live: [], usb: undefined });
}

function sendControl(id: string, name: string, value: number | boolean): void {
  const queue = existingHandle()?.controls;
  const live = getSimulator().live;
  const index = live.findIndex((p) => p.id === id && !p.detected);
  if (!queue || index < 0) return; // not running (or not wired yet): the value goes with the next power-on
  const control = controlIndex(live[index].kind, name);
  if (control >= 0) queue.send(index, control, value);
}
