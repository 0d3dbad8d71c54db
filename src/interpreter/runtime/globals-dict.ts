// `globals()` / `f.__globals__`: a real dict object whose storage is the module's fast namespace object, so
// compiled code keeps reading `$g.x` while Python code sees (and may change) the same names through a dict.
import type { PyValue } from "./object";
import { PyDict } from "../types/dict";
import type { AttrDict } from "./attr-dict";

/** A Map whose string keys live in a namespace object (other keys, rare, in the Map itself). */
class NamespaceMap extends Map<unknown, PyValue> {
  constructor(readonly ns: AttrDict) {
    super();
  }
  override get(k: unknown): PyValue | undefined {
    return typeof k === "string" ? this.ns[k] : super.get(k);
  }
  override has(k: unknown): boolean {
    return typeof k === "string" ? this.ns[k] !== undefined : super.has(k);
  }
  override set(k: unknown, v: PyValue): this {
    if (typeof k === "string") this.ns[k] = v;
    else super.set(k, v);
    return this;
  }
  override delete(k: unknown): boolean {
    if (typeof k !== "string") return super.delete(k);
    if (this.ns[k] === undefined) return false;
    delete this.ns[k];
    return true;
  }
  override clear(): void {
    for (const k of Object.keys(this.ns)) delete this.ns[k];
    super.clear();
  }
  override get size(): number {
    return Object.keys(this.ns).length + super.size;
  }
  override *entries(): MapIterator<[unknown, PyValue]> {
    for (const k of Object.keys(this.ns)) {
      const v = this.ns[k];
      if (v !== undefined) yield [k, v];
    }
    yield* super.entries();
  }
  override *keys(): MapIterator<unknown> {
    for (const [k] of this.entries()) yield k;
  }
  override *values(): MapIterator<PyValue> {
    for (const [, v] of this.entries()) yield v;
  }
  override [Symbol.iterator](): MapIterator<[unknown, PyValue]> {
    return this.entries();
  }
  override forEach(fn: (v: PyValue, k: unknown, m: Map<unknown, PyValue>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
}

const views = new WeakMap<AttrDict, PyDict>();

/** The dict for a module namespace (the same object every time). */
export function globalsDictOf(ns: AttrDict): PyDict {
  let d = views.get(ns);
  if (d === undefined) {
    d = new PyDict();
    (d as unknown as { map: Map<unknown, PyValue> }).map = new NamespaceMap(ns);
    views.set(ns, d);
  }
  return d;
}

/** The namespace behind a dict made by globalsDictOf, or null for an ordinary dict. */
export function namespaceOfDict(d: PyDict): AttrDict | null {
  const m = (d as unknown as { map: unknown }).map;
  return m instanceof NamespaceMap ? m.ns : null;
}
