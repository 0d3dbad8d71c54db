// CircuitPython's `board` module for raspberry_pi_pico: the pins under their board names, board_id, and
// STEMMA_I2C() (the board's default I2C bus on GP5/GP4).
import type { PyValue } from "../../runtime/object";
import { builtinFunction } from "../../runtime/function";
import { PyModule } from "../../types/module";
import { CP_BOARD_PINS } from "../pin-names";
import { MCU_PINS } from "./mcu-pin";
import { cpSession } from "./context";
import { makeBusioI2c, isDeinitedI2c } from "./busio-i2c";
import { boardAttributeHint } from "./board-hints";

export const BOARD_ID = "raspberry_pi_pico";
const DEFAULT_I2C = { scl: 5, sda: 4 };

export function createBoardModule(): PyModule {
  const session = cpSession("board");
  const m = new PyModule("board");
  // Read by the AttributeError for a missing name: another board's pin names get the Pico's equivalent.
  Object.assign(m, { missingAttributeHint: boardAttributeHint });
  m.set("board_id", BOARD_ID);
  for (const [name, id] of CP_BOARD_PINS) m.set(name, MCU_PINS[id]);
  m.set("STEMMA_I2C", builtinFunction("STEMMA_I2C", 0, 0, () => {
    // One shared bus object, made again only after it was deinitialised.
    const existing = session.state<{ bus: PyValue | null }>("board.i2c", () => ({ bus: null }));
    if (existing.bus === null || isDeinitedI2c(existing.bus)) {
      existing.bus = makeBusioI2c(session, MCU_PINS[DEFAULT_I2C.scl], MCU_PINS[DEFAULT_I2C.sda], 100_000, 255);
    }
    return existing.bus;
  }));
  return m;
}
