// MicroPython's uctypes, minimal: addressof/bytearray_at/bytes_at over a model of RAM, sizeof of layouts, and the type constants.
import type { PyValue } from "../runtime/object";
import { builtinFunction } from "../runtime/function";
import { raiseTypeError, raiseMemoryError, raiseImportError } from "../runtime/errors";
import { config } from "../runtime/config";
import { PyModule } from "../types/module";
import { PyTuple } from "../types/tuple";
import { PyDict } from "../types/dict";
import { PyByteArray } from "../types/bytearray";
import { PyBytes } from "../types/bytes";
import { getBuffer } from "../types/text/buffer";
import { intArg, uint32Arg } from "./args";

const LAYOUT_LITTLE_ENDIAN = 0;
const LAYOUT_BIG_ENDIAN = 1;
const LAYOUT_NATIVE = 2;

const VAL_TYPE_BITS = 4;
const AGG_TYPE_BITS = 2;
const OFFSET_BITS = 17;

// Scalar value types, then aggregate kinds, numbered as the firmware numbers them.
const [UINT8, INT8, UINT16, INT16, UINT32, INT32, UINT64, INT64] = [0, 1, 2, 3, 4, 5, 6, 7];
const [BFUINT8, BFINT8, BFUINT16, BFINT16, BFUINT32, BFINT32, FLOAT32, FLOAT64] = [8, 9, 10, 11, 12, 13, 14, 15];
const [STRUCT, PTR, ARRAY] = [0, 1, 2];
const POINTER_SIZE = 4;

/** A type code in the top bits of a 31-bit small int (the firmware's TYPE2SMALLINT). */
const typeToSmallInt = (type: number, bits: number): number => (type << (32 - bits)) >> 1;
const getType = (x: number, bits: number): number => (x >> (31 - bits)) & ((1 << bits) - 1);
const valueMask = (bits: number): number => ~(0x80000000 >> bits);

function scalarSize(valType: number): number {
  return valType === FLOAT32 ? 4 : 1 << ((valType & 7) >> 1);
}

function syntaxError(): never {
  return raiseTypeError("syntax error in uctypes descriptor");
}

/** Size of a layout: a dict of fields, or an aggregate tuple (STRUCT, PTR or ARRAY). */
function layoutSize(desc: PyValue, layout: number, maxField: { size: number }): number {
  if (desc instanceof PyTuple) return aggregateSize(desc, layout, maxField);
  if (!(desc instanceof PyDict)) {
    if (typeof desc === "number") raiseTypeError("can't unambiguously get sizeof scalar");
    return syntaxError();
  }
  let total = 0;
  for (const [, v] of desc.entries()) {
    if (typeof v === "number") {
      const valType = getType(v, VAL_TYPE_BITS);
      let offset = v & valueMask(VAL_TYPE_BITS);
      if (valType >= BFUINT8 && valType <= BFINT32) offset &= (1 << OFFSET_BITS) - 1;
      const s = scalarSize(valType);
      maxField.size = Math.max(maxField.size, s);
      total = Math.max(total, offset + s);
    } else {
      if (!(v instanceof PyTuple)) syntaxError();
      const t = v as PyTuple;
      const offset = (t.items[0] as number) & valueMask(AGG_TYPE_BITS);
      total = Math.max(total, offset + aggregateSize(t, layout, maxField));
    }
  }
  // A native layout is padded to the alignment of its widest field.
  if (layout === LAYOUT_NATIVE && maxField.size > 0) total = (total + maxField.size - 1) & ~(maxField.size - 1);
  return total;
}

function aggregateSize(t: PyTuple, layout: number, maxField: { size: number }): number {
  const head = t.items[0];
  if (typeof head !== "number") return syntaxError();
  switch (getType(head, AGG_TYPE_BITS)) {
    case STRUCT:
      return layoutSize(t.items[1], layout, maxField);
    case PTR:
      maxField.size = Math.max(maxField.size, POINTER_SIZE);
      return POINTER_SIZE;
    case ARRAY: {
      const spec = t.items[1] as number;
      const count = spec & valueMask(VAL_TYPE_BITS);
      if (t.items.length === 2) {
        const itemSize = 1 << (getType(spec, VAL_TYPE_BITS) >> 1);
        maxField.size = Math.max(maxField.size, itemSize);
        return itemSize * count;
      }
      return layoutSize(t.items[2], layout, maxField) * count;
    }
    default:
      return syntaxError();
  }
}

