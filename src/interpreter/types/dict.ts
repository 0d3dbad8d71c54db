// The dict type: an insertion-ordered hash table (a JS Map keyed by a canonical form of each Python key).
import { PyObject, STOP, type PyValue, type Kw, type IterResult } from "../runtime/object";
import { makeBuiltinType, builtinTypes, NotImplemented } from "../runtime/builtin-types";
import { raiseKeyError, raiseRuntimeError, raiseTypeError } from "../runtime/errors";
import type { PyType, CompareOp } from "../runtime/type";
import { PyTuple } from "./tuple";
import { repr, eq } from "./containers/proto";
import { guardedRepr } from "./containers/repr-guard";
import { floatValueOf, strSubclassValueOf } from "./containers/primitive-key";
import { hashKey, keysEqual, hasIdentityKeys, raiseUnhashable } from "./containers/key-protocol";

export const dictType = makeBuiltinType("dict");
builtinTypes.set("dict", dictType);

/**
 * The JS Map key that stands for a Python key. str, int (number/bigint) are their own canonical key, so
 * the hot paths do no work; bool and integral floats become the int they equal (`{1, True, 1.0}` is one
 * key); objects with `__eq__`/`__hash__` are represented by the first equal key object that was stored.
 */
export type CanonicalKey = string | number | bigint | PyObject;

/** Canonical form of a float value: an int when integral (1.0 → 1, 1e20 → 10**20), the number otherwise. */
function floatKey(x: number): number | bigint {
  if (Number.isInteger(x) && !Number.isSafeInteger(x)) return BigInt(x);
  return x === 0 ? 0 : x; // -0.0 == 0
}

