// struct format strings: the byte-order prefix, the items (with counts), sizes and native alignment.
import { raiseValueError } from "../../runtime/errors";

export interface FormatItem {
  code: string;
  /** Repeat count (for 's' the string length). */
  count: number;
  /** Byte offset of the first value from the start of the packed data. */
  offset: number;
  /** Size of one value. */
  size: number;
}

export interface Format {
  littleEndian: boolean;
  items: FormatItem[];
  /** Total packed size. */
  size: number;
  /** Number of Python values the format packs or unpacks. */
  valueCount: number;
}

// Native sizes are the Pico's (32-bit: long and pointers are 4 bytes); standard sizes are Python's.
const NATIVE_SIZES: Record<string, number> = {
  b: 1, B: 1, x: 1, s: 1, h: 2, H: 2, e: 2, i: 4, I: 4, l: 4, L: 4, f: 4, P: 4, q: 8, Q: 8, d: 8,
};
const STANDARD_SIZES: Record<string, number> = { ...NATIVE_SIZES };

const cache = new Map<string, Format>();

/** Parses a format (cached: programs reuse the same few formats in loops). */
export function parseFormat(fmt: string): Format {
  let f = cache.get(fmt);
  if (f === undefined) {
    f = parse(fmt);
    if (cache.size > 256) cache.clear();
    cache.set(fmt, f);
  }
  return f;
}

function parse(fmt: string): Format {
  let pos = 0;
  let native = true;
  let littleEndian = true; // the Pico (and every JS host) is little-endian
  const prefix = fmt[0];
  if (prefix === "@" || prefix === "=" || prefix === "<" || prefix === ">" || prefix === "!") {
    native = prefix === "@";
    littleEndian = prefix === "@" || prefix === "=" || prefix === "<";
    pos = 1;
  }
  const items: FormatItem[] = [];
  let offset = 0;
  let valueCount = 0;
  while (pos < fmt.length) {
    const ch = fmt[pos];
    if (ch === " " || ch === "\t" || ch === "\n") {
      pos++;
      continue;
    }
    let count = 1;
    if (ch >= "0" && ch <= "9") {
      let end = pos;
      while (end < fmt.length && fmt[end] >= "0" && fmt[end] <= "9") end++;
      count = parseInt(fmt.slice(pos, end), 10);
      pos = end;
      if (pos >= fmt.length) raiseValueError("bad typecode");
    }
    const code = fmt[pos++];
    const size = (native ? NATIVE_SIZES : STANDARD_SIZES)[code];
    if (size === undefined) raiseValueError("bad typecode");
    if (native && size > 1 && code !== "s" && code !== "x") offset = Math.ceil(offset / size) * size;
    items.push({ code, count, offset, size });
    offset += size * count;
    if (code === "s") valueCount += 1;
    else if (code !== "x") valueCount += count;
  }
  return { littleEndian, items, size: offset, valueCount };
}
