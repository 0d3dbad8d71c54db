// The base of every Python object that is not a JS primitive, and the value union the runtime passes around.
import type { PyType } from "./type";

/**
 * A Python value. int → number (safe integers) or bigint (only outside the safe range), bool → boolean,
 * str → string, everything else → a PyObject subclass. See DESIGN.md "Values".
 */
export type PyValue = number | bigint | boolean | string | PyObject;

/** Keyword arguments of a call, in the order they were given. */
export type Kw = Map<string, PyValue>;

export abstract class PyObject {
  /** The object's Python type; an own field so that instances of subclasses of builtins carry their subtype. */
  declare $type: PyType;
  constructor(type: PyType) {
    this.$type = type;
  }
}

/** The singletons that are objects of their own type (None, NotImplemented, Ellipsis). */
export class PySingleton extends PyObject {
  constructor(type: PyType, readonly name: string) {
    super(type);
  }
}

/** Returned by `iterNext` and iterator `next` slots when an iterator is exhausted (no exception on the hot path). */
export const STOP: unique symbol = Symbol("STOP");
export type IterResult = PyValue | typeof STOP;

export function isPyObject(v: unknown): v is PyObject {
  return v instanceof PyObject;
}
