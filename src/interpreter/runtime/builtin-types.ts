// The root types (object, type), the singletons (None, NotImplemented, Ellipsis), and typeOf() for any value.
import { PySingleton, PyObject, type PyValue } from "./object";
import { PyType } from "./type";

export const objectType = new PyType(null, "object", []);
export const typeType = new PyType(null, "type", [objectType]);
objectType.$type = typeType;
typeType.$type = typeType;

/** Creates a builtin (JS-implemented) type. */
export function makeBuiltinType(name: string, bases: PyType[] = [objectType], module: string | null = null): PyType {
  const t = new PyType(typeType, name, bases);
  t.module = module;
  return t;
}

export const noneType = makeBuiltinType("NoneType");
noneType.isBaseType = false;
export const notImplementedType = makeBuiltinType("NotImplementedType");
notImplementedType.isBaseType = false;
export const ellipsisType = makeBuiltinType("ellipsis");
ellipsisType.isBaseType = false;

export const None = new PySingleton(noneType, "None");
export const NotImplemented = new PySingleton(notImplementedType, "NotImplemented");
export const Ellipsis = new PySingleton(ellipsisType, "Ellipsis");

/**
 * Types of the JS primitives. They are created in types/int.ts, types/bool.ts and types/str.ts, which
 * register themselves here (a registry avoids an import cycle between this file and the type files).
 */
const primitiveTypes: { int: PyType; bool: PyType; str: PyType } = {
  int: objectType,
  bool: objectType,
  str: objectType,
};

export function registerPrimitiveType(kind: "int" | "bool" | "str", type: PyType): void {
  primitiveTypes[kind] = type;
}

/** The Python type of any value. */
export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case "number":
    case "bigint":
      return primitiveTypes.int;
    case "string":
      return primitiveTypes.str;
    case "boolean":
      return primitiveTypes.bool;
    default:
      return (v as PyObject).$type;
  }
}

/** Every builtin type by name, filled as type files load; used by the builtins module and by tests. */
export const builtinTypes = new Map<string, PyType>([
  ["object", objectType],
  ["type", typeType],
  ["NoneType", noneType],
]);
