// collections.namedtuple: makes a tuple subclass whose items are also reachable by field name.
import type { PyValue, Kw } from "../../runtime/object";
import { typeOf } from "../../runtime/builtin-types";
import { raiseTypeError, raiseAttributeError } from "../../runtime/errors";
import { PyType } from "../../runtime/type";
import { typeType } from "../../runtime/builtin-types";
import { genericGetAttr } from "../../runtime/attributes";
import { defineMethods, builtinMethodKw } from "../../runtime/function";
import { PyTuple, tupleType } from "../../types/tuple";
import { PyDict } from "../../types/dict";
import { repr, toArray } from "../../types/containers/proto";
import { guardedRepr } from "../../types/containers/repr-guard";

/** Field names of every namedtuple class (subclasses find theirs along the MRO). */
const fieldsOf = new Map<PyType, string[]>();

function fieldsFor(type: PyType): string[] {
  for (const t of type.mro) {
    const f = fieldsOf.get(t);
    if (f !== undefined) return f;
  }
  return [];
}

/** `namedtuple(name, fields)`: fields as a list/tuple of names or one string of space/comma separated names. */
export function namedtuple(name: PyValue, fieldSpec: PyValue): PyType {
  if (typeof name !== "string") return raiseTypeError("can't convert to str implicitly");
  const fields = parseFields(fieldSpec);
  const type = new PyType(typeType, name, [tupleType]);
  fieldsOf.set(type, fields);
  type.defineSlots({
    new: (cls: PyType, args: PyValue[], kw: Kw | null) => new PyTuple(bindFields(fieldsFor(cls), args, kw), cls),
    repr: namedtupleRepr,
    getattr: namedtupleGetAttr,
    setattr: () => raiseAttributeError("can't set attribute"),
  });
  type.setClassAttr("_fields", new PyTuple(fields.slice()));
  defineMethods(type, {
    _asdict: (self: PyTuple) => asDict(self),
    _replace: builtinMethodKw("_replace", (self: PyTuple, args: PyValue[], kw: Kw | null) => replace(self, args, kw)),
  });
  return type;
}

function parseFields(spec: PyValue): string[] {
  if (typeof spec === "string") return spec.split(/[\s,]+/).filter((f) => f.length > 0);
  if (typeof spec !== "object" || typeOf(spec).slots.iter === undefined) {
    return raiseTypeError(`'${typeOf(spec).name}' object isn't iterable`);
  }
  return toArray(spec).map((f) => (typeof f === "string" ? f : raiseTypeError("can't convert to str implicitly")));
}

/** Positional then keyword arguments onto the fields, with MicroPython's errors for missing/extra ones. */
function bindFields(fields: string[], args: PyValue[], kw: Kw | null): PyValue[] {
  const n = fields.length;
  if (args.length > n) raiseTypeError(`function takes ${n} positional arguments but ${args.length} were given`);
  const items: (PyValue | undefined)[] = args.slice();
  items.length = n;
  if (kw !== null) {
    for (const [name, v] of kw) {
      const at = fields.indexOf(name);
      if (at < 0) raiseTypeError(`unexpected keyword argument '${name}'`);
      if (items[at] !== undefined) raiseTypeError(`function got multiple values for argument '${name}'`);
      items[at] = v;
    }
  }
  for (let i = 0; i < n; i++) {
    if (items[i] === undefined) raiseTypeError(`function missing required positional argument #${i + 1}`);
  }
  return items as PyValue[];
}

function namedtupleRepr(t: PyTuple): string {
  return guardedRepr(t, "(...)", () => {
    const fields = fieldsFor(t.$type);
    const parts = t.items.map((v, i) => `${fields[i]}=${repr(v)}`);
    return `${t.$type.name}(${parts.join(", ")})`;
  });
}

function namedtupleGetAttr(t: PyTuple, name: string): PyValue | undefined {
  const at = fieldsFor(t.$type).indexOf(name);
  if (at >= 0) return t.items[at];
  return genericGetAttr(t, t.$type, name);
}

function asDict(t: PyTuple): PyDict {
  const d = new PyDict();
  fieldsFor(t.$type).forEach((f, i) => d.setStr(f, t.items[i]));
  return d;
}

function replace(t: PyTuple, args: PyValue[], kw: Kw | null): PyTuple {
  if (args.length > 0) raiseTypeError("function doesn't take positional arguments");
  const fields = fieldsFor(t.$type);
  const items = t.items.slice();
  if (kw !== null) {
    for (const [name, v] of kw) {
      const at = fields.indexOf(name);
      if (at < 0) raiseTypeError(`unexpected keyword argument '${name}'`);
      items[at] = v;
    }
  }
  return new PyTuple(items, t.$type);
}
