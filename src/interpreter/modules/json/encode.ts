// json.dumps: prints a value the way MicroPython's PRINT_JSON mode does (containers, str, bool, None natively;
// non-str dict keys quoted; anything else by its repr).
import type { PyValue } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { repr } from "../../runtime/protocol";
import { PyList } from "../../types/list";
import { PyTuple } from "../../types/tuple";
import { PyDict } from "../../types/dict";
import { PyBytes } from "../../types/bytes";
import { latin1String } from "../../types/text/utf8";
import { strValue } from "../../types/str";

export interface JsonSeparators {
  item: string;
  key: string;
}

export const DEFAULT_SEPARATORS: JsonSeparators = { item: ", ", key: ": " };

const NAMED_ESCAPES: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t", '"': '\\"', "\\": "\\\\" };

/** A JSON string literal: quotes and backslashes escaped, control characters as \n \r \t or \u00XX. */
export function jsonString(s: string): string {
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 32 && c !== 34 && c !== 92) continue;
    out += s.slice(run, i) + (NAMED_ESCAPES[s[i]] ?? "\\u" + c.toString(16).padStart(4, "0"));
    run = i + 1;
  }
  return out + s.slice(run) + '"';
}

/** Serialises `v` to JSON text. */
export function toJson(v: PyValue, sep: JsonSeparators = DEFAULT_SEPARATORS): string {
  const out: string[] = [];
  write(v, out, sep);
  return out.join("");
}

function write(v: PyValue, out: string[], sep: JsonSeparators): void {
  const text = strValue(v);
  if (text !== null) out.push(jsonString(text));
  else if (typeof v === "boolean") out.push(v ? "true" : "false");
  else if (typeof v === "number" || typeof v === "bigint") out.push(String(v));
  else if (v === None) out.push("null");
  else if (v instanceof PyList || v instanceof PyTuple) writeSequence(v.items, out, sep);
  else if (v instanceof PyDict) writeDict(v, out, sep);
  else if (v instanceof PyBytes) out.push(jsonString(latin1String(v.data)));
  else out.push(repr(v));
}

function writeSequence(items: readonly PyValue[], out: string[], sep: JsonSeparators): void {
  out.push("[");
  items.forEach((item, i) => {
    if (i > 0) out.push(sep.item);
    write(item, out, sep);
  });
  out.push("]");
}

function writeDict(d: PyDict, out: string[], sep: JsonSeparators): void {
  out.push("{");
  let first = true;
  for (const [key, value] of d.entries()) {
    if (!first) out.push(sep.item);
    first = false;
    const quote = strValue(key) === null && !(key instanceof PyBytes);
    if (quote) out.push('"');
    write(key, out, sep);
    if (quote) out.push('"');
    out.push(sep.key);
    write(value, out, sep);
  }
  out.push("}");
}
