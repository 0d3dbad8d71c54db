// Instances of user-defined classes: a PyObject with a $dict of attributes (see attr-dict.ts for why a
// plain JS object). Class creation and dunder → slot wiring live in class-builder.ts.
import { PyObject } from "./object";
import type { PyType } from "./type";
import { newAttrDict, type AttrDict } from "./attr-dict";

export class PyInstance extends PyObject {
  $dict: AttrDict;
  constructor(type: PyType) {
    super(type);
    this.$dict = newAttrDict();
  }
}
