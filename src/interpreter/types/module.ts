// The module type: a namespace object whose attributes are its globals (a fast JS object, see attr-dict.ts).
import { PyObject, type PyValue } from "../runtime/object";
import { makeBuiltinType, builtinTypes } from "../runtime/builtin-types";
import { newAttrDict, type AttrDict } from "../runtime/attr-dict";

export const moduleType = makeBuiltinType("module");
moduleType.isBaseType = false;
builtinTypes.set("module", moduleType);

export class PyModule extends PyObject {
  /** The module's globals: what `import m; m.x` reads and what the module's code runs in. */
  $dict: AttrDict;
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
