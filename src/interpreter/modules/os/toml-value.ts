// One TOML value as CircuitPython's getenv understands it: a basic string (with escapes) or an integer.
import type { PyValue } from "../../runtime/object";

const ESCAPES: Record<string, string> = { b: "\b", t: "\t", n: "\n", f: "\f", r: "\r", '"': '"', "\\": "\\" };

export function parseTomlValue(text: string): PyValue | undefined {
  if (text.startsWith('"')) return parseBasicString(text);
  const m = /^([+-]?(?:0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+|[0-9_]+))\s*(#.*)?$/.exec(text);
  if (m === null) return undefined;
  const digits = m[1].replace(/_/g, "");
  const negative = digits.startsWith("-");
  const body = digits.replace(/^[+-]/, "");
  const value = Number(body.startsWith("0") && body.length > 1 && /^0[xob]/.test(body) ? body : parseInt(body, 10));
  return negative ? -value : value;
}

function parseBasicString(text: string): string | undefined {
  let out = "";
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (c === '"') return out;
    if (c !== "\\") {
      out += c;
      continue;
    }
    const e = text[++i];
    if (e === "u" || e === "U") {
      const len = e === "u" ? 4 : 8;
      out += String.fromCodePoint(parseInt(text.slice(i + 1, i + 1 + len), 16));
      i += len;
    } else {
      out += ESCAPES[e] ?? e;
    }
  }
  return undefined; // unterminated
}
