// The format-spec mini-language shared by format(), str.format and f-strings: parsing and padding to width.
import { raiseValueError } from "../../runtime/errors";

/**
 * A parsed `[[fill]align][sign][#][0][width][grouping][.precision][type]`.
 * Fields not given are empty strings / -1 / false, so each type can apply its own defaults
 * (numbers align right, strings left).
 */
export interface FormatSpec {
  /** The fill character ('' when not given; a '0' flag sets it to '0' when no fill was given). */
  fill: string;
  /** '<', '>', '=', '^' or '' (a '0' flag sets '=' when no align was given). */
  align: string;
  /** '+', '-', ' ' or ''. */
  sign: string;
  /** The '#' flag: 0x/0o/0b prefixes, always a decimal point. */
  alternate: boolean;
  /** The '0' flag was given before the width. */
  zeroPad: boolean;
  /** Minimum field width, -1 when not given. */
  width: number;
  /** Thousands separator: ',' or '_' or ''. */
  grouping: string;
  /** -1 when not given. */
  precision: number;
  /** The presentation type character, '' when not given. */
  type: string;
}

const ALIGNMENTS = "<>=^";
const TYPES = "bcdeEfFgGnosxX%";

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}

/** Parsed specs by text: f-strings and format strings repeat the same few specs in loops. */
const specCache = new Map<string, FormatSpec>();
const SPEC_CACHE_LIMIT = 256;

/**
 * Parses a format spec (already free of nested `{}` fields) with MicroPython's rules and error.
 * The result is shared and frozen: callers read it, never modify it.
 */
export function parseFormatSpec(spec: string): FormatSpec {
  let parsed = specCache.get(spec);
  if (parsed === undefined) {
    parsed = Object.freeze(parseUncached(spec));
    if (specCache.size >= SPEC_CACHE_LIMIT) specCache.clear();
    specCache.set(spec, parsed);
  }
  return parsed;
}

function parseUncached(spec: string): FormatSpec {
  const result: FormatSpec = {
    fill: "", align: "", sign: "", alternate: false, zeroPad: false,
    width: -1, grouping: "", precision: -1, type: "",
  };
  if (spec.length === 0) return result;
  let i = 0;
  // The fill may be any character, including one outside the BMP.
  const first = spec.codePointAt(0)!;
  const firstLen = first > 0xffff ? 2 : 1;
  // As CPython: a second character that is an alignment makes the first one the fill ("<<5").
  if (firstLen < spec.length && ALIGNMENTS.includes(spec[firstLen])) {
    result.fill = spec.slice(0, firstLen);
    result.align = spec[firstLen];
    i = firstLen + 1;
  } else if (ALIGNMENTS.includes(spec[0])) {
    result.align = spec[0];
    i = 1;
  }
  const c = spec[i];
  if (c === "+" || c === "-" || c === " ") {
    result.sign = c;
    i++;
  }
  if (spec[i] === "#") {
    result.alternate = true;
    i++;
  }
  if (spec[i] === "0") {
    result.zeroPad = true;
    if (!result.align) result.align = "=";
    if (!result.fill) result.fill = "0";
  }
  let start = i;
  while (i < spec.length && isDigit(spec[i])) i++;
  if (i > start) result.width = parseInt(spec.slice(start, i), 10);
  if (spec[i] === "," || spec[i] === "_") result.grouping = spec[i++];
  if (spec[i] === ".") {
    i++;
    start = i;
    while (i < spec.length && isDigit(spec[i])) i++;
    result.precision = i > start ? parseInt(spec.slice(start, i), 10) : 0;
  }
  if (i < spec.length && TYPES.includes(spec[i])) result.type = spec[i++];
  if (i < spec.length) raiseValueError("invalid format specifier");
  return result;
}

/** Number of code points in a string (surrogate pairs count once). */
function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Length of the sign and radix prefix ("-", "+0x", " 0b"...) that '=' alignment keeps in front of the padding. */
function signAndPrefixLength(body: string): number {
  let i = 0;
  if (body[0] === "+" || body[0] === "-" || body[0] === " ") i = 1;
  if (body[i] === "0") {
    const p = body[i + 1];
    if (p === "x" || p === "X" || p === "o" || p === "O" || p === "b" || p === "B") i += 2;
  }
  return i;
}

/**
 * Pads an already formatted body to the spec's width with its fill and alignment.
 * `defaultAlign` is '>' for numbers and '<' for strings; '=' puts the padding after the sign/prefix.
 */
export function padFormatted(body: string, spec: FormatSpec, defaultAlign: "<" | ">" = "<"): string {
  if (spec.width < 0) return body;
  const pad = spec.width - codePointLength(body);
  if (pad <= 0) return body;
  const fill = spec.fill || " ";
  const align = spec.align || defaultAlign;
  switch (align) {
    case "<":
      return body + fill.repeat(pad);
    case "^": {
      const left = pad >> 1;
      return fill.repeat(left) + body + fill.repeat(pad - left);
    }
    case "=": {
      const head = signAndPrefixLength(body);
      return body.slice(0, head) + fill.repeat(pad) + body.slice(head);
    }
    default:
      return fill.repeat(pad) + body;
  }
}

/**
 * Inserts a separator every `every` digits from the right ("1234567" → "1,234,567"). With `minWidth`,
 * first pads with zeros so that the grouped result is at least that long and never starts with a
 * separator (how `{:08,d}` zero-pads through the groups).
 */
export function groupDigits(digits: string, separator: string, every: number, minWidth = 0): string {
  let grouped = insertSeparators(digits, separator, every);
  if (grouped.length >= minWidth) return grouped;
  let padded = digits;
  while (grouped.length < minWidth) {
    padded = "0" + padded;
    grouped = insertSeparators(padded, separator, every);
  }
  return grouped;
}

function insertSeparators(digits: string, separator: string, every: number): string {
  if (!separator || digits.length <= every) return digits;
  const parts: string[] = [];
  let end = digits.length;
  while (end > every) {
    parts.push(digits.slice(end - every, end));
    end -= every;
  }
  parts.push(digits.slice(0, end));
  return parts.reverse().join(separator);
}
