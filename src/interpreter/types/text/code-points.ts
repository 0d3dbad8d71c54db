// Code-point view of JS strings: Python counts code points, JS counts UTF-16 units; fast paths for surrogate-free strings.

/** One-entry cache: loops such as `for i in range(len(s)): s[i]` ask about the same string again and again. */
let lastChecked = "";
let lastHadSurrogates = false;

const SURROGATE = /[\uD800-\uDFFF]/;

/** True when the string holds a character outside the BMP (a surrogate pair), so UTF-16 indices differ from Python's. */
export function hasSurrogates(s: string): boolean {
  if (s.length < 16) return SURROGATE.test(s);
  if (s === lastChecked) return lastHadSurrogates;
  lastChecked = s;
  lastHadSurrogates = SURROGATE.test(s);
  return lastHadSurrogates;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** `len(s)` in code points. */
export function codePointLength(s: string): number {
  if (!hasSurrogates(s)) return s.length;
  if (s === lastSplit) return lastPoints.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    if (isHighSurrogate(s.charCodeAt(i)) && i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1))) i++;
    n++;
  }
  return n;
}

/** UTF-16 offset of code point `index` (0 ≤ index ≤ length); callers have bounds-checked. */
export function unitOffset(s: string, index: number): number {
  if (!hasSurrogates(s)) return index;
  let i = 0;
  for (let n = 0; n < index && i < s.length; n++) {
    if (isHighSurrogate(s.charCodeAt(i)) && i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1))) i += 2;
    else i++;
  }
  return i;
}

/** Code-point index of UTF-16 offset `offset` (the inverse of unitOffset, for find() results). */
export function codePointIndex(s: string, offset: number): number {
  if (!hasSurrogates(s)) return offset;
  return codePointLength(s.slice(0, offset));
}

/** Code points of the last long non-BMP string indexed, so `s[i]` in a loop is not quadratic. */
let lastSplit = "";
let lastPoints: string[] = [];

/** The one-character string at code-point `index` (bounds-checked by the caller). */
export function codePointAt(s: string, index: number): string {
  if (!hasSurrogates(s)) return s[index];
  if (s.length >= 64) {
    if (s !== lastSplit) {
      lastSplit = s;
      lastPoints = Array.from(s);
    }
    return lastPoints[index];
  }
  const i = unitOffset(s, index);
  const c = s.charCodeAt(i);
  return isHighSurrogate(c) && i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1)) ? s.slice(i, i + 2) : s[i];
}

/** Splits a string into its code points (one string each). */
export function codePoints(s: string): string[] {
  return hasSurrogates(s) ? Array.from(s) : s.split("");
}

/** `s[start:stop]` in code points, indices already clamped to 0..length. */
export function codePointSlice(s: string, start: number, stop: number): string {
  if (stop <= start) return "";
  if (!hasSurrogates(s)) return s.slice(start, stop);
  const from = unitOffset(s, start);
  return s.slice(from, from + unitOffset(s.slice(from), stop - start));
}
