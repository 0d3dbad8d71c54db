// Recognises floats and str-subclass instances (which a dict must treat as the number or string they equal)
// without importing types/float.ts or types/str.ts: tuple.ts and dict.ts are imported by runtime/function.ts,
// and those type files import half the runtime, so a static import would make a load-order cycle.
import type { PyObject } from "../../runtime/object";
import { builtinTypes } from "../../runtime/builtin-types";
import type { PyType } from "../../runtime/type";

let floatType: PyType | undefined;
let strType: PyType | undefined;

/** The float value of a float (or float subclass) instance, or undefined for any other object. */
export function floatValueOf(o: PyObject): number | undefined {
  const ft = (floatType ??= builtinTypes.get("float"));
  if (ft === undefined) return undefined;
  const t = o.$type;
  if (t === ft || (t.mro.length > 2 && t.isSubtypeOf(ft))) return (o as unknown as { value: number }).value;
  return undefined;
}

/**
 * The string of a str-subclass instance that keeps str's hashing and equality (so `S('a')` and `'a'` are
 * the same key), or undefined.
 */
export function strSubclassValueOf(o: PyObject): string | undefined {
  const t = o.$type;
  if (t.mro.length <= 2) return undefined; // plain objects: [T, object]
  const st = (strType ??= builtinTypes.get("str"));
  if (st === undefined || !t.isSubtypeOf(st)) return undefined;
  if (t.slots.hash !== st.slots.hash || t.slots.richcompare !== st.slots.richcompare) return undefined;
  const value = (o as unknown as { value?: unknown }).value;
  return typeof value === "string" ? value : undefined;
}
