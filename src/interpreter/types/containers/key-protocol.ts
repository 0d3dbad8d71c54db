// Hashing and equality of dict/set keys that are not str/int/float (tuples, frozensets, user objects).
import { PyObject, type PyValue } from "../../runtime/object";
import { typeOf, NotImplemented, objectType } from "../../runtime/builtin-types";
import { raiseTypeError } from "../../runtime/errors";
import type { PyType } from "../../runtime/type";

/**
 * Hash of a key through its type's `hash` slot. Kept local (rather than the core's protocol `hash`) so
 * that the containers do not depend on load order; the semantics are the same.
 */
export function hashKey(key: PyValue): number {
  const slot = typeOf(key).slots.hash;
  if (slot === undefined) return identityHash(key as PyObject);
  return slot(key);
}

const identityHashes = new WeakMap<object, number>();
let nextIdentityHash = 1;

/** A stable per-object hash for objects whose type has no hash slot (object identity). */
export function identityHash(o: PyObject): number {
  let h = identityHashes.get(o);
  if (h === undefined) {
    h = nextIdentityHash++;
    identityHashes.set(o, h);
  }
  return h;
}

/** `a == b` for key comparison: identity first (as CPython and MicroPython do), then `__eq__` both ways. */
export function keysEqual(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  const ta = typeOf(a);
  const forward = ta.slots.richcompare;
  if (forward !== undefined) {
    const r = forward(a, b, "eq");
    if (r !== NotImplemented) return isTrue(r);
  }
  const tb = typeOf(b);
  const reflected = tb.slots.richcompare;
  if (reflected !== undefined && tb !== ta) {
    const r = reflected(b, a, "eq");
    if (r !== NotImplemented) return isTrue(r);
  }
  return false;
}

function isTrue(r: PyValue): boolean {
  if (typeof r === "boolean") return r;
  if (typeof r === "number") return r !== 0;
  const slot = typeOf(r).slots.bool;
  if (slot !== undefined) return slot(r);
  const len = typeOf(r).slots.len;
  return len === undefined ? true : len(r) !== 0;
}

/**
 * True when objects of this type compare and hash by identity (no `__eq__`/`__hash__` of their own), so a
 * dict can use the object itself as a JS Map key and skip hashing.
 */
export function hasIdentityKeys(type: PyType): boolean {
  const slots = type.slots;
  const base = objectType.slots;
  return slots.richcompare === base.richcompare && slots.hash === base.hash;
}

/** MicroPython: `TypeError: unhashable type: 'list'`. */
export function raiseUnhashable(v: PyValue): never {
  return raiseTypeError(`unhashable type: '${typeOf(v).name}'`);
}
