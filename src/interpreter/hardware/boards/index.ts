// The RP2040 boards a project can target (wiring.json's "board", `pyco run --board ID`), and the one the running
// interpreter simulates (config.board, the Pico unless the project says otherwise).
import { config } from "../../runtime/config";
import type { BoardDefinition } from "./board-definition";
import { RASPBERRY_PI_PICO } from "./raspberry-pi-pico";
import { RASPBERRY_PI_PICO_W } from "./raspberry-pi-pico-w";
import { ADAFRUIT_FEATHER_RP2040 } from "./adafruit-feather-rp2040";
import { ADAFRUIT_ITSYBITSY_RP2040 } from "./adafruit-itsybitsy-rp2040";
import { ADAFRUIT_QTPY_RP2040 } from "./adafruit-qtpy-rp2040";
import { ADAFRUIT_KB2040 } from "./adafruit-kb2040";
import { ADAFRUIT_METRO_RP2040 } from "./adafruit-metro-rp2040";

export type { BoardDefinition, BoardPin, I2cPins, SpiPins, UartPins } from "./board-definition";

export const DEFAULT_BOARD_ID = RASPBERRY_PI_PICO.id;

/** Every board, the Pico first. */
export const BOARDS: readonly BoardDefinition[] = [
  RASPBERRY_PI_PICO,
  RASPBERRY_PI_PICO_W,
  ADAFRUIT_FEATHER_RP2040,
  ADAFRUIT_ITSYBITSY_RP2040,
  ADAFRUIT_QTPY_RP2040,
  ADAFRUIT_KB2040,
  ADAFRUIT_METRO_RP2040,
];

/** A board by its CircuitPython id, or by its MicroPython build name ("RPI_PICO_W"); undefined when unknown. */
export function findBoard(id: string): BoardDefinition | undefined {
  return BOARDS.find((b) => b.id === id) ?? BOARDS.find((b) => b.micropython?.build === id);
}

/** "unknown board 'x': known boards are raspberry_pi_pico, ..." — the message for an id no board has. */
export function unknownBoardMessage(id: string): string {
  return `unknown board '${id}': known boards are ${BOARDS.map((b) => b.id).join(", ")}`;
}

/** The board the interpreter simulates now. */
export function targetBoard(): BoardDefinition {
  return findBoard(config.board) ?? RASPBERRY_PI_PICO;
}

/** The MicroPython build the target board runs: its own, else the Pico's (what a board without one is flashed with). */
export function micropythonBoard(): BoardDefinition {
  const board = targetBoard();
  return board.micropython ? board : RASPBERRY_PI_PICO;
}

/** The GPIO a board's `board` name is, or undefined. */
export function boardPinGpio(board: BoardDefinition, name: string): number | undefined {
  return board.pins.find(([n]) => n === name)?.[1];
}

/** The boards (other than `except`) whose `board` module has `name`, as a pin or a bus. */
export function boardsWithName(name: string, except: BoardDefinition): BoardDefinition[] {
  const buses: Record<string, keyof BoardDefinition> = { I2C: "i2c", STEMMA_I2C: "stemmaI2c", SPI: "spi", UART: "uart" };
  return BOARDS.filter((b) => b !== except && (boardPinGpio(b, name) !== undefined || (name in buses && b[buses[name]] !== undefined)));
}

/** The name CircuitPython prints for a GPIO on this board (the first pins.c entry for it), or undefined. */
export function boardPinName(board: BoardDefinition, gpio: number): string | undefined {
  return board.pins.find(([, n]) => n === gpio)?.[0];
}

/** The name CircuitPython prints for a pin of the simulated board (`board.D5`, "D5 in use"); GPIOn when unnamed. */
export function circuitPythonPinName(pin: number): string {
  return boardPinName(targetBoard(), pin) ?? `GPIO${pin}`;
}
