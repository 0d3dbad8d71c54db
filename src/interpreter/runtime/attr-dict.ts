// Attribute namespaces (instance __dict__, module globals) as plain JS objects with an empty prototype chain,
// so V8 keeps them in fast mode with inline caches while names like "constructor" or "__proto__" stay ordinary.
import type { PyValue } from "./object";

export type AttrDict = Record<string, PyValue>;

// A constructor whose prototype has no properties at all: `new Namespace()` is a fast-mode object (unlike
// Object.create(null), which starts in dictionary mode) and inherits nothing.
const Namespace = function (this: object) {} as unknown as { new (): AttrDict; prototype: object };
Namespace.prototype = Object.create(null);

export function newAttrDict(): AttrDict {
  return new Namespace();
}

/** Own-property check that ignores nothing inherited (there is nothing to inherit). */
export function attrDictHas(d: AttrDict, name: string): boolean {
  return d[name] !== undefined;
}
