// Recognises float objects without importing types/float.ts: tuple.ts and dict.ts are imported by
// runtime/function.ts, and float.ts imports half the runtime, so a static import would make a load-order cycle.
import type { PyObject } from "../../runtime/object";
import { builtinTypes } from "../../runtime/builtin-types";
import type { PyType } from "../../runtime/type";

let floatType: PyType | undefined;

/** The float value of a float (or float subclass) instance, or undefined for any other object. */
export function floatValueOf(o: PyObject): number | undefined {
  const ft = (floatType ??= builtinTypes.get("float"));
  if (ft === undefined) return undefined;
  const t = o.$type;
  if (t === ft || (t.mro.length > 2 && t.isSubtypeOf(ft))) return (o as unknown as { value: number }).value;
  return undefined;
}
