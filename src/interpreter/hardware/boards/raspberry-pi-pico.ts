// The Raspberry Pi Pico (CircuitPython raspberry_pi_pico, MicroPython RPI_PICO): the board Pyco simulates by default.
import { CP_BOARD_PINS, MP_BOARD_PINS } from "../pin-names";
import type { BoardDefinition } from "./board-definition";

export const RASPBERRY_PI_PICO: BoardDefinition = {
  id: "raspberry_pi_pico",
  name: "Raspberry Pi Pico",
  shortName: "Pico",
  pins: CP_BOARD_PINS,
  // pins.c: STEMMA_I2C only (CIRCUITPY_BOARD_I2C_PIN GP5/GP4); no I2C(), SPI() or UART().
  stemmaI2c: { scl: 5, sda: 4 },
  micropython: { build: "RPI_PICO", pins: MP_BOARD_PINS },
};
