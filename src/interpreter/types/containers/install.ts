// Installs the methods of every container type on its PyType. Import this module once (the builtins do)
// before running Python code. Kept apart from the type files because runtime/function.ts imports
// tuple.ts and dict.ts: a type file importing function.ts back would form a load-order-sensitive cycle.
import { defineMethods, builtinMethod, builtinMethodKw } from "../../runtime/function";
import { listType, listMethods, listSort } from "../list";

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
