// Part actions: add, move and remove wired parts (saved with the project), and the inputs they give the board
// (buttons held, potentiometer positions, BOOTSEL), sent through the pin bridge.
import { ADC_PINS } from "../../board/pin-bridge";
import { getSimulator, setSimulator } from "./simulator-state";
import { existingHandle, simulatorProject } from "./simulator-services";
import * as wiring from "./wiring";

const VREF = 3.3;

export function loadWiring(stored: unknown): void {
  setSimulator({ wiring: wiring.restoreWiring(stored), pressed: {}, knobs: {} });
  applyInputs();
}

export function addPart(kind: wiring.PartKind): string | undefined {
  const before = getSimulator().wiring;
  if (before.parts.length >= wiring.MAX_PARTS) return undefined;
  const id = newPartId();
  changeWiring(wiring.addPart(before, kind, id));
  return id;
}

export function movePart(id: string, pin: number): void {
  releasePart(id);
  changeWiring(wiring.movePart(getSimulator().wiring, id, pin));
}

export function removePart(id: string): void {
  releasePart(id);
  changeWiring(wiring.removePart(getSimulator().wiring, id));
}

/** A push button held down (pointer, Space or Enter) or let go. */
export function pressButton(id: string, pressed: boolean): void {
  if (Boolean(getSimulator().pressed[id]) === pressed) return;
  setSimulator((s) => {
    const next = { ...s.pressed };
    if (pressed) next[id] = true;
    else delete next[id];
    return { pressed: next };
  });
  applyInputs();
}

/** A potentiometer's wiper position, 0 (GND) to 1 (3V3). */
export function turnKnob(id: string, position: number): void {
  const clamped = Math.max(0, Math.min(1, position));
  setSimulator((s) => ({ knobs: { ...s.knobs, [id]: clamped } }));
  applyInputs();
}

export function knobPosition(id: string): number {
  return getSimulator().knobs[id] ?? 0.5;
}

export function pressBootsel(pressed: boolean): void {
  setSimulator({ bootsel: pressed });
  existingHandle()?.pins.setBootsel(pressed);
}

/** Sends every part's input to the board: a held button pulls its pin to GND; a pot sets its ADC pin's voltage. */
export function applyInputs(): void {
  const bridge = existingHandle()?.pins;
  if (!bridge) return;
  const { wiring: current, pressed } = getSimulator();
  const low = new Set(current.parts.filter((p) => p.kind === "button" && pressed[p.id]).map((p) => p.pin));
  for (const pin of wiring.HEADER_GPIOS) bridge.setDrive(pin, low.has(pin) ? 0 : null);
  for (const pin of ADC_PINS) {
    const pot = current.parts.find((p) => p.kind === "pot" && p.pin === pin);
    bridge.setVoltage(pin, pot ? knobPosition(pot.id) * VREF : undefined);
  }
}

function releasePart(id: string): void {
  if (getSimulator().pressed[id]) pressButton(id, false);
}

function changeWiring(next: wiring.Wiring): void {
  setSimulator({ wiring: next });
  applyInputs();
  void simulatorProject()?.saveWiring(next);
}

function newPartId(): string {
  const taken = new Set(getSimulator().wiring.parts.map((p) => p.id));
  for (let n = 1; ; n++) if (!taken.has(`part${n}`)) return `part${n}`;
}
