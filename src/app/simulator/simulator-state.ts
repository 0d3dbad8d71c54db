// The simulator's zustand slice: serializable state only (the board handle, worker and REPL client live in
// simulator-services.ts). Components read it; simulator-actions.ts changes it.
import { create } from "zustand";
import type { PinSnapshot, Speed } from "../../board/pin-bridge";
import { EMPTY_WIRING, type Wiring } from "./wiring";

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
  wiring: Wiring;
  /** Buttons held down right now, by part id (not saved: a project opens with every button up). */
  pressed: Record<string, true>;
  /** Potentiometer positions 0..1 by part id (not saved; a new pot sits in the middle). */
  knobs: Record<string, number>;
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
  wiring: EMPTY_WIRING,
  pressed: {},
  knobs: {},
  bootsel: false,
  runs: 0,
  boardHidden: false,
};

export const useSimulator = create<SimulatorState>()(() => ({ ...initialSimulatorState }));

export const getSimulator = useSimulator.getState;
export const setSimulator = useSimulator.setState;
