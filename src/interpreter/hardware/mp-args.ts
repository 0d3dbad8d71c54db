// MicroPython's argument parsing for hardware constructors and methods (mp_arg_parse_all and mp_obj_get_int),
// so errors read exactly as on the board: "extra positional arguments given", "'scl' argument required"…
import type { PyValue, Kw } from "../runtime/object";
import { typeOf } from "../runtime/builtin-types";
import { raiseTypeError, raiseOverflowError } from "../runtime/errors";
import { truthy } from "../runtime/protocol";

export type ArgKind = "obj" | "int" | "bool";

export interface ArgSpec {
  name: string;
  kind: ArgKind;
  required?: boolean;
  kwOnly?: boolean;
  /** Used when the argument is missing; undefined stands for MP_OBJ_NULL ("not given"). */
  dflt?: PyValue;
}

/** The parsed values by name: numbers for int args, booleans for bool args, objects (or undefined) otherwise. */
export type ParsedArgs = Record<string, any>;

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** mp_obj_get_int on the RP2040 (32-bit mp_int_t): bools count, floats and str don't, big ints overflow. */
export function mpInt(v: PyValue): number {
  if (typeof v === "number") {
    if (v < INT32_MIN || v > INT32_MAX) raiseOverflowError("overflow converting long int to machine word");
    return v;
  }
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return raiseOverflowError("overflow converting long int to machine word");
  return raiseTypeError(`can't convert ${typeOf(v).name} to int`);
}

/** mp_obj_is_int: an int object (not a bool). */
export function isIntObject(v: PyValue): v is number | bigint {
  return typeof v === "number" || typeof v === "bigint";
}

function convert(spec: ArgSpec, v: PyValue): PyValue {
  if (spec.kind === "int") return mpInt(v);
  if (spec.kind === "bool") return truthy(v);
  return v;
}

/** mp_arg_parse_all: positional arguments first, then keywords, in the order of `specs`. */
export function parseArgs(pos: readonly PyValue[], kw: Kw | null, specs: readonly ArgSpec[]): ParsedArgs {
  const out: ParsedArgs = {};
  let posFound = 0;
  let kwFound = 0;
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i];
    let given: PyValue | undefined;
    if (i < pos.length) {
      if (spec.kwOnly) raiseTypeError("extra positional arguments given");
      posFound++;
      given = pos[i];
    } else {
      given = kw?.get(spec.name);
      if (given === undefined) {
        if (spec.required) raiseTypeError(`'${spec.name}' argument required`);
        out[spec.name] = spec.dflt;
        continue;
      }
      kwFound++;
    }
    out[spec.name] = convert(spec, given);
  }
  if (posFound < pos.length) raiseTypeError("extra positional arguments given");
  if (kw !== null && kwFound < kw.size) raiseTypeError("extra keyword arguments given");
  return out;
}
