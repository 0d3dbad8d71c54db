// dict.keys(), dict.values(), dict.items(): live views of a dict (len, iteration, membership, repr).
import { PyObject, type PyValue } from "../runtime/object";
import { makeBuiltinType, NotImplemented } from "../runtime/builtin-types";
import type { PyType } from "../runtime/type";
import { PyDict, PyDictIterator, type DictIterKind } from "./dict";
import { PyTuple } from "./tuple";
import { repr, eq } from "./containers/proto";
import { guardedRepr } from "./containers/repr-guard";
import { raiseUnhashable, identityHash } from "./containers/key-protocol";

export const dictKeysType = makeBuiltinType("dict_keys");
export const dictValuesType = makeBuiltinType("dict_values");
export const dictItemsType = makeBuiltinType("dict_items");
for (const t of [dictKeysType, dictValuesType, dictItemsType]) t.isBaseType = false;

const viewTypes: Record<DictIterKind, PyType> = { keys: dictKeysType, values: dictValuesType, items: dictItemsType };

export class PyDictView extends PyObject {
  constructor(readonly dict: PyDict, readonly kind: DictIterKind) {
    super(viewTypes[kind]);
  }
}

export function newDictView(dict: PyDict, kind: DictIterKind): PyDictView {
  return new PyDictView(dict, kind);
}

/** The view's items as a JS array (keys, values, or (key, value) tuples). */
export function viewItems(view: PyDictView): PyValue[] {
  const d = view.dict;
  const out: PyValue[] = [];
  switch (view.kind) {
    case "keys":
      for (const k of d.map.keys()) out.push(d.pythonKey(k));
      break;
    case "values":
      for (const v of d.map.values()) out.push(v);
      break;
    default:
      for (const [k, v] of d.map) out.push(new PyTuple([d.pythonKey(k), v]));
  }
  return out;
}

/** `dict_keys([1, 2])`. */
function viewRepr(view: PyDictView): string {
  return guardedRepr(view, `${view.$type.name}([...])`, () => {
    return `${view.$type.name}([${viewItems(view).map(repr).join(", ")}])`;
  });
}

function viewContains(view: PyDictView, x: PyValue): boolean {
  const d = view.dict;
  switch (view.kind) {
    case "keys":
      return d.has(x);
    case "values":
      for (const v of d.map.values()) if (v === x || eq(v, x)) return true;
      return false;
    default: {
      if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
      const v = d.get(x.items[0]);
      return v !== undefined && (v === x.items[1] || eq(v, x.items[1]));
    }
  }
}

/** Set operations on keys/items views, installed by set.ts (which would otherwise import this file back). */
export const viewSetOps: {
  binary: ((view: PyDictView, other: PyValue, op: "and" | "or" | "sub" | "xor") => PyValue) | null;
  compare: ((view: PyDictView, other: PyValue, op: string) => PyValue) | null;
} = { binary: null, compare: null };

function setOp(op: "and" | "or" | "sub" | "xor") {
  return (self: PyDictView, other: PyValue): PyValue =>
    viewSetOps.binary === null || self.kind === "values" ? NotImplemented : viewSetOps.binary(self, other, op);
}

const commonSlots = {
  repr: viewRepr,
  bool: (self: PyDictView) => self.dict.map.size !== 0,
  len: (self: PyDictView) => self.dict.map.size,
  iter: (self: PyDictView) => new PyDictIterator(self.dict, self.kind),
  contains: viewContains,
};

// Keys and items views are set-like (unhashable, with set operators); values views are neither.
const setLikeSlots = {
  ...commonSlots,
  hash: raiseUnhashable,
  and: setOp("and"),
  or: setOp("or"),
  sub: setOp("sub"),
  xor: setOp("xor"),
  richcompare: (self: PyDictView, other: PyValue, op: string) =>
    viewSetOps.compare === null ? NotImplemented : viewSetOps.compare(self, other, op),
};
dictKeysType.defineSlots(setLikeSlots);
dictItemsType.defineSlots(setLikeSlots);
dictValuesType.defineSlots({ ...commonSlots, hash: (self: PyDictView) => identityHash(self) });
