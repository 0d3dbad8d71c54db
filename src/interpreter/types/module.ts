// The module type: a namespace object whose attributes are its globals (a fast JS object, see attr-dict.ts).
import { PyObject, type PyValue } from "../runtime/object";
import { makeBuiltinType, builtinTypes } from "../runtime/builtin-types";
import { newAttrDict, type AttrDict } from "../runtime/attr-dict";
import { raiseAttributeError, isException, AttributeError } from "../runtime/errors";
import { callObject } from "../runtime/call";
import { globalsDictOf } from "../runtime/globals-dict";

export const moduleType = makeBuiltinType("module");
moduleType.isBaseType = false;
builtinTypes.set("module", moduleType);

export class PyModule extends PyObject {
  /** The module's globals: what `import m; m.x` reads and what the module's code runs in. */
  $dict: AttrDict;
  /** Builtin (TypeScript) modules are read-only in MicroPython: `sys.x = 1` raises AttributeError. */
  readonly = false;
  constructor(
    readonly name: string,
    dict?: AttrDict,
  ) {
    super(moduleType);
    this.$dict = dict ?? newAttrDict();
    if (this.$dict.__name__ === undefined) this.$dict.__name__ = name;
  }

  /** Sets an attribute (used by native module builders). */
  set(name: string, value: PyValue): this {
    this.$dict[name] = value;
    return this;
  }
}

moduleType.defineSlots({
  getattr: (self: PyModule, name: string) => {
    const v = self.$dict[name];
    if (v !== undefined) return v;
    if (name === "__dict__") return globalsDictOf(self.$dict);
    // dir(module) lists __class__ (as the firmwares do), so getattr(module, "__class__") must find it.
    if (name === "__class__") return moduleType;
    return moduleGetattrHook(self, name);
  },
  setattr: (self: PyModule, name: string, value: PyValue | undefined) => {
    if (self.readonly) return raiseAttributeError(`'module' object has no attribute '${name}'`);
    if (value !== undefined) self.$dict[name] = value;
    else if (self.$dict[name] === undefined) raiseAttributeError(`'module' object has no attribute '${name}'`);
    else delete self.$dict[name];
  },
  repr: (self: PyModule) => {
    const file = self.$dict.__file__;
    return typeof file === "string" ? `<module '${self.name}' from '${file}'>` : `<module '${self.name}'>`;
  },
});

/**
 * A module-level `__getattr__` answers names the module lacks (MicroPython's MICROPY_MODULE_GETATTR, PEP 562):
 * CircuitPython's asyncio loads gather, wait_for... lazily this way. Its AttributeError means "missing".
 */
function moduleGetattrHook(self: PyModule, name: string): PyValue | undefined {
  const hook = self.$dict.__getattr__;
  if (hook === undefined || name === "__getattr__") return undefined;
  try {
    return callObject(hook, [name], null);
  } catch (e) {
    if (isException(e) && e.$type.isSubtypeOf(AttributeError)) return undefined;
    throw e;
  }
}
