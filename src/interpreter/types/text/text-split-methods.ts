// The splitting and joining methods str and bytes share: split/rsplit/splitlines, strip family, join.
import type { PyValue, Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { raiseTypeError, raiseValueError } from "../../runtime/errors";
import { PyList } from "../list";
import { splitWhitespace, rsplitWhitespace, splitOn, rsplitOn, splitLines, stripText } from "./text-ops";
import { type TextKind, type TextMethod, checkArgs, argOrKw, intArg } from "./text-kind";
import { getIter, iterNext, truthy } from "../../runtime/protocol";
import { STOP } from "../../runtime/object";
import { PyTuple } from "../tuple";

function makeList(kind: TextKind, parts: string[]): PyList {
  const items: PyValue[] = new Array(parts.length);
  for (let i = 0; i < parts.length; i++) items[i] = kind.make(parts[i]);
  return new PyList(items);
}

function split(kind: TextKind, self: PyValue, args: PyValue[], kw: Kw | null, reverse: boolean): PyValue {
  checkArgs(args, kw, 1, 3, true);
  const text = kind.text(self);
  const sepArg = argOrKw(args, kw, 0, "sep");
  const maxArg = argOrKw(args, kw, 1, "maxsplit");
  const maxsplit = maxArg === undefined ? -1 : intArg(maxArg);
  if (sepArg === undefined || sepArg === None) {
    const parts = reverse ? rsplitWhitespace(text, maxsplit, kind.unicode) : splitWhitespace(text, maxsplit, kind.unicode);
    return makeList(kind, parts);
  }
  const sep = kind.arg(sepArg);
  if (sep.length === 0) raiseValueError("empty separator");
  return makeList(kind, reverse ? rsplitOn(text, sep, maxsplit) : splitOn(text, sep, maxsplit));
}

function splitlines(kind: TextKind, self: PyValue, args: PyValue[], kw: Kw | null): PyValue {
  checkArgs(args, kw, 1, 2, true);
  const keep = argOrKw(args, kw, 0, "keepends");
  return makeList(kind, splitLines(kind.text(self), keep !== undefined && truthy(keep), kind.unicode));
}

function strip(kind: TextKind, self: PyValue, args: PyValue[], kw: Kw | null, left: boolean, right: boolean): PyValue {
  checkArgs(args, kw, 1, 2);
  const text = kind.text(self);
  const chars = args.length === 0 || args[0] === None ? null : kind.arg(args[0]);
  const stripped = stripText(text, chars, left, right, kind.unicode);
  return stripped === text && typeof self === "string" ? self : kind.make(stripped);
}

function join(kind: TextKind, self: PyValue, args: PyValue[], kw: Kw | null): PyValue {
  checkArgs(args, kw, 2, 2);
  const sep = kind.text(self);
  const items = collectItems(args[0]);
  const parts: string[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) parts[i] = joinItem(kind, items[i]);
  return kind.make(parts.join(sep));
}

function joinItem(kind: TextKind, item: PyValue): string {
  if (typeof item === "string" && kind.unicode) return item;
  try {
    return kind.arg(item);
  } catch {
    return raiseTypeError("join expects a list of str/bytes objects consistent with self object");
  }
}

/** The items of a list or tuple directly, of any other iterable by iterating. */
function collectItems(iterable: PyValue): PyValue[] {
  if (iterable instanceof PyList || iterable instanceof PyTuple) return iterable.items;
  const items: PyValue[] = [];
  const it = getIter(iterable);
  for (let v = iterNext(it); v !== STOP; v = iterNext(it)) items.push(v);
  return items;
}

/** The split/join methods bound to one text kind. */
export function splitMethods(kind: TextKind): Record<string, TextMethod> {
  return {
    split: (self, args, kw) => split(kind, self, args, kw, false),
    rsplit: (self, args, kw) => split(kind, self, args, kw, true),
    splitlines: (self, args, kw) => splitlines(kind, self, args, kw),
    strip: (self, args, kw) => strip(kind, self, args, kw, true, true),
    lstrip: (self, args, kw) => strip(kind, self, args, kw, true, false),
    rstrip: (self, args, kw) => strip(kind, self, args, kw, false, true),
    join: (self, args, kw) => join(kind, self, args, kw),
  };
}
