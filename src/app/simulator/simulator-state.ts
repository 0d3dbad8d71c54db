// The simulator's zustand slice: serializable state only (the board handle, worker and REPL client live in
// simulator-services.ts). Components read it; simulator-actions.ts changes it.
import { create } from "zustand";
import type { PinSnapshot, Speed } from "../../board/pin-bridge";
import type { PartSnapshot, UsbSummary } from "../../board/worker-protocol";
import type { PartConfig } from "./wiring";

/** The project's wiring as the panel shows it. */
export interface WiringView {
  /**
   * - `file`: the parts listed in the project's wiring.json.
   * - `code`: no wiring.json; the parts the code obviously uses (the board's default wiring).
   * - `loading`: not read yet.
   */
  source: "file" | "code" | "loading";
  /** The parts, each with its id (as the board's registry names it). */
  parts: PartConfig[];
  /** wiring.json's other top-level fields (`"auto": true`, `"board"`...), kept when the panel rewrites the file. */
  extra: Record<string, unknown>;
  /** Problems in wiring.json: while there are any, the panel does not rewrite the file unless asked. */
  errors: string[];
  /** The board wiring.json targets ("board", see wiring-board.ts); undefined: the Raspberry Pi Pico. */
  board?: string;
}

export const NO_WIRING: WiringView = { source: "loading", parts: [], extra: {}, errors: [] };

/** A part as the running board last reported it (the state is kept when a message left it out as unchanged). */
export type LivePart = PartSnapshot;

/**
 * - `off`: never started (or stopped by leaving the project).
 * - `running`: the board is powered; its program or REPL is live.
 * - `crashed`: the worker failed (an internal error); Reset starts it again.
 * - `unsupported`: this page cannot run the simulator (not cross-origin isolated).
 */
export type BoardPower = "off" | "running" | "crashed" | "unsupported";

export interface SimulatorState {
  power: BoardPower;
  /** A user-facing explanation for `crashed` / `unsupported`, or a failed Run. */
  message?: string;
  /** CircuitPython's own status from its terminal title: "code.py", "Done", "REPL". */
  boardStatus?: string;
  flavor?: "micropython" | "circuitpython";
  speed: Speed;
  paused: boolean;
  /** The pins as the board last reported them (about 30 times a second at most). */
  pins?: PinSnapshot;
  wiring: WiringView;
  /** The running board's parts, in its registry's order (then strips found on pads); empty while off. */
  live: LivePart[];
  /** What the program sent over USB (HID, MIDI), when it sent anything. */
  usb?: UsbSummary;
  /** Control values the user set, by part id then control name (not saved: a project opens with buttons up). */
  controls: Record<string, Record<string, number | boolean>>;
  /** Said once after the panel changed something on its own (the board restarted for new wiring...). */
  notice?: string;
  /** True while the BOOTSEL button on the board is held. */
  bootsel: boolean;
  /** How many times the board was powered on (the terminal starts afresh with each). */
  runs: number;
  /** The drawing and parts are folded away, leaving the column to the terminal. */
  boardHidden: boolean;
}

export const initialSimulatorState: SimulatorState = {
  power: "off",
  speed: 1,
  paused: false,
  wiring: NO_WIRING,
  live: [],
  controls: {},
  bootsel: false,
  runs: 0,
  boardHidden: false,
};

export const useSimulator = create<SimulatorState>()(() => ({ ...initialSimulatorState }));

export const getSimulator = useSimulator.getState;
export const setSimulator = useSimulator.setState;
