// json.loads: MicroPython's lax, non-recursive JSON reader (commas and colons count as whitespace; brackets
// need not match in kind), with its error messages.
import type { PyValue } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { raiseValueError } from "../../runtime/errors";
import { roundFloat } from "../../runtime/config";
import { PyList } from "../../types/list";
import { PyDict } from "../../types/dict";
import { PyFloat } from "../../types/float";
import { normInt } from "../../types/int";

const syntaxError = (): never => raiseValueError("syntax error in JSON");

const SEPARATORS = new Set([",", ":", " ", "\t", "\n", "\r"]);
const TRAILING_SPACE = new Set([" ", "\t", "\n", "\r", "\v", "\f"]);
const ESCAPES: Record<string, string> = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
const FLOAT_SYNTAX = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const INT_SYNTAX = /^[+-]?\d+$/;

/** Parses one JSON document. */
export function parseJson(text: string): PyValue {
  const r = new JsonReader(text);
  return r.document();
}

class JsonReader {
  private pos = 0;
  constructor(private readonly text: string) {}

  private get cur(): string {
    return this.pos < this.text.length ? this.text[this.pos] : "";
  }

  document(): PyValue {
    const stack: (PyList | PyDict)[] = [];
    let top: PyValue | undefined;
    let pendingKey: PyValue | undefined;
    let depth = 0;
    for (;;) {
      if (this.pos >= this.text.length) break;
      const c = this.text[this.pos++];
      if (SEPARATORS.has(c)) continue;
      let value: PyValue;
      let enter = false;
      if (c === "]" || c === "}") {
        depth--;
        if (top === undefined) syntaxError();
        if (stack.length === 0) break; // the outermost container closed
        top = stack.pop()!;
        continue;
      } else if (c === "[") {
        value = new PyList([]);
        enter = true;
      } else if (c === "{") {
        value = new PyDict();
        enter = true;
      } else {
        value = this.primitive(c);
      }
      if (enter) depth++;
      if (top === undefined) {
        top = value;
        if (!enter) break; // a single primitive
      } else if (top instanceof PyList) {
        top.items.push(value);
      } else if (pendingKey === undefined) {
        if (enter) syntaxError(); // a container cannot be a key
        pendingKey = value;
      } else {
        (top as PyDict).set(pendingKey, value);
        pendingKey = undefined;
      }
      if (enter && top !== value) {
        stack.push(top as PyList | PyDict);
        top = value;
      }
    }
    if (depth !== 0) syntaxError();
    while (TRAILING_SPACE.has(this.cur)) this.pos++;
    if (this.pos < this.text.length || top === undefined || stack.length !== 0) syntaxError();
    return top!;
  }

  private primitive(c: string): PyValue {
    switch (c) {
      case "n":
        return this.word("ull", None);
      case "f":
        return this.word("alse", false);
      case "t":
        return this.word("rue", true);
      case '"':
        return this.string();
      default:
        if (c === "-" || (c >= "0" && c <= "9")) return this.number(c);
        return syntaxError();
    }
  }

  private word(rest: string, value: PyValue): PyValue {
    if (!this.text.startsWith(rest, this.pos)) syntaxError();
    this.pos += rest.length;
    return value;
  }

  private string(): string {
    let out = "";
    const text = this.text;
    for (;;) {
      if (this.pos >= text.length) syntaxError();
      let c = text[this.pos];
      if (c === '"') break;
      if (c === "\\") {
        this.pos++;
        c = this.cur;
        if (c === "u") {
          out += this.unicodeEscape();
          continue;
        }
        out += ESCAPES[c] ?? (c === "" ? "\0" : c);
      } else {
        out += c;
      }
      this.pos++;
    }
    this.pos++; // the closing quote
    return out;
  }

  /** `\uXXXX`, decoding non-hex digits the way MicroPython's arithmetic happens to. */
  private unicodeEscape(): string {
    let num = 0;
    for (let i = 0; i < 4; i++) {
      this.pos++;
      let d = ((this.cur.charCodeAt(0) || 0) | 0x20) - 0x30;
      d &= 0xff;
      if (d > 9) d = (d - 39) & 0xff;
      num = num * 16 + d;
    }
    this.pos++;
    // Surrogate halves stay separate UTF-16 units, so an escaped pair joins into one character.
    return num >= 0xd800 && num <= 0xdfff ? String.fromCharCode(num) : String.fromCodePoint(Math.min(num, 0x10ffff));
  }

  private number(first: string): PyValue {
    let s = first;
    let isFloat = false;
    for (;;) {
      const c = this.cur;
      if (c === "." || c === "e" || c === "E") isFloat = true;
      else if (!(c === "+" || c === "-" || (c >= "0" && c <= "9")) || c === "") break;
      s += c;
      this.pos++;
    }
    if (isFloat) {
      if (!FLOAT_SYNTAX.test(s)) raiseValueError("invalid syntax for number");
      return new PyFloat(roundFloat(Number(s)));
    }
    if (!INT_SYNTAX.test(s)) {
      raiseValueError(`invalid syntax for integer with base 10: '${s[0] === "-" || s[0] === "+" ? s.slice(1) : s}'`);
    }
    const n = Number(s);
    return Number.isSafeInteger(n) ? n : normInt(BigInt(s));
  }
}
