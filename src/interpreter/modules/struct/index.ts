// The `struct` module: calcsize, pack, pack_into, unpack, unpack_from (MicroPython's semantics: ints are
// truncated to the field width, unpack accepts longer buffers, errors are ValueError).
import type { PyValue } from "../../runtime/object";
import { typeOf, None } from "../../runtime/builtin-types";
import { raiseTypeError, raiseValueError } from "../../runtime/errors";
import { builtinFunction } from "../../runtime/function";
import { PyModule } from "../../types/module";
import { PyTuple } from "../../types/tuple";
import { PyFloat, newFloat } from "../../types/float";
import { newBytes } from "../../types/bytes";
import { getBuffer, requireBuffer } from "../../types/text/buffer";
import { normInt } from "../../types/containers/int-util";
import { parseFormat, type Format, type FormatItem } from "./format";
import { toHalfBits, fromHalfBits } from "./half-float";

function formatArg(v: PyValue): Format {
  if (typeof v !== "string") {
    const raw = getBuffer(v);
    if (raw === null) return raiseTypeError(`can't convert '${typeOf(v).name}' object to str implicitly`);
    return parseFormat(String.fromCharCode(...raw));
  }
  return parseFormat(v);
}

function intValue(v: PyValue): bigint | number {
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

// ---- one value ---------------------------------------------------------------------------------

function writeValue(view: DataView, at: number, code: string, v: PyValue, le: boolean): void {
  switch (code) {
    case "b": case "B": return view.setUint8(at, Number(BigInt.asUintN(8, BigInt(intValue(v)))));
    case "h": case "H": return view.setUint16(at, Number(BigInt.asUintN(16, BigInt(intValue(v)))), le);
    case "i": case "I": case "l": case "L": case "P":
      return view.setUint32(at, Number(BigInt.asUintN(32, BigInt(intValue(v)))), le);
    case "q": case "Q": return view.setBigUint64(at, BigInt.asUintN(64, BigInt(intValue(v))), le);
    case "e": return view.setUint16(at, toHalfBits(floatValue(v)), le);
    case "f": return view.setFloat32(at, floatValue(v), le);
    case "d": return view.setFloat64(at, floatValue(v), le);
  }
}

function readValue(view: DataView, at: number, code: string, le: boolean): PyValue {
  switch (code) {
    case "b": return view.getInt8(at);
    case "B": return view.getUint8(at);
    case "h": return view.getInt16(at, le);
    case "H": return view.getUint16(at, le);
    case "i": case "l": return view.getInt32(at, le);
    case "I": case "L": case "P": return view.getUint32(at, le);
    case "q": return normInt(view.getBigInt64(at, le));
    case "Q": return normInt(view.getBigUint64(at, le));
    case "e": return newFloat(fromHalfBits(view.getUint16(at, le)));
    case "f": return newFloat(view.getFloat32(at, le));
    default: return newFloat(view.getFloat64(at, le));
  }
}

// ---- whole formats -----------------------------------------------------------------------------

/** Packs `values` into `out` (which must hold format.size bytes from `base`). */
function packInto(f: Format, out: Uint8Array, base: number, values: PyValue[]): void {
  if (values.length !== f.valueCount) raiseValueError("incorrect number of arguments");
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let next = 0;
  for (const item of f.items) {
    const at = base + item.offset;
    if (item.code === "x") {
      out.fill(0, at, at + item.count);
    } else if (item.code === "s") {
      packString(out, at, item, values[next++]);
    } else {
      for (let k = 0; k < item.count; k++) writeValue(view, at + k * item.size, item.code, values[next++], f.littleEndian);
    }
  }
}

function packString(out: Uint8Array, at: number, item: FormatItem, v: PyValue): void {
  const data = typeof v === "string" ? new TextEncoder().encode(v) : requireBuffer(v);
  const n = Math.min(data.length, item.count);
  out.set(data.subarray(0, n), at);
  out.fill(0, at + n, at + item.count);
}

function unpackFrom(f: Format, data: Uint8Array, base: number): PyTuple {
  if (base + f.size > data.length) raiseValueError("buffer too small");
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const values: PyValue[] = [];
  for (const item of f.items) {
    const at = base + item.offset;
    if (item.code === "x") continue;
    if (item.code === "s") values.push(newBytes(data.slice(at, at + item.count)));
    else for (let k = 0; k < item.count; k++) values.push(readValue(view, at + k * item.size, item.code, f.littleEndian));
  }
  return new PyTuple(values);
}

/** A buffer argument (MicroPython lets a str stand in for its UTF-8 bytes). */
function bufferArg(v: PyValue): Uint8Array {
  if (typeof v === "string") return new TextEncoder().encode(v);
  return requireBuffer(v);
}

/** An offset into a buffer; negative counts from the end. */
function offsetArg(v: PyValue | undefined, length: number): number {
  if (v === undefined) return 0;
  let offset = Number(intValue(v));
  if (offset < 0) {
    offset += length;
    if (offset < 0) raiseValueError("buffer too small");
  }
  return offset;
}

export function calcsize(fmt: PyValue): PyValue {
  return formatArg(fmt).size;
}

export function pack(fmt: PyValue, ...values: PyValue[]): PyValue {
  const f = formatArg(fmt);
  const out = new Uint8Array(f.size);
  packInto(f, out, 0, values);
  return newBytes(out);
}

export function packIntoBuffer(fmt: PyValue, buffer: PyValue, offset: PyValue, ...values: PyValue[]): PyValue {
  const f = formatArg(fmt);
  const out = requireBuffer(buffer);
  const base = offsetArg(offset, out.length);
  if (base + f.size > out.length) raiseValueError("buffer too small");
  packInto(f, out, base, values);
  return None;
}

export function unpack(fmt: PyValue, buffer: PyValue): PyValue {
  return unpackFrom(formatArg(fmt), bufferArg(buffer), 0);
}

export function unpackFromBuffer(fmt: PyValue, buffer: PyValue, offset?: PyValue): PyValue {
  const f = formatArg(fmt);
  const data = bufferArg(buffer);
  return unpackFrom(f, data, offsetArg(offset, data.length));
}

export function createStructModule(): PyModule {
  const m = new PyModule("struct");
  m.set("calcsize", builtinFunction("calcsize", 1, 1, calcsize));
  m.set("pack", builtinFunction("pack", 1, -1, pack));
  m.set("pack_into", builtinFunction("pack_into", 3, -1, packIntoBuffer));
  m.set("unpack", builtinFunction("unpack", 2, 2, unpack));
  m.set("unpack_from", builtinFunction("unpack_from", 2, 3, unpackFromBuffer));
  return m;
}
