// The machine module's per-board state and how its classes reach the board (through the current Host).
import { currentSession, type HardwareSession } from "../session";
import type { PicoHardware } from "../pico-hardware";

export interface MachineState {
  /** Pins in MicroPython's simulated open-drain mode (machine_pin_open_drain_mask). */
  openDrain: Set<number>;
}

export function machineSession(): HardwareSession {
  return currentSession("machine");
}

export function machineHw(): PicoHardware {
  return machineSession().hw;
}

export function machineState(): MachineState {
  return machineSession().state("machine", () => ({ openDrain: new Set<number>() }));
}
