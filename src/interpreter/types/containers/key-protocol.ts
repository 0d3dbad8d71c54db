// Hashing and equality of dict/set keys that are not str/int/float (tuples, frozensets, user objects).
import { PyObject, type PyValue } from "../../runtime/object";
import { typeOf, NotImplemented, objectType } from "../../runtime/builtin-types";
import { raiseTypeError } from "../../runtime/errors";
import type { PyType } from "../../runtime/type";
import { floatValueOf } from "./primitive-key";

/**
 * Hash of a key through its type's `hash` slot. Kept local (rather than the core's protocol `hash`) so
 * that the containers do not depend on load order; the semantics are the same.
 */
export function hashKey(key: PyValue): number {
  switch (typeof key) {
    case "number":
      return hashNumber(key);
    case "string":
      return hashString(key);
    case "boolean":
      return key ? 1 : 0;
    case "bigint":
      return hashBigInt(key);
  }
  const fv = floatValueOf(key);
  if (fv !== undefined) return hashFloat(fv);
  const slot = key.$type.slots.hash;
  if (slot === undefined) return identityHash(key as PyObject);
  return slot(key);
}

/** Python's int hash for safe integers (-1 is reserved, so it hashes as -2), folded into 32 bits for mixing. */
export function hashNumber(n: number): number {
  if (n === -1) return -2;
  return n >= -0x80000000 && n <= 0x7fffffff ? n : hashBigInt(BigInt(n));
}

const HASH_MODULUS = (1n << 61n) - 1n;

/** Big ints hash modulo 2**61-1 as in CPython (then folded to 32 bits; only consistency matters here). */
export function hashBigInt(b: bigint): number {
  const r = Number((b < 0n ? -(-b % HASH_MODULUS) : b % HASH_MODULUS) & 0xffffffffn);
  return r | 0;
}

/** A float hashes as the int it equals when integral, so 1.0 and 1 share a hash. */
export function hashFloat(x: number): number {
  if (Number.isInteger(x)) return Number.isSafeInteger(x) ? hashNumber(x) : hashBigInt(BigInt(x));
  if (Number.isNaN(x)) return 0;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return (view.getInt32(0) ^ Math.imul(view.getInt32(4), 0x9e3779b1)) | 0;
}

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** One step of combining the item hashes of an ordered collection (tuples): `h` so far, item hash `x` at `i`. */
export function combineHash(h: number, x: number, i: number): number {
  return (Math.imul(h ^ x, 1000003) + 82520 + i + i) | 0;
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
