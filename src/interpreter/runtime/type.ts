// PyType: a Python class (builtin or user-defined) with its attribute dict, MRO and the JS-level slots the runtime calls.
import { PyObject, type PyValue, type Kw, type IterResult } from "./object";

export type CompareOp = "lt" | "le" | "eq" | "ne" | "gt" | "ge";
export type BinarySlotName =
  | "add" | "sub" | "mul" | "matmul" | "truediv" | "floordiv" | "mod" | "divmod" | "pow"
  | "lshift" | "rshift" | "and" | "or" | "xor";

type Binary = (self: any, other: PyValue) => PyValue; // may return NotImplemented

/**
 * Slots: what the runtime calls directly (CPython's tp_* / nb_*). All optional; inherited along the MRO.
 * A slot that cannot handle its operands returns NotImplemented (binary, richcompare) so the other side is tried.
 */
/** Binary operators and their reflected / in-place forms, e.g. add, radd, iadd. */
export type BinarySlots = {
  [K in BinarySlotName | `r${BinarySlotName}` | `i${BinarySlotName}`]?: Binary;
};

export interface TypeSlots extends BinarySlots {
  repr?: (self: any) => string;
  str?: (self: any) => string;
  hash?: (self: any) => number;
  richcompare?: (self: any, other: PyValue, op: CompareOp) => PyValue;
  bool?: (self: any) => boolean;
  len?: (self: any) => number;
  iter?: (self: any) => PyValue;
  next?: (self: any) => IterResult;
  call?: (self: any, args: PyValue[], kw: Kw | null) => PyValue;
  /** Full attribute lookup override (returns undefined when missing, the caller raises AttributeError). */
  getattr?: (self: any, name: string) => PyValue | undefined;
  /** Set (value) or delete (value undefined) an attribute; returns false when the object has no such slot/attr. */
  setattr?: (self: any, name: string, value: PyValue | undefined) => void;
  getitem?: (self: any, key: PyValue) => PyValue;
  setitem?: (self: any, key: PyValue, value: PyValue) => void;
  delitem?: (self: any, key: PyValue) => void;
  contains?: (self: any, item: PyValue) => boolean;
  neg?: (self: any) => PyValue;
  pos?: (self: any) => PyValue;
  invert?: (self: any) => PyValue;
  abs?: (self: any) => PyValue;
  /** `__index__`: an int usable as an index. */
  index?: (self: any) => number | bigint;
  /** `float(x)`, `int(x)`, `complex(x)` conversions. */
  float?: (self: any) => number;
  int?: (self: any) => number | bigint;
  /** Descriptor protocol: `obj` is null when accessed on the class. */
  descrGet?: (self: any, obj: PyValue | null, type: PyType) => PyValue;
  descrSet?: (self: any, obj: PyValue, value: PyValue | undefined) => void;
  /** `__new__`: create an instance of `type` (a subtype when subclassed). */
  new?: (type: PyType, args: PyValue[], kw: Kw | null) => PyValue;
  init?: (self: any, args: PyValue[], kw: Kw | null) => void;
  /** `format(x, spec)` / f-string `{x:spec}`: the type's own formatting of a non-empty or empty spec. */
  format?: (self: any, spec: string) => string;
  /** Buffer protocol (bytes, bytearray, memoryview, array): the bytes, writable when the type allows. */
  buffer?: (self: any) => Uint8Array;
}

let nextTypeId = 1;
/** Bumped whenever any class attribute changes, so per-type attribute caches know to refresh. */
export const typeVersion = { value: 0 };

export class PyType extends PyObject {
  readonly id = nextTypeId++;
  name: string;
  bases: PyType[];
  mro: PyType[] = [];
  /** The class namespace: methods, class attributes, descriptors. */
  dict: Map<string, PyValue> = new Map();
  /** This type's own slots merged with inherited ones (see `inheritSlots`). */
  slots: TypeSlots = {};
  /** Slots this type defines itself (kept so subclasses and dunder assignment can recompute). */
  ownSlots: TypeSlots = {};
  /** Direct subclasses, so that changing a slot can propagate. */
  subclasses: PyType[] = [];
  /** A builtin type's module for repr (`<class 'collections.deque'>`); user classes use their module's __name__. */
  module: string | null = null;
  /** True for classes created by a `class` statement (their instances are PyInstance with a $dict). */
  isUserClass = false;
  /** False for types that cannot be subclassed (bool, NoneType, ...). */
  isBaseType = true;
  /** Per-type attribute lookup cache: name → [value or undefined, version]. */
  lookupCache: Map<string, PyValue | undefined> = new Map();
  lookupCacheVersion = -1;
  /**
   * The typeVersion at which instances of this class were verified to keep all attributes in their $dict
   * (a plain user class: no data descriptors, no __setattr__); -1 otherwise. Compiled code reads and writes
   * `o.$dict.x` directly when this equals typeVersion.value.
   */
  $fastAttrs = -1;
  /** Compiled-code cache for `Cls(args)`: the class's `__init__` function when construction needs no more. */
  $ctorInit: unknown = null;
  $ctorVersion = -1;
  /** Cache of lookupWithSlots (slot-methods.ts): name → attribute, valid while $slotLookupVersion is current. */
  $slotLookup: Map<string, unknown> | null = null;
  $slotLookupVersion = -1;

  constructor(metatype: PyType | null, name: string, bases: PyType[]) {
    // `type` itself is created before it exists: its $type is patched right after (see builtinTypes.type).
    super(metatype as PyType);
    this.name = name;
    this.bases = bases;
    this.mro = computeMro(this);
    for (const base of bases) base.subclasses.push(this);
  }

  /** Looks a name up along the MRO (class attributes only, no descriptors applied). */
  lookup(name: string): PyValue | undefined {
    if (this.lookupCacheVersion !== typeVersion.value) {
      this.lookupCache.clear();
      this.lookupCacheVersion = typeVersion.value;
    }
    let found = this.lookupCache.get(name);
    if (found !== undefined || this.lookupCache.has(name)) return found;
    for (const t of this.mro) {
      found = t.dict.get(name);
      if (found !== undefined) break;
    }
    this.lookupCache.set(name, found);
    return found;
  }

  /** Sets a class attribute (invalidates every type's lookup cache). */
  setClassAttr(name: string, value: PyValue | undefined): void {
    if (value === undefined) this.dict.delete(name);
    else this.dict.set(name, value);
    typeVersion.value++;
  }

  /** Defines slots this type implements itself and recomputes the merged slots here and in subclasses. */
  defineSlots(slots: TypeSlots): void {
    Object.assign(this.ownSlots, slots);
    this.refreshSlots();
  }

  refreshSlots(): void {
    const merged: TypeSlots = {};
    for (let i = this.mro.length - 1; i >= 0; i--) Object.assign(merged, this.mro[i].ownSlots);
    this.slots = merged;
    for (const sub of this.subclasses) sub.refreshSlots();
  }

  isSubtypeOf(other: PyType): boolean {
    return this === other || this.mro.includes(other);
  }
}

/**
 * MicroPython's MRO: a depth-first, left-to-right walk of the bases (not C3), each class once, `object` last.
 */
export function computeMro(type: PyType): PyType[] {
  const order: PyType[] = [];
  let objectType: PyType | null = null;
  const visit = (t: PyType) => {
    if (t.bases.length === 0 && t.name === "object") {
      objectType = t;
      return;
    }
    if (!order.includes(t)) order.push(t);
    for (const b of t.bases) visit(b);
  };
  visit(type);
  if (objectType) order.push(objectType);
  return order;
}
