// Bound methods: `obj.method` remembers obj; equality, hash, attributes (__self__, __func__, __name__).
import type { PyValue } from "../runtime/object";
import { boundMethodType, PyBoundMethod } from "../runtime/function";
import { genericGetAttr, lookupAttr } from "../runtime/attributes";
import { callObject } from "../runtime/call";
import { identityOf, hash, eq } from "../runtime/protocol";
import { NotImplemented } from "../runtime/builtin-types";

boundMethodType.defineSlots({
  call: (self: PyBoundMethod, args, kw) => callObject(self.func, [self.self, ...args], kw),
  repr: () => "<bound_method>",
  getattr: (self: PyBoundMethod, name: string) => {
    switch (name) {
      case "__self__":
        return self.self;
      case "__func__":
        return self.func;
      case "__name__":
        return lookupAttr(self.func, "__name__");
    }
    return genericGetAttr(self, boundMethodType, name) ?? lookupAttr(self.func, name);
  },
  richcompare: (self: PyBoundMethod, other: PyValue, op) => {
    if (op !== "eq" && op !== "ne") return NotImplemented;
    const same = other instanceof PyBoundMethod && other.func === self.func && eq(other.self, self.self);
    return op === "eq" ? same : !same;
  },
  hash: (self: PyBoundMethod) =>
    (identityOf(self.func as never) ^ (typeof self.self === "object" ? identityOf(self.self) : hash(self.self))) | 0,
});
