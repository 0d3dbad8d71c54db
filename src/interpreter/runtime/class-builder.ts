// Creating classes: the `class` statement's namespace, metaclass selection, the new PyType with MicroPython's
// MRO, dunder → slot wiring, `__set_name__` and `__init_subclass__`.
import type { PyValue, Kw } from "./object";
import { typeOf, typeType, objectType, None } from "./builtin-types";
import { runtimeState } from "./state";
import { checkQstr } from "./qstr";
import { PyType, typeVersion } from "./type";
import { raiseTypeError } from "./errors";
import { PyFunction, PyBuiltinFunction } from "./function";
import { callObject } from "./call";
import { bindAttr, lookupSpecial, isDataDescriptor } from "./attributes";
import { lookupWithSlots } from "./slot-methods";
import { wireSlots } from "./slot-wiring";
import { PyStaticMethod } from "../types/staticmethod";
import { PyClassMethod } from "../types/classmethod";
import { newTuple } from "../types/tuple";
import { PyDict } from "../types/dict";

/** What an overridden `__build_class__` receives for the class body (already run). */
const classBodyPlaceholder = new PyBuiltinFunction("<class body>", () => None);

/** The namespace a class body fills (insertion-ordered). */
export function classNamespace(name: string, globals: Record<string, PyValue>): Map<string, PyValue> {
  const ns = new Map<string, PyValue>();
  ns.set("__module__", globals.__name__ ?? "__main__");
  ns.set("__qualname__", name);
  return ns;
}

/** The `class` statement: picks the metaclass and builds the class. */
export function makeClass(
  name: string,
  bases: PyValue[],
  ns: Map<string, PyValue>,
  kw: Kw | null,
  builtins?: Record<string, PyValue>,
): PyValue {
  const buildClass = builtins?.__build_class__;
  if (buildClass !== undefined && buildClass !== runtimeState.builtinBuildClass) {
    return callObject(buildClass, [classBodyPlaceholder, name, ...bases], kw);
  }
  let meta: PyValue | undefined = kw?.get("metaclass");
  let rest = kw;
  if (meta !== undefined) {
    rest = new Map(kw);
    rest.delete("metaclass");
    if (rest.size === 0) rest = null;
  } else {
    meta = bases.length > 0 ? mostDerivedMeta(bases) : typeType;
  }
  if (meta === typeType) return createClass(typeType, name, bases, ns, rest);
  return callObject(meta, [name, newTuple(bases), dictFromNamespace(ns)], rest);
}

function mostDerivedMeta(bases: PyValue[]): PyValue {
  let winner: PyType = typeType;
  for (const b of bases) {
    const m = typeOf(b);
    if (m.isSubtypeOf(winner)) winner = m;
  }
  return winner;
}

function dictFromNamespace(ns: Map<string, PyValue>): PyDict {
  const d = new PyDict();
  for (const [k, v] of ns) d.setStr(k, v);
  return d;
}

/** Namespace entries from a dict passed to `type(name, bases, dict)` or a metaclass. */
export function namespaceFromDict(d: PyValue): Map<string, PyValue> {
  const ns = new Map<string, PyValue>();
  if (!(d instanceof PyDict)) return raiseTypeError("type() argument 3 must be dict");
  for (const [k, v] of (d as PyDict).entries()) if (typeof k === "string") ns.set(k, v);
  return ns;
}

/** `type.__new__(meta, name, bases, ns)`: the class object itself. */
export function createClass(
  meta: PyType,
  name: string,
  bases: PyValue[],
  ns: Map<string, PyValue>,
  kw: Kw | null,
): PyType {
  checkQstr(name);
  const baseTypes = bases.map(checkBase);
  const cls = new PyType(meta, name, baseTypes.length > 0 ? baseTypes : [objectType]);
  cls.isUserClass = true;
  for (const [k, v] of ns) cls.dict.set(k, implicitDescriptor(k, v));
  typeVersion.value++;
  wireSlots(cls);
  for (const [k, v] of ns) {
    const setName = lookupSpecial(v, "__set_name__");
    if (setName !== undefined && typeof v === "object" && !(v instanceof PyFunction)) callObject(setName, [cls, k], null);
  }
  initSubclass(cls, kw);
  return cls;
}

function checkBase(b: PyValue): PyType {
  if (!(b instanceof PyType)) return raiseTypeError("bases must be types");
  if (!b.isBaseType) return raiseTypeError(`type '${b.name}' isn't an acceptable base type`);
  return b;
}

/** `__new__` is implicitly a staticmethod, `__init_subclass__` and `__class_getitem__` classmethods. */
function implicitDescriptor(name: string, v: PyValue): PyValue {
  if (!(v instanceof PyFunction)) return v;
  if (name === "__new__") return new PyStaticMethod(v);
  if (name === "__init_subclass__" || name === "__class_getitem__") return new PyClassMethod(v);
  return v;
}

function initSubclass(cls: PyType, kw: Kw | null): void {
  const m = lookupWithSlots(cls, "__init_subclass__", cls);
  if (m === undefined) {
    if (kw !== null && kw.size > 0) raiseTypeError("unexpected keyword argument");
    return;
  }
  callObject(bindAttr(m, null, cls), [], kw);
}

/**
 * Whether instances of `cls` keep every attribute in their $dict (so compiled code may access it directly):
 * a PyInstance layout and no data descriptors or attribute hooks anywhere in the MRO. Caches the answer.
 */
export function refreshFastAttrs(cls: PyType): boolean {
  let fast = cls.isUserClass;
  for (const t of cls.mro) {
    if (!fast) break;
    if (t === objectType) continue;
    if (!t.isUserClass) {
      fast = false;
      break;
    }
    for (const [name, v] of t.dict) {
      if (name === "__setattr__" || name === "__delattr__" || name === "__getattribute__" || isDataDescriptor(v)) {
        fast = false;
        break;
      }
    }
  }
  cls.$fastAttrs = fast ? typeVersion.value : -1;
  return fast;
}