export class PyDict extends PyObject {
  /** Canonical key → value, in insertion order. */
  readonly map: Map<CanonicalKey, PyValue> = new Map();
  /** The Python key when it differs from its canonical form (True for 1, 2.0 for 2, a str subclass instance
   * for its string); null while none does, which keeps the common paths free of lookups. */
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
    const before = map.size;
    map.set(name, value);
    if (map.size !== before) this.version++; // one hash lookup instead of has() + set()
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
      const before = map.size;
      map.set(key, value);
      if (map.size !== before) this.version++;
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
    if (this.originalKeys !== null) {
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

  /** The hash used to find an object key's bucket (OrderedDict overrides it to accept unhashable keys). */
  protected keyHash(key: PyObject): number {
    return hashKey(key);
  }

  /** A new empty dict of the same builtin kind (dict for user subclasses, as `copy()` and `|` return). */
  emptyLike(): PyDict {
    return new PyDict(this.$type.isUserClass ? dictType : this.$type);
  }

  // ---- canonical keys ------------------------------------------------------------------------
  /**
   * The canonical key under which an equal key would be stored (whether or not it is present), or
   * undefined when no stored key equals an object key. Raises TypeError for unhashable keys.
   */
  findCanonical(key: PyValue): CanonicalKey | undefined {
    // MicroPython does not hash a key looked up in an empty dict: `{}[:]` is a KeyError, not a TypeError.
    if (this.map.size === 0 && typeof key === "object") return undefined;
    switch (typeof key) {
      case "string":
      case "number":
      case "bigint":
        return key;
      case "boolean":
        return key ? 1 : 0;
    }
    const fv = floatValueOf(key);
    if (fv !== undefined) return floatKey(fv);
    const sv = strSubclassValueOf(key);
    if (sv !== undefined) return sv;
    const type = key.$type;
    if (hasIdentityKeys(type)) return key;
    const h = this.keyHash(key);
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
    if (typeof key === "boolean") {
      this.insertAlias(key ? 1 : 0, key, value);
      return;
    }
    const obj = key as PyObject;
    const fv = floatValueOf(obj);
    if (fv !== undefined) {
      this.insertAlias(floatKey(fv), key, value);
      return;
    }
    const sv = strSubclassValueOf(obj);
    if (sv !== undefined) {
      this.insertAlias(sv, key, value);
      return;
    }
    if (!hasIdentityKeys(obj.$type)) {
      const h = this.keyHash(obj);
      const buckets = (this.buckets ??= new Map());
      const bucket = buckets.get(h);
      if (bucket === undefined) buckets.set(h, [obj]);
      else bucket.push(obj);
    }
    this.map.set(obj, value);
  }

  /** Stores a key whose canonical form differs from the key itself (True → 1, 2.0 → 2). */
  private insertAlias(canonical: number | bigint | string, key: PyValue, value: PyValue): void {
    this.map.set(canonical, value);
    (this.originalKeys ??= new Map()).set(canonical, key);
  }

  private forgetCanonical(canonical: CanonicalKey): void {
    if (typeof canonical !== "object") {
      if (this.originalKeys !== null) this.originalKeys.delete(canonical);
      return;
    }
    if (this.buckets === null || hasIdentityKeys(canonical.$type)) return;
    const h = this.keyHash(canonical);
    const bucket = this.buckets.get(h);
    if (bucket === undefined) return;
    const at = bucket.indexOf(canonical);
    if (at >= 0) bucket.splice(at, 1);
    if (bucket.length === 0) this.buckets.delete(h);
  }
}

/** `d.get(key)` for the compiler's fast path: undefined when missing. */
export function dictGet(d: PyDict, key: PyValue): PyValue | undefined {
  return typeof key === "string" || typeof key === "number" ? d.map.get(key) : d.get(key);
}

/** `d[key]`: raises KeyError when missing. */
export function dictGetItem(d: PyDict, key: PyValue): PyValue {
  const v = typeof key === "string" || typeof key === "number" ? d.map.get(key) : d.get(key);
  if (v === undefined) return raiseKeyError(key);
  return v;
}

/** `d[key] = value` for the compiler's fast path. */
export function dictSet(d: PyDict, key: PyValue, value: PyValue): void {
  d.set(key, value);
}

/** `del d[key]`: raises KeyError when missing. */
export function dictDelItem(d: PyDict, key: PyValue): void {
  if (!d.delete(key)) raiseKeyError(key);
}

/** Marks `**mapping` in the flat list `dictFromDisplay` takes. */
export const DICT_SPREAD: unique symbol = Symbol("DICT_SPREAD");

/**
 * A dict display `{k1: v1, **m, k2: v2}` as the compiler flattens it: `[k1, v1, DICT_SPREAD, m, k2, v2]`.
 * Later keys win, as in Python.
 */
export function dictFromDisplay(parts: (PyValue | typeof DICT_SPREAD)[] = []): PyDict {
  const d = new PyDict();
  for (let i = 0; i < parts.length; i += 2) {
    const k = parts[i];
    if (k === DICT_SPREAD) dictUpdateFrom(d, parts[i + 1] as PyValue);
    else d.set(k, parts[i + 1] as PyValue);
  }
  return d;
}

export function newDict(): PyDict {
  return new PyDict();
}

// ---- slots -----------------------------------------------------------------------------------

/** `{1: 'a', 'b': 2}` (`{...}` for a dict inside itself). */
export function dictRepr(d: PyDict): string {
  return guardedRepr(d, "{...}", () => {
    let out = "{";
    let first = true;
    for (const [k, v] of d.map) {
      out += (first ? "" : ", ") + repr(d.pythonKey(k)) + ": " + repr(v);
      first = false;
    }
    return out + "}";
  });
}

/** Same keys mapping to equal values (order does not matter). */
export function dictsEqual(a: PyDict, b: PyDict): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [k, v] of a.map) {
    const w = b.get(a.pythonKey(k));
    if (w === undefined || (w !== v && !eq(v, w))) return false;
  }
  return true;
}

function dictRichCompare(self: PyDict, other: PyValue, op: CompareOp): PyValue {
  if (!(other instanceof PyDict) || (op !== "eq" && op !== "ne")) return NotImplemented;
  return dictsEqual(self, other) === (op === "eq");
}

