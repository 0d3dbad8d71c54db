// The bool type: JS booleans, a subclass of int (True + 1 == 2); &, |, ^ of two bools stay bools.
import { makeBuiltinType, registerPrimitiveType, builtinTypes, NotImplemented } from "../runtime/builtin-types";
import type { PyValue, Kw } from "../runtime/object";
import type { PyType } from "../runtime/type";
import { raiseTypeError } from "../runtime/errors";
import { truthy } from "../runtime/protocol";
import { intType } from "./int";
import { formatIntSpec } from "./numeric/number-format";

export const boolType = makeBuiltinType("bool", [intType]);
boolType.isBaseType = false;
registerPrimitiveType("bool", boolType);
builtinTypes.set("bool", boolType);

type BoolOp = (a: boolean, b: boolean) => boolean;

/** A bitwise slot that keeps bool ⊕ bool a bool and lets int's slot handle everything else. */
function bitwise(op: BoolOp, intSlotName: "and" | "or" | "xor"): (self: boolean, other: PyValue) => PyValue {
  return (self, other) => {
    if (typeof other === "boolean") return op(self, other);
    const intSlot = intType.slots[intSlotName];
    return intSlot === undefined ? NotImplemented : intSlot(self, other);
  };
}

function newBool(_type: PyType, args: PyValue[], kw: Kw | null): PyValue {
  if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
  if (args.length > 1) raiseTypeError(`function expected at most 1 arguments, got ${args.length}`);
  return args.length === 0 ? false : truthy(args[0]);
}

const and = bitwise((a, b) => a && b, "and");
const or = bitwise((a, b) => a || b, "or");
const xor = bitwise((a, b) => a !== b, "xor");

boolType.defineSlots({
  repr: (self: boolean) => (self ? "True" : "False"),
  hash: (self: boolean) => (self ? 1 : 0),
  bool: (self: boolean) => self,
  format: (self: boolean, spec: string) => (spec === "" ? (self ? "True" : "False") : formatIntSpec(self ? 1 : 0, spec, "bool")),
  new: newBool,
  and, rand: and, or, ror: or, xor, rxor: xor,
});
