// The program object rp2.asm_pio returns ([array('H'), offset in PIO0, PIO1, PIO2, EXECCTRL, SHIFTCTRL, out_init,
// set_init, sideset_init]) and PIO.add_program / remove_program over it, as rp2_pio.c reads and updates it.
import type { PyValue } from "../../runtime/object";
import { typeOf } from "../../runtime/builtin-types";
import { raiseOSError, raiseTypeError, raiseValueError } from "../../runtime/errors";
import { PyList } from "../../types/list";
import { PyTuple } from "../../types/tuple";
import { mpInt } from "../mp-args";
import { readItem, requireBufferInfo } from "./buffers";
import type { PioSdk } from "./pio-sdk";

export const PROG = {
  DATA: 0,
  OFFSET_PIO0: 1,
  EXECCTRL: 4,
  SHIFTCTRL: 5,
  OUT_PINS: 6,
  SET_PINS: 7,
  SIDESET_PINS: 8,
  MAX_FIELDS: 9,
} as const;

const MP_ENOMEM = 12;

/** mp_obj_get_array_fixed_n(prog, PROG_MAX_FIELDS): the program's fields, live (offsets are written back). */
export function programFields(prog: PyValue): PyValue[] {
  if (!(prog instanceof PyList) && !(prog instanceof PyTuple)) {
    return raiseTypeError(`object '${typeOf(prog).name}' isn't a tuple or list`);
  }
  const items = prog.items;
  if (items.length !== PROG.MAX_FIELDS) raiseValueError(`requested length ${PROG.MAX_FIELDS} but object has length ${items.length}`);
  return items;
}

/** The instruction words of the program's data buffer (its bytes as little-endian 16-bit words). */
export function programWords(fields: PyValue[]): number[] {
  const buf = requireBufferInfo(fields[PROG.DATA]).bytes;
  const words: number[] = [];
  for (let i = 0; i < buf.length >> 1; i++) words.push(readItem(buf, i, 2));
  return words;
}

export function programOffset(fields: PyValue[], pio: number): number {
  return mpInt(fields[PROG.OFFSET_PIO0 + pio]);
}

/** PIO.add_program: loads the program where the SDK finds room and records the offset in the program object. */
export function addProgram(sdk: PioSdk, pio: number, prog: PyValue): void {
  const fields = programFields(prog);
  const words = programWords(fields);
  const offset = sdk.addProgram(pio, words);
  if (offset < 0) raiseOSError(MP_ENOMEM);
  fields[PROG.OFFSET_PIO0 + pio] = offset;
}

/** PIO.remove_program([prog]): frees that program's words (its offset becomes -1), or all 32 without one. */
export function removeProgram(sdk: PioSdk, pio: number, prog?: PyValue): void {
  let length = 32;
  let offset = 0;
  if (prog !== undefined) {
    const fields = programFields(prog);
    length = programWords(fields).length;
    offset = programOffset(fields, pio);
    if (offset < 0) raiseValueError("prog not in instruction memory");
    fields[PROG.OFFSET_PIO0 + pio] = -1;
  }
  sdk.removeProgram(pio, length, offset);
}
