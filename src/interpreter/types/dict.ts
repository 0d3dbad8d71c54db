// The dict type: an insertion-ordered hash table (a JS Map keyed by a canonical form of each Python key).
import { PyObject, type PyValue } from "../runtime/object";
import { makeBuiltinType, builtinTypes } from "../runtime/builtin-types";
import type { PyType } from "../runtime/type";
import { PyFloat } from "./float";
import { hashKey, keysEqual, hasIdentityKeys } from "./containers/key-protocol";

export const dictType = makeBuiltinType("dict");
builtinTypes.set("dict", dictType);

/**
 * The JS Map key that stands for a Python key. str, int (number/bigint) are their own canonical key, so
 * the hot paths do no work; bool and integral floats become the int they equal (`{1, True, 1.0}` is one
 * key); objects with `__eq__`/`__hash__` are represented by the first equal key object that was stored.
 */
type CanonicalKey = string | number | bigint | PyObject;

/** Canonical form of a float value: an int when integral (1.0 → 1, 1e20 → 10**20), the number otherwise. */
function floatKey(x: number): number | bigint {
  if (Number.isInteger(x) && !Number.isSafeInteger(x)) return BigInt(x);
  return x === 0 ? 0 : x; // -0.0 == 0
}

export class PyDict extends PyObject {
  /** Canonical key → value, in insertion order. */
  readonly map: Map<CanonicalKey, PyValue> = new Map();
  /** The Python key when it differs from its canonical form (True for 1, 2.0 for 2); null while none does. */
  originalKeys: Map<CanonicalKey, PyValue> | null = null;
  /** hash → stored key objects compared by `__eq__`, so an equal key finds its representative. */
  buckets: Map<number, PyObject[]> | null = null;
  /** Bumped on every insertion or deletion, so iterators detect a size change during iteration. */
  version = 0;
  /** Attributes of instances of user subclasses of dict. */
  $dict: Record<string, PyValue> | undefined;

  constructor(type: PyType = dictType) {
    super(type);
  }

  get size(): number {
    return this.map.size;
  }

  // ---- hot paths: str keys -------------------------------------------------------------------
  getStr(name: string): PyValue | undefined {
    return this.map.get(name);
  }

  setStr(name: string, value: PyValue): void {
    const map = this.map;
    if (!map.has(name)) this.version++;
    map.set(name, value);
  }

  deleteStr(name: string): boolean {
    if (!this.map.delete(name)) return false;
    this.version++;
    return true;
  }

  // ---- any hashable key ---------------------------------------------------------------------
  get(key: PyValue): PyValue | undefined {
    if (typeof key === "string" || typeof key === "number") return this.map.get(key);
    const canonical = this.findCanonical(key);
    return canonical === undefined ? undefined : this.map.get(canonical);
  }

  has(key: PyValue): boolean {
    if (typeof key === "string" || typeof key === "number") return this.map.has(key);
    const canonical = this.findCanonical(key);
    return canonical !== undefined && this.map.has(canonical);
  }

  set(key: PyValue, value: PyValue): void {
    const map = this.map;
    if (typeof key === "string" || typeof key === "number") {
      if (!map.has(key)) this.version++;
      map.set(key, value);
      return;
    }
    const canonical = this.findCanonical(key);
    if (canonical !== undefined && map.has(canonical)) {
      map.set(canonical, value); // the first key stays, as in Python
      return;
    }
    this.insertNew(key, value);
  }

  /** Removes a key; returns false when it was absent. */
  delete(key: PyValue): boolean {
    if (typeof key === "string" || typeof key === "number") {
      if (!this.map.delete(key)) return false;
      this.version++;
      if (this.originalKeys !== null) this.originalKeys.delete(key);
      return true;
    }
    const canonical = this.findCanonical(key);
    if (canonical === undefined || !this.map.delete(canonical)) return false;
    this.version++;
    this.forgetCanonical(canonical);
    return true;
  }

  clear(): void {
    this.map.clear();
    this.originalKeys = null;
    this.buckets = null;
    this.version++;
  }

  /** The Python key stored for a canonical key. */
  pythonKey(canonical: CanonicalKey): PyValue {
    if (this.originalKeys !== null && typeof canonical !== "string") {
      const original = this.originalKeys.get(canonical);
      if (original !== undefined) return original;
    }
    return canonical;
  }

  *keys(): IterableIterator<PyValue> {
    for (const k of this.map.keys()) yield this.pythonKey(k);
  }

  *entries(): IterableIterator<[PyValue, PyValue]> {
    for (const [k, v] of this.map) yield [this.pythonKey(k), v];
  }

  values(): IterableIterator<PyValue> {
    return this.map.values();
  }

  [Symbol.iterator](): IterableIterator<[PyValue, PyValue]> {
    return this.entries();
  }

  /** Keys as an array, in order (for popitem, repr of views, copies). */
  keyArray(): PyValue[] {
    const out: PyValue[] = [];
    for (const k of this.map.keys()) out.push(this.pythonKey(k));
    return out;
  }

  // ---- canonical keys ------------------------------------------------------------------------
  /**
   * The canonical key under which an equal key would be stored (whether or not it is present), or
   * undefined when no stored key equals an object key. Raises TypeError for unhashable keys.
   */
  findCanonical(key: PyValue): CanonicalKey | undefined {
    switch (typeof key) {
      case "string":
      case "number":
      case "bigint":
        return key;
      case "boolean":
        return key ? 1 : 0;
    }
    if (key instanceof PyFloat) return floatKey(key.value);
    const type = key.$type;
    if (hasIdentityKeys(type)) return key;
    const h = hashKey(key);
    const bucket = this.buckets?.get(h);
    if (bucket === undefined) return undefined;
    for (const stored of bucket) if (stored === key || keysEqual(stored, key)) return stored;
    return undefined;
  }

  private insertNew(key: PyValue, value: PyValue): void {
    this.version++;
    if (typeof key === "bigint") {
      this.map.set(key, value);
      return;
    }
    if (typeof key === "boolean" || key instanceof PyFloat) {
      const canonical = typeof key === "boolean" ? (key ? 1 : 0) : floatKey((key as PyFloat).value);
      this.map.set(canonical, value);
      (this.originalKeys ??= new Map()).set(canonical, key);
      return;
    }
    const obj = key as PyObject;
    if (!hasIdentityKeys(obj.$type)) {
      const h = hashKey(obj);
      const buckets = (this.buckets ??= new Map());
      const bucket = buckets.get(h);
      if (bucket === undefined) buckets.set(h, [obj]);
      else bucket.push(obj);
    }
    this.map.set(obj, value);
  }

  private forgetCanonical(canonical: CanonicalKey): void {
    if (typeof canonical !== "object") {
      if (this.originalKeys !== null) this.originalKeys.delete(canonical);
      return;
    }
    if (this.buckets === null || hasIdentityKeys(canonical.$type)) return;
    const h = hashKey(canonical);
    const bucket = this.buckets.get(h);
    if (bucket === undefined) return;
    const at = bucket.indexOf(canonical);
    if (at >= 0) bucket.splice(at, 1);
    if (bucket.length === 0) this.buckets.delete(h);
  }
}

/** `d[key]` lookup for the compiler's fast path: undefined when missing (the caller raises KeyError). */
export function dictGet(d: PyDict, key: PyValue): PyValue | undefined {
  return typeof key === "string" || typeof key === "number" ? d.map.get(key) : d.get(key);
}

/** `d[key] = value` for the compiler's fast path. */
export function dictSet(d: PyDict, key: PyValue, value: PyValue): void {
  d.set(key, value);
}
