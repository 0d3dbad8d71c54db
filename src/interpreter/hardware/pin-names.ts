// The Pico's pin names: MicroPython's Pin.board / Pin.cpu tables and CircuitPython's board module, in their
// firmware's order (CircuitPython names a pin by the first board entry that maps to it; see boards/ for other boards).
import { NUM_BANK0_GPIOS } from "./pico-hardware";

/** MicroPython `Pin.cpu`: GPIO0..GPIO29. */
export const MP_CPU_PINS: readonly [string, number][] = Array.from({ length: NUM_BANK0_GPIOS }, (_, i) => [`GPIO${i}`, i]);

/** MicroPython `Pin.board` on RPI_PICO: the header pins plus LED (GP23, GP24 and GP29 are not broken out). */
export const MP_BOARD_PINS: readonly [string, number][] = [
  ...Array.from({ length: 23 }, (_, i): [string, number] => [`GP${i}`, i]),
  ["GP25", 25],
  ["GP26", 26],
  ["GP27", 27],
  ["GP28", 28],
  ["LED", 25],
];

/** CircuitPython's `board` pins on raspberry_pi_pico, in pins.c order. */
export const CP_BOARD_PINS: readonly [string, number][] = [
  ...Array.from({ length: 23 }, (_, i): [string, number] => [`GP${i}`, i]),
  ["SMPS_MODE", 23],
  ["GP23", 23],
  ["VBUS_SENSE", 24],
  ["GP24", 24],
  ["LED", 25],
  ["GP25", 25],
  ["GP26_A0", 26],
  ["GP26", 26],
  ["A0", 26],
  ["GP27_A1", 27],
  ["GP27", 27],
  ["A1", 27],
  ["GP28_A2", 28],
  ["GP28", 28],
  ["A2", 28],
  ["A3", 29],
  ["VOLTAGE_MONITOR", 29],
];
