// The protocol operations the container types need, in one place: the core's entry points (runtime/protocol.ts)
// plus a few container-specific fast paths (toArray for lists/tuples, lessThan for sorting).
import { type PyValue, STOP } from "../../runtime/object";
import { getIter, iterNext, truthy, richCompare } from "../../runtime/protocol";
import { iterSeq } from "./seq-iterator";

export { repr, str, eq, truthy, getIter, iterNext, len, callObject, richCompare, hash } from "../../runtime/protocol";

/** Every item of an iterable, into a fresh JS array (a plain copy for lists and tuples). */
export function toArray(iterable: PyValue): PyValue[] {
  // Lists and tuples (and subclasses that keep their iteration) expose their items array directly.
  if (typeof iterable === "object" && iterable.$type.slots.iter === iterSeq) {
    return (iterable as unknown as { items: PyValue[] }).items.slice();
  }
  const it = getIter(iterable);
  const out: PyValue[] = [];
  for (let x = iterNext(it); x !== STOP; x = iterNext(it)) out.push(x);
  return out;
}

/** `a < b` as a boolean (the only comparison sorting uses). */
export function lessThan(a: PyValue, b: PyValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  if (typeof a === "string" && typeof b === "string") return a < b;
  return truthy(richCompare(a, b, "lt"));
}
