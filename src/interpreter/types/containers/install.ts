// Installs the methods of every container type on its PyType. Import this module once (the builtins do)
// before running Python code. Kept apart from the type files because runtime/function.ts imports
// tuple.ts and dict.ts: a type file importing function.ts back would form a load-order-sensitive cycle.
import {
  defineMethods, builtinMethod, builtinMethodKw, builtinClassMethod, type MethodImpl, PyMethodDescriptor,
} from "../../runtime/function";
import { listType, listMethods, listSort } from "../list";
import { tupleType, type PyTuple } from "../tuple";
import { countItem, indexOfItem } from "./sequence";
import { dictType } from "../dict";
import { setType, frozensetType, setMethods, mutableSetMethods } from "../set";
import { sliceType, sliceIndicesTuple, type PySlice } from "../slice";
import { rangeType, rangeMethods } from "../range";
import { PyTuple as Tuple } from "../tuple";
import "../iterators";
import "../dict-views";
import { dictMethods, dictUpdate, dictFromKeys } from "./dict-methods";
import { None } from "../../runtime/builtin-types";
import type { PyValue } from "../../runtime/object";

defineMethods(listType, {
  append: listMethods.append,
  extend: listMethods.extend,
  insert: listMethods.insert,
  pop: builtinMethod("pop", 0, 1, listMethods.pop),
  remove: listMethods.remove,
  index: builtinMethod("index", 1, 3, listMethods.index),
  count: listMethods.count,
  reverse: listMethods.reverse,
  copy: listMethods.copy,
  clear: listMethods.clear,
  sort: builtinMethodKw("sort", listSort),
});

defineMethods(tupleType, {
  count: (self: PyTuple, x: PyValue) => countItem(self.items, x),
  index: builtinMethod("index", 1, 3, (self: PyTuple, x: PyValue, start: PyValue = None, stop: PyValue = None) =>
    indexOfItem(self.items, x, start, stop)),
});

defineMethods(dictType, {
  get: builtinMethod("get", 1, 2, dictMethods.get),
  setdefault: builtinMethod("setdefault", 1, 2, dictMethods.setdefault),
  pop: builtinMethod("pop", 1, 2, dictMethods.pop),
  popitem: dictMethods.popitem,
  keys: dictMethods.keys,
  values: dictMethods.values,
  items: dictMethods.items,
  copy: dictMethods.copy,
  clear: dictMethods.clear,
  update: builtinMethodKw("update", dictUpdate),
  fromkeys: builtinClassMethod("fromkeys", 1, 2, dictFromKeys),
});

const variadicSetMethods = new Set(["union", "intersection", "difference", "update", "intersection_update", "difference_update"]);
for (const [type, methods] of [[frozensetType, setMethods], [setType, { ...setMethods, ...mutableSetMethods }]] as const) {
  const table: Record<string, MethodImpl | PyMethodDescriptor> = {};
  for (const [name, fn] of Object.entries(methods)) {
    table[name] = variadicSetMethods.has(name) ? builtinMethod(name, 0, -1, fn as MethodImpl) : (fn as MethodImpl);
  }
  defineMethods(type, table);
}

defineMethods(sliceType, {
  indices: (self: PySlice, length: PyValue) => new Tuple(sliceIndicesTuple(self, length)),
});
defineMethods(rangeType, rangeMethods);
