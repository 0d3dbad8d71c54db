// array.array typecodes: item sizes (the Pico's 32-bit C types), the typed-array storage for each, and value conversion.
import type { PyValue } from "../../runtime/object";
import { typeOf } from "../../runtime/builtin-types";
import { raiseTypeError, raiseValueError } from "../../runtime/errors";
import { PyFloat, newFloat } from "../../types/float";
import { normInt } from "../../types/containers/int-util";

export type Storage =
  | Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array
  | BigInt64Array | BigUint64Array | Float32Array | Float64Array | PyValue[];

export interface TypeCode {
  code: string;
  /** Bytes per item. */
  size: number;
  /** Makes storage for `n` items. */
  alloc(n: number): Storage;
  /** Converts a Python value for storing (truncating ints as MicroPython does). */
  toStored(v: PyValue): number | bigint | PyValue;
  /** Converts a stored item back to a Python value. */
  fromStored(x: unknown): PyValue;
  /** Integral types compare by value; float and object types by MicroPython's stricter rules. */
  kind: "int" | "float" | "object";
}

function intValue(v: PyValue): number | bigint {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const slot = typeof v === "object" && !(v instanceof PyFloat) ? v.$type.slots.index : undefined;
  if (slot !== undefined) return slot(v);
  return raiseTypeError(`can't convert ${typeOf(v).name} to int`);
}

function floatValue(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return Number(v);
  if (v instanceof PyFloat) return v.value;
  return raiseTypeError(`can't convert ${typeOf(v).name} to float`);
}

function intCode(code: string, size: number, make: (n: number) => Storage, bits: number, signed: boolean): TypeCode {
  const wrap = signed ? BigInt.asIntN : BigInt.asUintN;
  return {
    code,
    size,
    alloc: make,
    kind: "int",
    toStored: (v) => {
      const i = intValue(v);
      if (bits === 64) return wrap(64, BigInt(i));
      return typeof i === "number" && Number.isSafeInteger(i) ? i : Number(wrap(bits, BigInt(i)));
    },
    fromStored: (x) => (typeof x === "bigint" ? normInt(x) : (x as number)),
  };
}

function floatCode(code: string, size: number, make: (n: number) => Storage): TypeCode {
  return {
    code,
    size,
    alloc: make,
    kind: "float",
    toStored: floatValue,
    fromStored: (x) => newFloat(x as number),
  };
}

function objectCode(code: string): TypeCode {
  return {
    code,
    size: 4,
    alloc: (n) => new Array<PyValue>(n).fill(0),
    kind: "object",
    toStored: (v) => v,
    fromStored: (x) => x as PyValue,
  };
}

const TYPECODES: Record<string, TypeCode> = {
  b: intCode("b", 1, (n) => new Int8Array(n), 8, true),
  B: intCode("B", 1, (n) => new Uint8Array(n), 8, false),
  h: intCode("h", 2, (n) => new Int16Array(n), 16, true),
  H: intCode("H", 2, (n) => new Uint16Array(n), 16, false),
  i: intCode("i", 4, (n) => new Int32Array(n), 32, true),
  I: intCode("I", 4, (n) => new Uint32Array(n), 32, false),
  l: intCode("l", 4, (n) => new Int32Array(n), 32, true),
  L: intCode("L", 4, (n) => new Uint32Array(n), 32, false),
  q: intCode("q", 8, (n) => new BigInt64Array(n), 64, true),
  Q: intCode("Q", 8, (n) => new BigUint64Array(n), 64, false),
  P: intCode("P", 4, (n) => new Uint32Array(n), 32, false),
  f: floatCode("f", 4, (n) => new Float32Array(n)),
  d: floatCode("d", 8, (n) => new Float64Array(n)),
  O: objectCode("O"),
  S: objectCode("S"),
};

/** The typecode for a Python typecode argument, with MicroPython's errors. */
export function typeCodeOf(v: PyValue): TypeCode {
  if (typeof v !== "string") return raiseTypeError(`can't convert '${typeOf(v).name}' object to str implicitly`);
  const tc = v.length === 1 ? TYPECODES[v] : undefined;
  if (tc === undefined) return raiseValueError("bad typecode");
  return tc;
}
