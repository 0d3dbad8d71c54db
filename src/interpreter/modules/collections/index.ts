// The `collections` module: deque, namedtuple, OrderedDict.
import { builtinFunction } from "../../runtime/function";
import { PyModule } from "../../types/module";
import { dequeType } from "./deque";
import { namedtuple } from "./namedtuple";
import { orderedDictType } from "./ordered-dict";

export function createCollectionsModule(): PyModule {
  const m = new PyModule("collections");
  m.set("deque", dequeType);
  m.set("namedtuple", builtinFunction("namedtuple", 2, 2, namedtuple));
  m.set("OrderedDict", orderedDictType);
  return m;
}
