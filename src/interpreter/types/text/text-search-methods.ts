// The searching methods str and bytes share: find/index/count, startswith/endswith, replace, partition.
import type { PyValue, Kw } from "../../runtime/object";
import { raiseValueError } from "../../runtime/errors";
import { PyTuple } from "../tuple";
import { findIn, countIn, replaceIn } from "./text-ops";
import { type TextKind, type TextMethod, checkArgs, resolveRange, pythonIndex, intArg } from "./text-kind";

function search(kind: TextKind, self: PyValue, args: PyValue[], kw: Kw | null, reverse: boolean): number {
  checkArgs(args, kw, 2, 4);
  const text = kind.text(self);
  const needle = kind.argOrByte(args[0]);
  const range = resolveRange(kind, text, args[1], args[2]);
  if (range === null) return -1;
  const at = findIn(text, needle, range[0], range[1], reverse);
  return at < 0 ? -1 : pythonIndex(kind, text, at);
}

function mustFind(at: number): number {
  if (at < 0) raiseValueError("substring not found");
  return at;
}

function count(kind: TextKind, self: PyValue, args: PyValue[], kw: Kw | null): number {
  checkArgs(args, kw, 2, 4);
  const text = kind.text(self);
  const needle = kind.argOrByte(args[0]);
  const range = resolveRange(kind, text, args[1], args[2]);
  if (range === null) return 0;
  if (needle.length === 0) {
    // Empty matches sit between characters, so count code points rather than UTF-16 units.
    const first = pythonIndex(kind, text, range[0]);
    const last = pythonIndex(kind, text, range[1]);
    return Math.max(0, last - first + 1);
  }
  return countIn(text, needle, range[0], range[1]);
}

/** startswith/endswith: the prefix may be a tuple of alternatives. */
function affix(kind: TextKind, self: PyValue, args: PyValue[], kw: Kw | null, atEnd: boolean): boolean {
  checkArgs(args, kw, 2, 4);
  const text = kind.text(self);
  const range = resolveRange(kind, text, args[1], args[2]);
  const candidates = args[0] instanceof PyTuple ? args[0].items : [args[0]];
  for (const candidate of candidates) {
    const affixText = kind.arg(candidate);
    if (range === null) continue;
    const [start, end] = range;
    if (end - start < affixText.length) continue;
    const at = atEnd ? end - affixText.length : start;
    if (text.startsWith(affixText, at)) return true;
  }
  return false;
}

function replace(kind: TextKind, self: PyValue, args: PyValue[], kw: Kw | null): PyValue {
  checkArgs(args, kw, 3, 4);
  const text = kind.text(self);
  const old = kind.arg(args[0]);
  const replacement = kind.arg(args[1]);
  const limit = args.length > 2 ? intArg(args[2]) : -1;
  return kind.make(replaceIn(text, old, replacement, limit));
}

function partition(kind: TextKind, self: PyValue, args: PyValue[], kw: Kw | null, reverse: boolean): PyValue {
  checkArgs(args, kw, 2, 2);
  const text = kind.text(self);
  const sep = kind.arg(args[0]);
  if (sep.length === 0) raiseValueError("empty separator");
  const at = reverse ? text.lastIndexOf(sep) : text.indexOf(sep);
  if (at < 0) {
    const empty = kind.make("");
    return new PyTuple(reverse ? [empty, empty, kind.make(text)] : [kind.make(text), empty, empty]);
  }
  return new PyTuple([kind.make(text.slice(0, at)), kind.make(sep), kind.make(text.slice(at + sep.length))]);
}

/** The search methods bound to one text kind. */
export function searchMethods(kind: TextKind): Record<string, TextMethod> {
  return {
    find: (self, args, kw) => search(kind, self, args, kw, false),
    rfind: (self, args, kw) => search(kind, self, args, kw, true),
    index: (self, args, kw) => mustFind(search(kind, self, args, kw, false)),
    rindex: (self, args, kw) => mustFind(search(kind, self, args, kw, true)),
    count: (self, args, kw) => count(kind, self, args, kw),
    startswith: (self, args, kw) => affix(kind, self, args, kw, false),
    endswith: (self, args, kw) => affix(kind, self, args, kw, true),
    replace: (self, args, kw) => replace(kind, self, args, kw),
    partition: (self, args, kw) => partition(kind, self, args, kw, false),
    rpartition: (self, args, kw) => partition(kind, self, args, kw, true),
  };
}
