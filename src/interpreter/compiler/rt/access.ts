// Attribute, item and name helpers for generated code: list/dict fast paths, unpacking with MicroPython's
// messages, unbound-name errors, and the attribute slow path that re-validates the compiled fast path.
import { type PyValue, STOP } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import {
  getAttr as protocolGetAttr, setAttr as protocolSetAttr, getItem as protocolGetItem, setItem as protocolSetItem,
  getIter, iterNext,
} from "../../runtime/protocol";
import { PyInstance } from "../../runtime/instance";
import { typeVersion } from "../../runtime/type";
import { refreshFastAttrs } from "../../runtime/class-builder";
import { raiseNameError, raiseValueError, newException, NameError } from "../../runtime/errors";
import { PyList, listType } from "../../types/list";
import { PyTuple, tupleType } from "../../types/tuple";
import { PyDict, dictType } from "../../types/dict";
import { PyByteArray, bytearrayType } from "../../types/bytearray";
import { PyBytes, bytesType } from "../../types/bytes";
import { raiseKeyError } from "../../runtime/errors";

/** Attribute read after the inline fast path missed: refreshes the class's fast-path flag first. */
export function getAttr(o: PyValue, name: string): PyValue {
  if (o instanceof PyInstance && o.$type.$fastAttrs !== typeVersion.value) refreshFastAttrs(o.$type);
  return protocolGetAttr(o, name);
}

export function setAttr(o: PyValue, name: string, value: PyValue): void {
  if (o instanceof PyInstance && o.$type.$fastAttrs !== typeVersion.value && refreshFastAttrs(o.$type)) {
    o.$dict[name] = value;
    return;
  }
  protocolSetAttr(o, name, value);
}

export function getItem(o: PyValue, key: PyValue): PyValue {
  if (o instanceof PyList && typeof key === "number" && o.$type === listType) {
    const items = o.items;
    const i = key < 0 ? key + items.length : key;
    if (i >= 0 && i < items.length) return items[i];
  } else if (o instanceof PyDict && o.$type === dictType) {
    const v = typeof key === "string" || typeof key === "number" ? o.map.get(key) : o.get(key);
    if (v !== undefined) return v;
    if (o.$type === dictType) return raiseKeyError(key);
  } else if (o instanceof PyTuple && typeof key === "number" && o.$type === tupleType) {
    const items = o.items;
    const i = key < 0 ? key + items.length : key;
    if (i >= 0 && i < items.length) return items[i];
  } else if (o instanceof PyByteArray && typeof key === "number" && o.$type === bytearrayType) {
    const i = key < 0 ? key + o.length : key;
    if (i >= 0 && i < o.length) return o.buf[i];
  } else if (o instanceof PyBytes && typeof key === "number" && o.$type === bytesType) {
    const data = o.data;
    const i = key < 0 ? key + data.length : key;
    if (i >= 0 && i < data.length) return data[i];
  }
  return protocolGetItem(o, key);
}

export function setItem(o: PyValue, key: PyValue, value: PyValue): void {
  if (o instanceof PyList && typeof key === "number" && o.$type === listType) {
    const items = o.items;
    const i = key < 0 ? key + items.length : key;
    if (i >= 0 && i < items.length) {
      items[i] = value;
      return;
    }
  } else if (o instanceof PyDict && o.$type === dictType) {
    o.set(key, value);
    return;
  } else if (o instanceof PyByteArray && typeof key === "number" && typeof value === "number" && o.$type === bytearrayType) {
    const i = key < 0 ? key + o.length : key;
    if (i >= 0 && i < o.length && value >= 0 && value <= 255) {
      o.buf[i] = value;
      return;
    }
  }
  protocolSetItem(o, key, value);
}

/** True for exact lists and tuples, which `for` loops walk by index. */
export function isPlainSequence(v: PyValue): boolean {
  return (v instanceof PyList && v.$type === listType) || (v instanceof PyTuple && v.$type === tupleType);
}

/** `a, b = v`: exactly n items as a JS array. */
export function unpack(v: PyValue, n: number): PyValue[] {
  if ((v instanceof PyTuple && v.$type === tupleType) || (v instanceof PyList && v.$type === listType)) {
    const items = v.items;
    if (items.length === n) return v instanceof PyTuple ? items : items.slice();
    if (items.length < n) return raiseValueError(`need more than ${items.length} values to unpack`);
    return raiseValueError(`too many values to unpack (expected ${n})`);
  }
  const it = getIter(v);
  const out: PyValue[] = [];
  for (;;) {
    const x = iterNext(it);
    if (x === STOP) break;
    if (out.length === n) return raiseValueError(`too many values to unpack (expected ${n})`);
    out.push(x);
  }
  if (out.length < n) return raiseValueError(`need more than ${out.length} values to unpack`);
  return out;
}

/** `a, *b, c = v`: `before` items, a list of the middle, `after` items. */
export function unpackStar(v: PyValue, before: number, after: number): PyValue[] {
  const items: PyValue[] = [];
  const it = getIter(v);
  for (;;) {
    const x = iterNext(it);
    if (x === STOP) break;
    items.push(x);
  }
  if (items.length < before + after) return raiseValueError(`need more than ${items.length} values to unpack`);
  const middle = new PyList(items.slice(before, items.length - after));
  return [...items.slice(0, before), middle, ...items.slice(items.length - after)];
}

export function unbound(name: string): never {
  void name;
  throw newException(NameError, "local variable referenced before assignment");
}

export function nameError(name: string): never {
  return raiseNameError(`name '${name}' isn't defined`);
}

export function delGlobal(g: Record<string, PyValue>, name: string): void {
  if (g[name] === undefined) nameError(name);
  delete g[name];
}

export function delClassName(ns: Map<string, PyValue>, name: string): void {
  if (!ns.delete(name)) nameError(name);
}

export { None };
