// repr() of str as MicroPython prints it: quote choice, backslash escapes for control characters.

const PLAIN = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;

/**
 * `repr(s)`: single quotes unless the string has a single quote and no double quote; `\n`, `\r`, `\t`
 * and `\\` escaped, other control characters (and DEL) as `\xNN`; everything else, non-ASCII included, as is.
 */
export function reprStr(s: string): string {
  if (PLAIN.test(s)) return "'" + s + "'";
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  let runStart = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const escape = escapeFor(c, quote);
    if (escape === null) continue;
    out += s.slice(runStart, i) + escape;
    runStart = i + 1;
  }
  return out + s.slice(runStart) + quote;
}

function escapeFor(c: number, quote: string): string | null {
  if (c >= 0x20 && c !== 0x7f && c !== 0x5c && c !== quote.charCodeAt(0)) return null;
  switch (c) {
    case 0x5c: return "\\\\";
    case 0x0a: return "\\n";
    case 0x0d: return "\\r";
    case 0x09: return "\\t";
  }
  if (c >= 0x20 && c !== 0x7f) return "\\" + quote;
  return "\\x" + (c < 16 ? "0" : "") + c.toString(16);
}

/** repr of the bytes in `data` as the body of a `b'...'` literal (bytes and bytearray share it). */
export function reprBytes(data: Uint8Array, start = 0, end = data.length): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = start; i < end; i++) {
    if (data[i] === 0x27) hasSingle = true;
    else if (data[i] === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  const parts: string[] = ["b", String.fromCharCode(quote)];
  for (let i = start; i < end; i++) {
    const c = data[i];
    if (c === quote) parts.push("\\" + String.fromCharCode(quote));
    else if (c === 0x5c) parts.push("\\\\");
    else if (c >= 0x20 && c < 0x7f) parts.push(String.fromCharCode(c));
    else if (c === 0x0a) parts.push("\\n");
    else if (c === 0x0d) parts.push("\\r");
    else if (c === 0x09) parts.push("\\t");
    else parts.push("\\x" + (c < 16 ? "0" : "") + c.toString(16));
  }
  parts.push(String.fromCharCode(quote));
  return parts.join("");
}
