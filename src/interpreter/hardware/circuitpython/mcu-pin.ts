// microcontroller.Pin: the 30 pin objects every CircuitPython module takes, printed by their board name, and
// the checks modules run on a pin argument ("pin must be of type Pin, not int", "GP15 in use").
import { PyObject, type PyValue } from "../../runtime/object";
import { makeBuiltinType, None, typeOf } from "../../runtime/builtin-types";
import { raiseTypeError } from "../../runtime/errors";
import { NUM_BANK0_GPIOS } from "../pico-hardware";
import { boardPinName, targetBoard } from "../boards/index";
import type { HardwareSession } from "../session";

export const mcuPinType = makeBuiltinType("Pin");
mcuPinType.isBaseType = false;

export class PyMcuPin extends PyObject {
  constructor(readonly id: number) {
    super(mcuPinType);
  }
}

export const MCU_PINS: readonly PyMcuPin[] = Array.from({ length: NUM_BANK0_GPIOS }, (_, i) => new PyMcuPin(i));

mcuPinType.defineSlots({
  // The board's name for it, else its name in microcontroller.pin (a GPIO the board doesn't break out).
  repr: (self: PyMcuPin) => {
    const name = boardPinName(targetBoard(), self.id);
    return name === undefined ? `microcontroller.pin.GPIO${self.id}` : `board.${name}`;
  },
  new: () => raiseTypeError("can't create 'Pin' instances"),
});

/** mp_arg_validate_type for a pin argument. */
export function pinArg(v: PyValue, argName: string): PyMcuPin {
  if (v instanceof PyMcuPin) return v;
  return raiseTypeError(`${argName} must be of type Pin, not ${typeOf(v).name}`);
}

/** validate_obj_is_free_pin: a Pin that no other object holds; returns its GPIO number. */
export function freePinArg(session: HardwareSession, v: PyValue, argName: string): number {
  const pin = pinArg(v, argName);
  session.claims.assertFree(pin.id);
  return pin.id;
}

/** validate_obj_is_free_pin_or_none: null for None. */
export function freePinOrNoneArg(session: HardwareSession, v: PyValue, argName: string): number | null {
  return v === None ? null : freePinArg(session, v, argName);
}
