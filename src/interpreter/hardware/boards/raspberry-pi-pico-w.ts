// The Raspberry Pi Pico W (CircuitPython raspberry_pi_pico_w, MicroPython RPI_PICO_W): the Pico's header, but its
// LED, SMPS mode and VBUS sense are GPIOs of the CYW43 wireless chip (CYW0..CYW2, MicroPython's WL_GPIO0..2).
import type { BoardDefinition, BoardPin } from "./board-definition";
import { numberedPins } from "./board-definition";

/**
 * The simulated board has the RP2040's 30 pads only: the CYW43's GPIO0 (the LED) is simulated on pad 25, the one
 * the board view draws as the on-board LED (on a real Pico W, GPIO25 is the wireless chip's chip select, and
 * `board` has no name for it). SMPS mode and VBUS sense get the pads the Pico uses for them (23, 24).
 */
const CYW0 = 25;
const CYW1 = 23;
const CYW2 = 24;

const pins: BoardPin[] = [
  ...numberedPins("GP", 0, 23),
  ["SMPS_MODE", CYW1],
  ["LED", CYW0],
  ["VBUS_SENSE", CYW2],
  ["GP26_A0", 26],
  ["GP26", 26],
  ["A0", 26],
  ["GP27_A1", 27],
  ["GP27", 27],
  ["A1", 27],
  ["GP28_A2", 28],
  ["GP28", 28],
  ["A2", 28],
  ["VOLTAGE_MONITOR", 29],
  ["A3", 29],
];

export const RASPBERRY_PI_PICO_W: BoardDefinition = {
  id: "raspberry_pi_pico_w",
  name: "Raspberry Pi Pico W",
  shortName: "Pico W",
  pins,
  // mpconfigboard.h: CIRCUITPY_BOARD_I2C_PIN {scl GPIO5, sda GPIO4}; pins.c names it STEMMA_I2C only.
  stemmaI2c: { scl: 5, sda: 4 },
  micropython: {
    build: "RPI_PICO_W",
    // pins.csv: GP0-GP22, GP26-GP28, WL_GPIO0-2 (EXT_GPIO0-2) and LED (EXT_GPIO0).
    pins: [...numberedPins("GP", 0, 23), ...numberedPins("GP", 26, 3), ["WL_GPIO0", CYW0], ["WL_GPIO1", CYW1], ["WL_GPIO2", CYW2], ["LED", CYW0]],
    pinNames: { [CYW0]: "WL_GPIO0", [CYW1]: "WL_GPIO1", [CYW2]: "WL_GPIO2" },
  },
  note: "the LED is on the CYW43 wireless chip; the simulation shows it as the on-board LED (pad 25)",
};
