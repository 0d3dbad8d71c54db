// How file bytes travel as Python source (bytes literals or base64) and back as printed text (base64 or hex).

/** The Python expression that evaluates to `data` on the board: a bytes literal, or base64 decoded by `_a` when shorter. */
export function pythonBytesExpression(data: Uint8Array, base64OnBoard: boolean): string {
  const literal = pythonBytesLiteral(data);
  if (!base64OnBoard) return literal;
  const viaBase64 = `_a(b'${encodeBase64(data)}')`;
  return viaBase64.length < literal.length ? viaBase64 : literal;
}

/** `b'...'` with every byte Python would misread escaped; printable ASCII stays as is, so source files travel nearly 1:1. */
export function pythonBytesLiteral(data: Uint8Array): string {
  let out = "b'";
  for (const b of data) out += LITERAL_BYTE[b];
  return out + "'";
}

const LITERAL_BYTE: string[] = Array.from({ length: 256 }, (_, b) => {
  if (b === 0x5c) return "\\\\";
  if (b === 0x27) return "\\'";
  if (b === 0x0a) return "\\n";
  if (b === 0x0d) return "\\r";
  if (b === 0x09) return "\\t";
  if (b >= 0x20 && b < 0x7f) return String.fromCharCode(b);
  return "\\x" + b.toString(16).padStart(2, "0");
});

/** How many characters `pythonBytesExpression` would take, without building it (for packing lines into execs). */
export function encodedLength(data: Uint8Array, base64OnBoard: boolean): number {
  let literal = 3;
  for (const b of data) literal += LITERAL_BYTE[b].length;
  if (!base64OnBoard) return literal;
  return Math.min(literal, 7 + 4 * Math.ceil(data.length / 3));
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_VALUE = new Int16Array(256).fill(-1);
for (let i = 0; i < B64.length; i++) B64_VALUE[B64.charCodeAt(i)] = i;

export function encodeBase64(data: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + 2 < data.length; i += 3) {
    const n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    out += B64[n >> 18] + B64[(n >> 12) & 63] + B64[(n >> 6) & 63] + B64[n & 63];
  }
  const rest = data.length - i;
  if (rest === 1) out += B64[data[i] >> 2] + B64[(data[i] & 3) << 4] + "==";
  else if (rest === 2) {
    const n = (data[i] << 8) | data[i + 1];
    out += B64[n >> 10] + B64[(n >> 4) & 63] + B64[(n << 2) & 63] + "=";
  }
  return out;
}

/**
 * Decodes base64 text as the board prints it: one base64 block per line (each with its own padding),
 * with `\r\n` line ends. Returns null when the text is not valid base64.
 */
export function decodeBase64Lines(text: string): Uint8Array | null {
  const parts: Uint8Array[] = [];
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    const block = decodeBase64Block(trimmed);
    if (!block) return null;
    parts.push(block);
  }
  return concatBytes(parts);
}

function decodeBase64Block(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null;
  const padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let j = 0; j < 4; j++) {
      const c = text.charCodeAt(i + j);
      const v = c === 0x3d && i + j >= text.length - padding ? 0 : B64_VALUE[c & 0xff];
      if (v < 0 || c > 0xff) return null;
      n = (n << 6) | v;
    }
    if (o < out.length) out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 0xff;
    if (o < out.length) out[o++] = n & 0xff;
  }
  return out;
}

/** Decodes hex lines (the board's fallback when it has no base64); null when the text is not hex. */
export function decodeHexLines(text: string): Uint8Array | null {
  const hex = text.replace(/\s+/g, "");
  if (hex.length % 2 !== 0 || /[^0-9a-fA-F]/.test(hex)) return null;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export function concatBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** A Python string literal for a path (repr-style, safe for any characters). */
export function pythonString(s: string): string {
  let out = "'";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === "\\" || ch === "'") out += "\\" + ch;
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + "'";
}
