// int.from_bytes and int.to_bytes: byte order, signed two's complement and MicroPython's overflow errors.
import type { PyValue, Kw } from "../../runtime/object";
import { raiseValueError, raiseOverflowError, raiseTypeError } from "../../runtime/errors";
import { requireBuffer } from "../text/buffer";
import { newBytes } from "../bytes";
import { normInt } from "../int";
import type { IntValue } from "./int-ops";

/** `byteorder` defaults to "big" as in CPython 3.11 (MicroPython also accepts it positionally). */
function littleEndianOf(v: PyValue | undefined): boolean {
  if (v === undefined) return false;
  if (v === "little") return true;
  if (v === "big") return false;
  return raiseValueError("byteorder must be either 'little' or 'big'");
}

function truthyFlag(v: PyValue | undefined): boolean {
  return v !== undefined && v !== false && v !== 0 && v !== "";
}

/** Reads args (positional then keywords) into the named parameters. */
function bindNamed(names: string[], args: PyValue[], kw: Kw | null): (PyValue | undefined)[] {
  const out: (PyValue | undefined)[] = names.map((_, i) => args[i]);
  if (args.length > names.length) raiseTypeError(`function expected at most ${names.length} arguments, got ${args.length}`);
  if (kw !== null) {
    for (const [key, value] of kw) {
      const i = names.indexOf(key);
      if (i < 0) raiseTypeError(`unexpected keyword argument '${key}'`);
      out[i] = value;
    }
  }
  return out;
}

/** int.from_bytes(bytes, byteorder="big", *, signed=False). */
export function intFromBytes(args: PyValue[], kw: Kw | null): IntValue {
  const [data, order, signed] = bindNamed(["bytes", "byteorder", "signed"], args, kw);
  if (data === undefined) raiseTypeError("function missing 1 required positional arguments");
  const bytes = requireBuffer(data!);
  const little = littleEndianOf(order);
  let value = 0n;
  const n = bytes.length;
  for (let i = 0; i < n; i++) value = (value << 8n) | BigInt(bytes[little ? n - 1 - i : i]);
  if (truthyFlag(signed) && n > 0 && value >= 1n << BigInt(8 * n - 1)) value -= 1n << BigInt(8 * n);
  return normInt(value);
}

/** int.to_bytes(length=1, byteorder="big", *, signed=False). */
export function intToBytes(self: IntValue, args: PyValue[], kw: Kw | null): PyValue {
  const [lengthArg, order, signed] = bindNamed(["length", "byteorder", "signed"], args, kw);
  const length = lengthArg === undefined ? 1 : Number(lengthArg);
  if (length < 0) raiseValueError("negative length");
  const little = littleEndianOf(order);
  let value = BigInt(self);
  if (value < 0n) {
    if (!truthyFlag(signed)) raiseOverflowError("can't convert negative int to unsigned");
    if (length === 0 || value < -(1n << BigInt(8 * length - 1))) raiseOverflowError("buffer too small");
    value += 1n << BigInt(8 * length);
  } else {
    const limitBits = truthyFlag(signed) ? 8 * length - 1 : 8 * length;
    if (value !== 0n && (limitBits <= 0 || value >= 1n << BigInt(limitBits))) raiseOverflowError("buffer too small");
  }
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[little ? i : length - 1 - i] = Number(value & 0xffn);
    value >>= 8n;
  }
  return newBytes(out);
}