function sizeofBuiltin(obj: PyValue, layoutType?: PyValue): PyValue {
  if (obj instanceof PyByteArray) return obj.length;
  const layout = layoutType === undefined ? LAYOUT_NATIVE : intArg(layoutType);
  return layoutSize(obj, layout, { size: 0 });
}

// ---------- a model of RAM: buffers get addresses in SRAM, bytearray_at finds them again ----------

const SRAM_BASE = 0x20000000;
/** The most bytes bytearray_at/bytes_at will model for memory that isn't a Python buffer. */
const MAX_UNMAPPED = 64 * 1024 * 1024;

interface Region {
  address: number;
  owner: WeakRef<object>;
}

const addresses = new WeakMap<object, number>();
const regions: Region[] = [];
let nextAddress = SRAM_BASE;

function addressOf(obj: PyValue): PyValue {
  const data = getBuffer(obj);
  if (data === null || typeof obj !== "object") return raiseTypeError("object with buffer protocol required");
  let address = addresses.get(obj);
  if (address === undefined) {
    address = nextAddress;
    nextAddress += (Math.max(data.length, 1) + 7) & ~7;
    addresses.set(obj, address);
    regions.push({ address, owner: new WeakRef(obj) });
  }
  return address;
}

/** The live bytes at [address, address + size) when they lie inside a buffer addressof() handed out. */
function mappedBytes(address: number, size: number): Uint8Array | null {
  for (const r of regions) {
    const owner = r.owner.deref();
    if (owner === undefined || address < r.address) continue;
    const data = getBuffer(owner as PyValue);
    if (data !== null && address + size <= r.address + data.length) return data.subarray(address - r.address, address - r.address + size);
  }
  return null;
}

function memoryAt(ptr: PyValue, sizeValue: PyValue): Uint8Array {
  const address = uint32Arg(ptr);
  const size = uint32Arg(sizeValue);
  const mapped = mappedBytes(address, size);
  if (mapped !== null) return mapped;
  if (size > MAX_UNMAPPED) raiseMemoryError(`memory allocation failed, allocating ${size} bytes`);
  return new Uint8Array(size); // memory the simulator doesn't model reads as zeros
}

export function createUctypesModule(): PyModule {
  // CircuitPython has no uctypes.
  if (config.flavor === "circuitpython") raiseImportError("no module named 'uctypes'");
  const m = new PyModule("uctypes");
  m.set("sizeof", builtinFunction("sizeof", 1, 2, sizeofBuiltin));
  m.set("addressof", builtinFunction("addressof", 1, 1, addressOf));
  m.set("bytearray_at", builtinFunction("bytearray_at", 2, 2, (p: PyValue, n: PyValue) => new PyByteArray(memoryAt(p, n))));
  m.set("bytes_at", builtinFunction("bytes_at", 2, 2, (p: PyValue, n: PyValue) => new PyBytes(memoryAt(p, n).slice())));
  m.set("NATIVE", LAYOUT_NATIVE);
  m.set("LITTLE_ENDIAN", LAYOUT_LITTLE_ENDIAN);
  m.set("BIG_ENDIAN", LAYOUT_BIG_ENDIAN);
  const scalars: Record<string, number> = {
    VOID: UINT8, UINT8, INT8, UINT16, INT16, UINT32, INT32, UINT64, INT64,
    BFUINT8, BFINT8, BFUINT16, BFINT16, BFUINT32, BFINT32, FLOAT32, FLOAT64,
    // C type aliases on the RP2040 (ARM: int and long are 32 bits).
    SHORT: INT16, USHORT: UINT16, INT: INT32, UINT: UINT32, LONG: INT32, ULONG: UINT32, LONGLONG: INT64, ULONGLONG: UINT64,
  };
  for (const [name, type] of Object.entries(scalars)) m.set(name, typeToSmallInt(type, VAL_TYPE_BITS));
  m.set("BF_POS", OFFSET_BITS);
  m.set("BF_LEN", OFFSET_BITS + 5);
  m.set("PTR", typeToSmallInt(PTR, AGG_TYPE_BITS));
  m.set("ARRAY", typeToSmallInt(ARRAY, AGG_TYPE_BITS));
  return m;
}
