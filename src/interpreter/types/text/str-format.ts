// str.format: replacement fields with auto/manual numbering, keyword names, .attr and [index] lookups, !r/!s, nested specs.
import type { PyValue, Kw } from "../../runtime/object";
import { raiseValueError, raiseIndexError, raiseKeyError } from "../../runtime/errors";
import { getAttr, getItem } from "../../runtime/protocol";
import { formatField } from "./format-value";

/** Shared state while formatting one template: the arguments and the automatic field counter. */
interface FormatContext {
  args: PyValue[];
  kw: Kw | null;
  /** Next automatic index; -1 once manual numbering was used. */
  autoIndex: number;
}

/** `template.format(*args, **kw)`. */
export function strFormat(template: string, args: PyValue[], kw: Kw | null): string {
  return expand(template, { args, kw, autoIndex: 0 }, 0);
}

function expand(template: string, ctx: FormatContext, depth: number): string {
  let out = "";
  let i = 0;
  const n = template.length;
  while (i < n) {
    const open = template.indexOf("{", i);
    const close = template.indexOf("}", i);
    if (close >= 0 && (open < 0 || close < open)) {
      // A '}' outside a field must be doubled.
      if (template[close + 1] !== "}") raiseValueError("single '}' encountered in format string");
      out += template.slice(i, close + 1);
      i = close + 2;
      continue;
    }
    if (open < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, open);
    if (template[open + 1] === "{") {
      out += "{";
      i = open + 2;
      continue;
    }
    const end = fieldEnd(template, open + 1);
    out += replaceField(template.slice(open + 1, end), ctx, depth);
    i = end + 1;
  }
  return out;
}

/** Index of the '}' closing the field that starts at `start`, counting nested braces in the spec. */
function fieldEnd(template: string, start: number): number {
  let nest = 1;
  for (let i = start; i < template.length; i++) {
    const c = template[i];
    if (c === "[") {
      // An index may hold any character but ']' (CPython's rule), braces included.
      const close = template.indexOf("]", i);
      if (close < 0) break;
      i = close;
    } else if (c === "{") nest++;
    else if (c === "}" && --nest === 0) return i;
  }
  return raiseValueError("unmatched '{' in format");
}

/** One field's text: `name[!conv][:spec]`. */
function replaceField(field: string, ctx: FormatContext, depth: number): string {
  let nameEnd = 0;
  while (nameEnd < field.length && field[nameEnd] !== "!" && field[nameEnd] !== ":") {
    if (field[nameEnd] === "[") nameEnd = field.indexOf("]", nameEnd);
    nameEnd++;
  }
  const name = field.slice(0, nameEnd);
  let conversion = -1;
  let rest = nameEnd;
  if (field[rest] === "!") {
    const c = field[rest + 1];
    if (c !== "r" && c !== "s" && c !== "a") {
      raiseValueError(c === undefined ? "end of format while looking for conversion specifier" : `unknown conversion specifier ${c}`);
    }
    conversion = c.charCodeAt(0);
    rest += 2;
    if (rest < field.length && field[rest] !== ":") raiseValueError("expected ':' after conversion specifier");
  }
  // The field's own value is looked up before nested fields in its spec (they number after it).
  const value = lookupField(name, ctx);
  let spec = rest < field.length ? field.slice(rest + 1) : "";
  if (spec.includes("{")) {
    if (depth >= 2) raiseValueError("Max string recursion exceeded");
    spec = expand(spec, ctx, depth + 1);
  }
  return formatField(value, conversion, spec);
}

/** Resolves `0`, `name`, `` (automatic), then any `.attr` / `[key]` parts. */
function lookupField(name: string, ctx: FormatContext): PyValue {
  let i = 0;
  while (i < name.length && name[i] !== "." && name[i] !== "[") i++;
  const head = name.slice(0, i);
  let value: PyValue;
  if (head.length === 0) value = positional(autoIndex(ctx), ctx);
  else if (/^[0-9]+$/.test(head)) {
    if (ctx.autoIndex > 0) raiseValueError("can't switch from automatic field numbering to manual field specification");
    ctx.autoIndex = -1;
    value = positional(parseInt(head, 10), ctx);
  } else {
    const v = ctx.kw?.get(head);
    if (v === undefined) raiseKeyError(head);
    value = v!;
  }
  while (i < name.length) {
    if (name[i] === ".") {
      let j = i + 1;
      while (j < name.length && name[j] !== "." && name[j] !== "[") j++;
      value = getAttr(value, name.slice(i + 1, j));
      i = j;
    } else {
      const close = name.indexOf("]", i);
      if (close < 0) raiseValueError("Missing ']' in format string");
      const key = name.slice(i + 1, close);
      value = getItem(value, /^[0-9]+$/.test(key) ? parseInt(key, 10) : key);
      i = close + 1;
    }
  }
  return value;
}

function autoIndex(ctx: FormatContext): number {
  if (ctx.autoIndex < 0) raiseValueError("can't switch from manual field specification to automatic field numbering");
  return ctx.autoIndex++;
}

function positional(index: number, ctx: FormatContext): PyValue {
  if (index >= ctx.args.length) raiseIndexError("tuple index out of range");
  return ctx.args[index];
}
