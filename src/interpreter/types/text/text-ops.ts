// Pure text algorithms on JS strings shared by str and bytes (bytes are handled as one char per byte).

/** Whitespace for str.split()/strip() without arguments; `unicodeSpaces` adds the non-ASCII ones str knows. */
export function isSpaceCode(c: number, unicodeSpaces: boolean): boolean {
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true;
  if (!unicodeSpaces || c < 0x1c) return false;
  if (c <= 0x1f || c === 0x85 || c === 0xa0) return true;
  return c > 0xff && /\s/.test(String.fromCharCode(c));
}

/** First (or last, when `reverse`) index of `needle` within `hay[start:end]`, -1 when absent. */
export function findIn(hay: string, needle: string, start: number, end: number, reverse: boolean): number {
  if (end - start < needle.length) return -1;
  if (reverse) {
    const i = hay.lastIndexOf(needle, end - needle.length);
    return i >= start ? i : -1;
  }
  const i = hay.indexOf(needle, start);
  return i >= 0 && i + needle.length <= end ? i : -1;
}

/** Non-overlapping occurrences of `needle` in `hay[start:end]` (an empty needle matches between every char). */
export function countIn(hay: string, needle: string, start: number, end: number): number {
  if (end < start) return 0;
  if (needle.length === 0) return end - start + 1;
  let n = 0;
  for (let i = hay.indexOf(needle, start); i >= 0 && i + needle.length <= end; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** `s.replace(old, new, count)`; count < 0 replaces all. */
export function replaceIn(s: string, old: string, replacement: string, count: number): string {
  if (count === 0) return s;
  if (old.length === 0) {
    // CPython inserts the replacement before every character and at the end.
    const chars = Array.from(s);
    const limit = count < 0 ? chars.length + 1 : Math.min(count, chars.length + 1);
    let out = "";
    for (let i = 0; i < chars.length; i++) out += (i < limit ? replacement : "") + chars[i];
    return out + (chars.length < limit ? replacement : "");
  }
  if (count < 0) return s.split(old).join(replacement);
  let out = "";
  let from = 0;
  for (let n = 0; n < count; n++) {
    const i = s.indexOf(old, from);
    if (i < 0) break;
    out += s.slice(from, i) + replacement;
    from = i + old.length;
  }
  return out + s.slice(from);
}

/** `s.split()` / `s.split(None, maxsplit)`: runs of whitespace separate, leading/trailing ignored. */
export function splitWhitespace(s: string, maxsplit: number, unicodeSpaces: boolean): string[] {
  const parts: string[] = [];
  let i = 0;
  const n = s.length;
  while (true) {
    while (i < n && isSpaceCode(s.charCodeAt(i), unicodeSpaces)) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && parts.length === maxsplit) {
      // The remainder keeps its trailing whitespace, as in CPython.
      parts.push(s.slice(i));
      break;
    }
    const start = i;
    while (i < n && !isSpaceCode(s.charCodeAt(i), unicodeSpaces)) i++;
    parts.push(s.slice(start, i));
  }
  return parts;
}

/** `s.rsplit(None, maxsplit)`: as splitWhitespace, counting splits from the right. */
export function rsplitWhitespace(s: string, maxsplit: number, unicodeSpaces: boolean): string[] {
  const parts: string[] = [];
  let i = s.length;
  while (true) {
    while (i > 0 && isSpaceCode(s.charCodeAt(i - 1), unicodeSpaces)) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && parts.length === maxsplit) {
      parts.push(s.slice(0, i));
      break;
    }
    const end = i;
    while (i > 0 && !isSpaceCode(s.charCodeAt(i - 1), unicodeSpaces)) i--;
    parts.push(s.slice(i, end));
  }
  return parts.reverse();
}

/** `s.split(sep, maxsplit)` with a non-empty separator. */
export function splitOn(s: string, sep: string, maxsplit: number): string[] {
  if (maxsplit < 0) return s.split(sep);
  const parts: string[] = [];
  let from = 0;
  while (parts.length < maxsplit) {
    const i = s.indexOf(sep, from);
    if (i < 0) break;
    parts.push(s.slice(from, i));
    from = i + sep.length;
  }
  parts.push(s.slice(from));
  return parts;
}

/** `s.rsplit(sep, maxsplit)` with a non-empty separator. */
export function rsplitOn(s: string, sep: string, maxsplit: number): string[] {
  if (maxsplit < 0) return s.split(sep);
  const parts: string[] = [];
  let end = s.length;
  while (parts.length < maxsplit) {
    const i = end - sep.length >= 0 ? s.lastIndexOf(sep, end - sep.length) : -1;
    if (i < 0) break;
    parts.push(s.slice(i + sep.length, end));
    end = i;
  }
  parts.push(s.slice(0, end));
  return parts.reverse();
}

/** Line boundaries of str.splitlines besides \n and \r (CPython's set); bytes know only \n, \r and \r\n. */
function isExtraLineBreak(c: number): boolean {
  return c === 0x0b || c === 0x0c || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** `s.splitlines(keepends)`: \r\n counts as one boundary. */
export function splitLines(s: string, keepends: boolean, unicodeBreaks: boolean): string[] {
  const lines: string[] = [];
  let start = 0;
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c !== 0x0a && c !== 0x0d && !(unicodeBreaks && isExtraLineBreak(c))) {
      i++;
      continue;
    }
    const eol = c === 0x0d && s.charCodeAt(i + 1) === 0x0a ? 2 : 1;
    lines.push(s.slice(start, keepends ? i + eol : i));
    i += eol;
    start = i;
  }
  if (start < s.length) lines.push(s.slice(start));
  return lines;
}

/** strip/lstrip/rstrip: `chars` null means whitespace. */
export function stripText(s: string, chars: string | null, left: boolean, right: boolean, unicodeSpaces: boolean): string {
  const strippable = chars === null
    ? (c: number) => isSpaceCode(c, unicodeSpaces)
    : (c: number) => chars.indexOf(String.fromCharCode(c)) >= 0;
  let start = 0;
  let end = s.length;
  if (left) while (start < end && strippable(s.charCodeAt(start))) start++;
  if (right) while (end > start && strippable(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}
