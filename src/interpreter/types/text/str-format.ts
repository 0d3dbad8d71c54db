// str.format: replacement fields with auto/manual numbering, keyword names, .attr and [index] lookups, !r/!s, nested specs.
import type { PyValue, Kw } from "../../runtime/object";
import { raiseValueError, raiseIndexError, raiseKeyError } from "../../runtime/errors";
import { checkQstr } from "./qstr";
import { getAttr, getItem } from "../../runtime/protocol";
import { formatField } from "./format-value";

/** A parsed template piece: literal text, a replacement field, or an error met at this point of the scan. */
type Segment =
  | { kind: "text"; text: string }
  | { kind: "field"; name: string; conversion: number; spec: string; nestedSpec: boolean }
  | { kind: "error"; message: string };

/** Shared state while formatting one template: the arguments and the automatic field counter. */
interface FormatContext {
  args: PyValue[];
  kw: Kw | null;
  /** Next automatic index; -1 once manual numbering was used. */
  autoIndex: number;
}

/** Templates are nearly always literals, so their parse is kept (bounded, cleared when full). */
const templateCache = new Map<string, Segment[]>();
const TEMPLATE_CACHE_LIMIT = 512;

/** `template.format(*args, **kw)`. */
export function strFormat(template: string, args: PyValue[], kw: Kw | null): string {
  return expand(template, { args, kw, autoIndex: 0 }, 0);
}

function expand(template: string, ctx: FormatContext, depth: number): string {
  const segments = parsedTemplate(template);
  let out = "";
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    if (s.kind === "text") out += s.text;
    else if (s.kind === "field") out += replaceField(s, ctx, depth);
    else raiseValueError(s.message);
  }
  return out;
}

function parsedTemplate(template: string): Segment[] {
  let segments = templateCache.get(template);
  if (segments === undefined) {
    segments = parseTemplate(template);
    if (templateCache.size >= TEMPLATE_CACHE_LIMIT) templateCache.clear();
    templateCache.set(template, segments);
  }
  return segments;
}

/** Splits a template into segments; a syntax error becomes an error segment where the scan meets it. */
function parseTemplate(template: string): Segment[] {
  const segments: Segment[] = [];
  let text = "";
  let i = 0;
  const n = template.length;
  while (i < n) {
    const open = template.indexOf("{", i);
    const close = template.indexOf("}", i);
    if (close >= 0 && (open < 0 || close < open)) {
      // A '}' outside a field must be doubled.
      text += template.slice(i, close + 1);
      if (template[close + 1] !== "}") return finish(segments, text, "single '}' encountered in format string");
      i = close + 2;
      continue;
    }
    if (open < 0) {
      text += template.slice(i);
      break;
    }
    text += template.slice(i, open);
    if (template[open + 1] === "{") {
      text += "{";
      i = open + 2;
      continue;
    }
    const end = fieldEnd(template, open + 1);
    if (end < 0) return finish(segments, text, "unmatched '{' in format");
    if (text.length > 0) segments.push({ kind: "text", text });
    text = "";
    segments.push(parseField(template.slice(open + 1, end)));
    i = end + 1;
  }
  return finish(segments, text, null);
}

function finish(segments: Segment[], text: string, error: string | null): Segment[] {
  if (text.length > 0) segments.push({ kind: "text", text });
  if (error !== null) segments.push({ kind: "error", message: error });
  return segments;
}

/** Index of the '}' closing the field that starts at `start` (nested braces in the spec count), or -1. */
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
  return -1;
}

/** One field's text: `name[!conv][:spec]`. */
function parseField(field: string): Segment {
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
      const message = c === undefined ? "end of format while looking for conversion specifier" : `unknown conversion specifier ${c}`;
      return { kind: "error", message };
    }
    conversion = c.charCodeAt(0);
    rest += 2;
    if (rest < field.length && field[rest] !== ":") return { kind: "error", message: "expected ':' after conversion specifier" };
  }
  const spec = rest < field.length ? field.slice(rest + 1) : "";
  return { kind: "field", name, conversion, spec, nestedSpec: spec.includes("{") };
}

function replaceField(field: Extract<Segment, { kind: "field" }>, ctx: FormatContext, depth: number): string {
  // The field's own value is looked up before nested fields in its spec (they number after it).
  const value = lookupField(field.name, ctx);
  let spec = field.spec;
  if (field.nestedSpec) {
    if (depth >= 2) raiseValueError("Max string recursion exceeded");
    spec = expand(spec, ctx, depth + 1);
  }
  return formatField(value, field.conversion, spec);
}

/** Resolves `0`, `name`, `` (automatic), then any `.attr` / `[key]` parts. */
function lookupField(name: string, ctx: FormatContext): PyValue {
  if (name.length === 0) return positional(autoIndex(ctx), ctx);
  let i = 0;
  while (i < name.length && name[i] !== "." && name[i] !== "[") i++;
  const head = i === name.length ? name : name.slice(0, i);
  let value: PyValue;
  if (isDigits(head)) {
    if (ctx.autoIndex > 0) raiseValueError("can't switch from automatic field numbering to manual field specification");
    ctx.autoIndex = -1;
    value = positional(parseInt(head, 10), ctx);
  } else if (head.length === 0) {
    value = positional(autoIndex(ctx), ctx);
  } else {
    // The keyword is looked up as an interned name.
    const v = ctx.kw?.get(checkQstr(head));
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
      value = getItem(value, isDigits(key) ? parseInt(key, 10) : key);
      i = close + 1;
    }
  }
  return value;
}

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function autoIndex(ctx: FormatContext): number {
  if (ctx.autoIndex < 0) raiseValueError("can't switch from manual field specification to automatic field numbering");
  return ctx.autoIndex++;
}

function positional(index: number, ctx: FormatContext): PyValue {
  if (index >= ctx.args.length) raiseIndexError("tuple index out of range");
  return ctx.args[index];
}
