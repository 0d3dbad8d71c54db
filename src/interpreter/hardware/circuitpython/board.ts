// CircuitPython's `board` module for the simulated board (the Pico unless the project targets another RP2040 board,
// see hardware/boards): the pins under their board names, board_id, and the I2C()/STEMMA_I2C()/SPI()/UART()
// singletons on the board's default pins where its pins.c has them.
import type { PyValue } from "../../runtime/object";
import { builtinFunction } from "../../runtime/function";
import { callObject } from "../../runtime/protocol";
import { PyModule } from "../../types/module";
import { targetBoard, type BoardDefinition } from "../boards/index";
import type { HardwareSession } from "../session";
import { MCU_PINS } from "./mcu-pin";
import { cpSession } from "./context";
import { makeBusioI2c } from "./busio-i2c";
import { busioSpiType } from "./busio-spi";
import { busioUartType } from "./busio-uart";
import { boardAttributeHint } from "./board-hints";

/** The board's shared bus object, made on first use and again only after it was deinitialised (board_i2c etc.). */
function singleton(session: HardwareSession, key: string, name: string, make: () => PyValue): PyValue {
  return builtinFunction(name, 0, 0, () => {
    const existing = session.state<{ bus: PyValue | null }>(`board.${key}`, () => ({ bus: null }));
    if (existing.bus === null || (existing.bus as { live?: boolean }).live === false) existing.bus = make();
    return existing.bus;
  });
}

function addBuses(m: PyModule, session: HardwareSession, board: BoardDefinition): void {
  const i2c = (pins: { scl: number; sda: number }) => () => makeBusioI2c(session, MCU_PINS[pins.scl], MCU_PINS[pins.sda], 100_000, 255);
  const sameI2c = board.i2c !== undefined && board.stemmaI2c?.scl === board.i2c.scl && board.stemmaI2c.sda === board.i2c.sda;
  if (board.i2c) m.set("I2C", singleton(session, "i2c", "I2C", i2c(board.i2c)));
  // Where pins.c points STEMMA_I2C at board_i2c_obj, both names give the same bus.
  if (board.stemmaI2c) m.set("STEMMA_I2C", singleton(session, sameI2c ? "i2c" : "stemma_i2c", "STEMMA_I2C", i2c(board.stemmaI2c)));
  const spi = board.spi;
  if (spi) m.set("SPI", singleton(session, "spi", "SPI", () => callObject(busioSpiType, [MCU_PINS[spi.clock], MCU_PINS[spi.mosi], MCU_PINS[spi.miso]], null)));
  const uart = board.uart;
  if (uart) m.set("UART", singleton(session, "uart", "UART", () => callObject(busioUartType, [MCU_PINS[uart.tx], MCU_PINS[uart.rx]], null)));
}

export function createBoardModule(): PyModule {
  const session = cpSession("board");
  const board = targetBoard();
  const m = new PyModule("board");
  // Read by the AttributeError for a missing name: another board's pin names get this board's equivalent.
  Object.assign(m, { missingAttributeHint: (name: string) => boardAttributeHint(name, board) });
  m.set("board_id", board.id);
  for (const [name, id] of board.pins) m.set(name, MCU_PINS[id]);
  addBuses(m, session, board);
  return m;
}