/** Copies every entry of `src` into `dst` (keeping src's original keys). */
export function dictMerge(dst: PyDict, src: PyDict): void {
  if (src.originalKeys === null && src.buckets === null && dst.buckets === null) {
    for (const [k, v] of src.map) dst.set(k, v);
    return;
  }
  for (const [k, v] of src.map) dst.set(src.pythonKey(k), v);
}

/** `a | b`: a new dict (of a's type when it is a builtin subtype such as OrderedDict). */
function dictOr(self: PyDict, other: PyValue): PyValue {
  if (!(other instanceof PyDict)) return NotImplemented;
  const out = self.emptyLike();
  dictMerge(out, self);
  dictMerge(out, other);
  return out;
}

function dictIor(self: PyDict, other: PyValue): PyValue {
  dictUpdateFrom(self, other);
  return self;
}

/** Update hook installed by containers/dict-methods.ts (update from mappings and iterables of pairs). */
export let dictUpdateFrom: (d: PyDict, source: PyValue) => void = (d, source) => {
  if (!(source instanceof PyDict)) throw new Error("dict update not installed");
  dictMerge(d, source);
};
export function setDictUpdateFrom(fn: (d: PyDict, source: PyValue) => void): void {
  dictUpdateFrom = fn;
}

/** `dict.__new__`: an empty dict of `type`; `__init__` fills it. */
function dictNew(type: PyType): PyValue {
  return new PyDict(type);
}

/** `dict(mapping_or_pairs, **kw)` / `dict.__init__`. */
export function dictInit(self: PyDict, args: PyValue[], kw: Kw | null): void {
  if (args.length > 1) raiseTypeError(`function expected at most 1 arguments, got ${args.length}`);
  if (args.length === 1) dictUpdateFrom(self, args[0]);
  if (kw !== null) for (const [name, v] of kw) self.setStr(name, v);
}

// A named object (not a literal argument): TypeSlots' binary-operator index signature rejects literal keys.
const dictSlots = {
  repr: dictRepr,
  hash: raiseUnhashable,
  richcompare: dictRichCompare,
  bool: (self: PyDict) => self.map.size !== 0,
  len: (self: PyDict) => self.map.size,
  iter: (self: PyDict) => new PyDictIterator(self, "keys"),
  getitem: dictGetItem,
  setitem: dictSet,
  delitem: dictDelItem,
  contains: (self: PyDict, key: PyValue) => self.has(key),
  or: dictOr,
  ior: dictIor,
  new: dictNew,
  init: dictInit,
};
dictType.defineSlots(dictSlots);

// ---- iteration ---------------------------------------------------------------------------------

export const dictIteratorType = makeBuiltinType("iterator");
dictIteratorType.isBaseType = false;

export type DictIterKind = "keys" | "values" | "items";

/** Iterates a dict's keys, values or items; raises if the dict changes size meanwhile (as Python does). */
export class PyDictIterator extends PyObject {
  // One JS iterator of the right kind, so iterating keys or values allocates no [key, value] pairs.
  private readonly source: Iterator<CanonicalKey | PyValue | [CanonicalKey, PyValue]>;
  private readonly version: number;
  constructor(readonly dict: PyDict, readonly kind: DictIterKind) {
    super(dictIteratorType);
    const map = dict.map;
    this.source = kind === "keys" ? map.keys() : kind === "values" ? map.values() : map.entries();
    this.version = dict.version;
  }

  next(): IterResult {
    const r = this.source.next();
    if (this.dict.version !== this.version) raiseRuntimeError("dictionary changed size during iteration");
    if (r.done) return STOP;
    switch (this.kind) {
      case "keys": {
        const k = r.value as CanonicalKey;
        return this.dict.originalKeys === null ? k : this.dict.pythonKey(k);
      }
      case "values":
        return r.value as PyValue;
      default: {
        const [k, v] = r.value as [CanonicalKey, PyValue];
        return new PyTuple([this.dict.pythonKey(k), v]);
      }
    }
  }
}

dictIteratorType.defineSlots({
  iter: (self: PyDictIterator) => self,
  next: (self: PyDictIterator) => self.next(),
});
